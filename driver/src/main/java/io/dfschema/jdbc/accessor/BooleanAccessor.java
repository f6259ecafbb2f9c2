package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.BoolVector;
import java.math.BigDecimal;

/** BOOL: true/false, and 1/0 through the numeric getters. */
final class BooleanAccessor extends NumericAccessor {
    private final BoolVector vector;

    BooleanAccessor(ArrowType type, BoolVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) {
        return vector.getBoolean(row) ? "true" : "false";
    }

    @Override
    protected Object object(int row) {
        return vector.getBoolean(row);
    }

    @Override
    protected boolean booleanValue(int row) {
        return vector.getBoolean(row);
    }

    @Override
    protected long integral(int row, String target) {
        return vector.getBoolean(row) ? 1 : 0;
    }

    @Override
    protected float floatValue(int row) {
        return integral(row, "float");
    }

    @Override
    protected double doubleValue(int row) {
        return integral(row, "double");
    }

    @Override
    protected BigDecimal bigDecimalValue(int row) {
        return vector.getBoolean(row) ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
