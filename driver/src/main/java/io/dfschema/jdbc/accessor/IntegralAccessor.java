package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;

/** Integer values that fit a long: every signed width and UINT8/16/32. */
abstract class IntegralAccessor extends NumericAccessor {
    IntegralAccessor(ArrowType type) {
        super(type);
    }

    protected abstract long value(int row);

    @Override
    protected String text(int row) {
        return Long.toString(value(row));
    }

    @Override
    protected long integral(int row, String target) {
        return value(row);
    }

    @Override
    protected float floatValue(int row) {
        return value(row);
    }

    @Override
    protected double doubleValue(int row) {
        return value(row);
    }

    @Override
    protected BigDecimal bigDecimalValue(int row) {
        return BigDecimal.valueOf(value(row));
    }

    @Override
    protected BigInteger bigIntegerValue(int row) {
        return BigInteger.valueOf(value(row));
    }

    @Override
    protected boolean booleanValue(int row) throws SQLException {
        long v = value(row);
        if (v == 0 || v == 1) {
            return v == 1;
        }
        throw Errors.badText(Long.toString(v), "boolean");
    }
}
