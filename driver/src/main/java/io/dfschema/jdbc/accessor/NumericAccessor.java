package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;

/**
 * Common conversions of numeric families (and BOOL, which reads as 0/1). A family supplies
 * the value truncated to a long, its double/float and exact BigDecimal; narrowing and the
 * 0/1 boolean rule are shared so every numeric type fails the same way.
 */
abstract class NumericAccessor extends BaseAccessor {
    NumericAccessor(ArrowType type) {
        super(type);
    }

    /** The value truncated toward zero; out of long range raises 22003 naming {@code target}. */
    protected abstract long integral(int row, String target) throws SQLException;

    @Override
    protected byte byteValue(int row) throws SQLException {
        long v = integral(row, "byte");
        return v == (byte) v ? (byte) v : NumericRange.toByte(v, text(row));
    }

    @Override
    protected short shortValue(int row) throws SQLException {
        long v = integral(row, "short");
        return v == (short) v ? (short) v : NumericRange.toShort(v, text(row));
    }

    @Override
    protected int intValue(int row) throws SQLException {
        long v = integral(row, "int");
        return v == (int) v ? (int) v : NumericRange.toInt(v, text(row));
    }

    @Override
    protected long longValue(int row) throws SQLException {
        return integral(row, "long");
    }

    @Override
    protected BigInteger bigIntegerValue(int row) throws SQLException {
        return bigDecimalValue(row).toBigInteger();
    }

    /** JDBC reads 0 as false and 1 as true; other numbers are not booleans. */
    @Override
    protected boolean booleanValue(int row) throws SQLException {
        BigDecimal v = bigDecimalValue(row);
        if (v.signum() == 0) {
            return false;
        }
        if (v.compareTo(BigDecimal.ONE) == 0) {
            return true;
        }
        throw Errors.badText(text(row), "boolean");
    }
}
