package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.VarBinaryVector;

/**
 * INTERVAL, UNION and OTHER: the native side sends the engine's display text of each value,
 * which is all Java can show (JDBC has no interval type a tool would understand).
 */
final class DisplayTextAccessor extends BaseAccessor {
    private final VarBinaryVector vector;

    DisplayTextAccessor(ArrowType type, VarBinaryVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) {
        return vector.getString(row);
    }

    @Override
    protected Object object(int row) {
        return vector.getString(row);
    }
}
