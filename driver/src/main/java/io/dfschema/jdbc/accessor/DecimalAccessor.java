package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.DecimalVector;
import java.math.BigDecimal;
import java.sql.SQLException;

/** DECIMAL32/64/128/256 as BigDecimal with the type's scale; text keeps the scale ("1.50"). */
final class DecimalAccessor extends NumericAccessor {
    private final DecimalVector vector;

    DecimalAccessor(ArrowType type, DecimalVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected BigDecimal bigDecimalValue(int row) {
        return vector.getBigDecimal(row);
    }

    @Override
    protected String text(int row) {
        return vector.getBigDecimal(row).toPlainString();
    }

    @Override
    protected Object object(int row) {
        return vector.getBigDecimal(row);
    }

    @Override
    protected long integral(int row, String target) throws SQLException {
        BigDecimal v = vector.getBigDecimal(row);
        return NumericRange.toLong(v, v.toPlainString(), target);
    }

    @Override
    protected float floatValue(int row) throws SQLException {
        BigDecimal v = vector.getBigDecimal(row);
        return NumericRange.toFloat(v, v.toPlainString());
    }

    @Override
    protected double doubleValue(int row) throws SQLException {
        BigDecimal v = vector.getBigDecimal(row);
        return NumericRange.toDouble(v, v.toPlainString());
    }
}
