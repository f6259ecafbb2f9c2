package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;

/** A column of the NULL type: every slot is null and there is no payload. */
public final class NullVector extends ColumnVector {
    public NullVector(ArrowField field, int length) {
        super(field, length, null, -1);
    }

    @Override
    public boolean isNull(int i) {
        checkIndex(i);
        return true;
    }

    @Override
    public boolean hasNulls() {
        return length() > 0;
    }
}
