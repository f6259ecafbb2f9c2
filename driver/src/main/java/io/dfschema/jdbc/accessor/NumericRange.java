package io.dfschema.jdbc.accessor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;

/**
 * Narrowing with range checks. Fractions are truncated toward zero (as a cast does); a value
 * that does not fit the target raises SQLState 22003 naming the value and the target.
 */
final class NumericRange {
    private static final double TWO_63 = 0x1p63;

    private NumericRange() {}

    static byte toByte(long v, Object shown) throws SQLException {
        if (v != (byte) v) {
            throw Errors.outOfRange(shown, "byte");
        }
        return (byte) v;
    }

    static short toShort(long v, Object shown) throws SQLException {
        if (v != (short) v) {
            throw Errors.outOfRange(shown, "short");
        }
        return (short) v;
    }

    static int toInt(long v, Object shown) throws SQLException {
        if (v != (int) v) {
            throw Errors.outOfRange(shown, "int");
        }
        return (int) v;
    }

    static long toLong(double d, Object shown, String target) throws SQLException {
        if (Double.isNaN(d) || d < -TWO_63 || d >= TWO_63) {
            throw Errors.outOfRange(shown, target);
        }
        return (long) d;
    }

    static long toLong(BigDecimal v, Object shown, String target) throws SQLException {
        return toLong(v.toBigInteger(), shown, target);
    }

    static long toLong(BigInteger v, Object shown, String target) throws SQLException {
        if (v.bitLength() > 63) {
            throw Errors.outOfRange(shown, target);
        }
        return v.longValue();
    }

    static float toFloat(double d, Object shown) throws SQLException {
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw Errors.outOfRange(shown, "float");
        }
        return f;
    }

    static double toDouble(BigDecimal v, Object shown) throws SQLException {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.outOfRange(shown, "double");
        }
        return d;
    }

    static float toFloat(BigDecimal v, Object shown) throws SQLException {
        float f = v.floatValue();
        if (Float.isInfinite(f)) {
            throw Errors.outOfRange(shown, "float");
        }
        return f;
    }
}
