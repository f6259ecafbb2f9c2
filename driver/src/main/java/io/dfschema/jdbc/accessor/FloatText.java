package io.dfschema.jdbc.accessor;

import java.math.BigDecimal;

/**
 * Float text exactly as the engine prints it. Arrow formats Float32/Float64 with the ryu
 * crate (shortest round-trip digits, "1.0" for whole numbers, exponent form outside a fixed
 * window, "NaN", "inf", "-inf") and Float16 with Rust's Display of its f32 value (no
 * exponent, "1" for whole numbers, halfway ties rounded up). Java's own toString differs in
 * all of these, so only the digits come from {@link ShortestDecimal} and the layout is here.
 */
final class FloatText {
    /** ryu prints plainly while the decimal exponent (digits before the point) is in (min, max]. */
    private static final int F64_MAX_PLAIN = 16;
    private static final int F64_MIN_PLAIN = -5;
    private static final int F32_MAX_PLAIN = 13;
    private static final int F32_MIN_PLAIN = -6;

    private FloatText() {}

    /** Arrow's display of a Float64. */
    static String ofDouble(double d) {
        if (!Double.isFinite(d) || d == 0) {
            return special(d);
        }
        return sign(d < 0) + ryuLayout(ShortestDecimal.of(Math.abs(d), ShortestDecimal.Tie.EVEN), F64_MAX_PLAIN, F64_MIN_PLAIN);
    }

    /** Arrow's display of a Float32. */
    static String ofFloat(float f) {
        if (!Float.isFinite(f) || f == 0) {
            return special(f);
        }
        return sign(f < 0) + ryuLayout(ShortestDecimal.of(Math.abs(f), ShortestDecimal.Tie.EVEN), F32_MAX_PLAIN, F32_MIN_PLAIN);
    }

    /** Rust's Display of an f32, which is how Arrow shows Float16 values. */
    static String rustDisplay(float f) {
        if (Float.isNaN(f)) {
            return "NaN";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        boolean negative = Float.floatToRawIntBits(f) < 0;
        if (f == 0) {
            return negative ? "-0" : "0";
        }
        return sign(negative) + ShortestDecimal.of(Math.abs(f), ShortestDecimal.Tie.UP).toPlainString();
    }

    /** The shortest decimal that reads back as exactly {@code d}; 0 for zeros. */
    static BigDecimal shortestDecimal(double d) {
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = ShortestDecimal.of(Math.abs(d), ShortestDecimal.Tie.EVEN);
        return d < 0 ? v.negate() : v;
    }

    /** As {@link #shortestDecimal(double)} at float width, so 1.1f gives 1.1. */
    static BigDecimal shortestDecimal(float f) {
        if (f == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = ShortestDecimal.of(Math.abs(f), ShortestDecimal.Tie.EVEN);
        return f < 0 ? v.negate() : v;
    }

    private static String special(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.doubleToRawLongBits(d) < 0 ? "-0.0" : "0.0";
    }

    private static String sign(boolean negative) {
        return negative ? "-" : "";
    }

    /** ryu's "pretty" layout of digits × 10^exponent (see the ryu crate's pretty module). */
    private static String ryuLayout(BigDecimal v, int maxPlain, int minPlain) {
        String digits = v.unscaledValue().toString();
        int length = digits.length();
        int exponent = -v.scale();
        int pointAt = length + exponent; // digits before the decimal point
        StringBuilder out = new StringBuilder(24);
        if (exponent >= 0 && pointAt <= maxPlain) {
            out.append(digits).append("0".repeat(exponent)).append(".0");
        } else if (pointAt > 0 && pointAt <= maxPlain) {
            out.append(digits, 0, pointAt).append('.').append(digits, pointAt, length);
        } else if (pointAt > minPlain && pointAt <= 0) {
            out.append("0.").append("0".repeat(-pointAt)).append(digits);
        } else if (length == 1) {
            out.append(digits).append('e').append(pointAt - 1);
        } else {
            out.append(digits.charAt(0)).append('.').append(digits, 1, length).append('e').append(pointAt - 1);
        }
        return out.toString();
    }
}
