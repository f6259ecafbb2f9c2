package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.ColumnVector;

/** The NULL type: every getter returns the JDBC default (null, 0, false). */
final class NullAccessor extends BaseAccessor {
    private final ColumnVector vector;

    NullAccessor(ArrowType type, ColumnVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) {
        return null;
    }

    @Override
    protected Object object(int row) {
        return null;
    }
}
