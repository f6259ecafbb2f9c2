package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.nio.ByteBuffer;

/**
 * Every list kind (list, large list, fixed-size list, list views): element i is the child's
 * rows {@code start(i)} (inclusive) to {@code end(i)} (exclusive).
 */
public final class ListVector extends ColumnVector {
    private final int offsets;
    private final ColumnVector child;

    public ListVector(ArrowField field, int length, ByteBuffer buf, int validity, int offsets, ColumnVector child) {
        super(field, length, buf, validity);
        this.offsets = offsets;
        this.child = child;
    }

    public int start(int i) {
        return buf.getInt(offsets + checkIndex(i) * 4);
    }

    public int end(int i) {
        return buf.getInt(offsets + checkIndex(i) * 4 + 4);
    }

    public int size(int i) {
        return end(i) - start(i);
    }

    public ColumnVector child() {
        return child;
    }
}
