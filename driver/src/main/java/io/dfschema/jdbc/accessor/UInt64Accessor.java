package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.FixedWidthVector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;

/**
 * UINT64. The raw bits are unsigned, so values above Long.MAX_VALUE read as negative longs;
 * getLong (and narrower getters) raise 22003 for them, and getObject returns a Long when the
 * value fits and a BigInteger when it does not (declared class java.lang.Number).
 */
final class UInt64Accessor extends NumericAccessor {
    private final FixedWidthVector vector;

    UInt64Accessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) {
        return Long.toUnsignedString(vector.getLong(row));
    }

    @Override
    protected Object object(int row) {
        long raw = vector.getLong(row);
        return raw >= 0 ? (Object) raw : unsigned(raw);
    }

    @Override
    protected long integral(int row, String target) throws SQLException {
        long raw = vector.getLong(row);
        if (raw < 0) {
            throw Errors.outOfRange(Long.toUnsignedString(raw), target);
        }
        return raw;
    }

    @Override
    protected float floatValue(int row) {
        long raw = vector.getLong(row);
        return raw >= 0 ? (float) raw : unsigned(raw).floatValue();
    }

    @Override
    protected double doubleValue(int row) {
        long raw = vector.getLong(row);
        return raw >= 0 ? (double) raw : unsigned(raw).doubleValue();
    }

    @Override
    protected BigDecimal bigDecimalValue(int row) {
        return new BigDecimal(bigIntegerValue(row));
    }

    @Override
    protected BigInteger bigIntegerValue(int row) {
        long raw = vector.getLong(row);
        return raw >= 0 ? BigInteger.valueOf(raw) : unsigned(raw);
    }

    private static BigInteger unsigned(long raw) {
        return BigInteger.valueOf(raw).add(BigInteger.ONE.shiftLeft(64));
    }
}
