package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.engine.vector.FixedWidthVector;
import java.math.BigDecimal;
import java.sql.SQLException;

/**
 * FLOAT16 (sent as f32), FLOAT32 and FLOAT64. NaN, infinities and -0.0 come back unchanged
 * from getFloat/getDouble/getObject; they have no BigDecimal or integer value (22003).
 * BigDecimal is the shortest decimal that reads back at the column's width, so a FLOAT32
 * 1.1 gives 1.1, not 1.100000023841858.
 */
final class FloatAccessor extends NumericAccessor {
    private final FixedWidthVector vector;
    private final TypeId id;

    FloatAccessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
        this.id = type.valueType().id();
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    private boolean isDouble() {
        return id == TypeId.FLOAT64;
    }

    @Override
    protected double doubleValue(int row) {
        return isDouble() ? vector.getDouble(row) : vector.getFloat(row);
    }

    @Override
    protected float floatValue(int row) throws SQLException {
        if (!isDouble()) {
            return vector.getFloat(row);
        }
        double d = vector.getDouble(row);
        return NumericRange.toFloat(d, text(row));
    }

    @Override
    protected String text(int row) {
        return switch (id) {
            case FLOAT16 -> FloatText.rustDisplay(vector.getFloat(row));
            case FLOAT32 -> FloatText.ofFloat(vector.getFloat(row));
            default -> FloatText.ofDouble(vector.getDouble(row));
        };
    }

    @Override
    protected Object object(int row) {
        return isDouble() ? (Object) vector.getDouble(row) : (Object) vector.getFloat(row);
    }

    @Override
    protected long integral(int row, String target) throws SQLException {
        return NumericRange.toLong(doubleValue(row), text(row), target);
    }

    @Override
    protected BigDecimal bigDecimalValue(int row) throws SQLException {
        double d = doubleValue(row);
        if (!Double.isFinite(d)) {
            throw Errors.outOfRange(text(row), "BigDecimal");
        }
        return switch (id) {
            // Float16 text rounds halfway ties up (Rust Display); keep BigDecimal equal to it.
            case FLOAT16 -> new BigDecimal(FloatText.rustDisplay((float) d));
            case FLOAT32 -> FloatText.shortestDecimal((float) d);
            default -> FloatText.shortestDecimal(d);
        };
    }

    @Override
    protected boolean booleanValue(int row) throws SQLException {
        double d = doubleValue(row);
        if (d == 0 || d == 1) {
            return d == 1;
        }
        throw Errors.badText(text(row), "boolean");
    }
}
