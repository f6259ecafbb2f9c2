package io.dfschema.jdbc.accessor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * Float text exactly as the engine prints it. Arrow formats Float32/Float64 with the ryu
 * crate (shortest round-trip digits, "1.0" for whole numbers, exponent form outside a fixed
 * window, "NaN", "inf", "-inf") and Float16 with Rust's Display of its f32 value (no
 * exponent, "1" for whole numbers). Java's own toString differs in all of these, and on
 * JDK 17 is not even always shortest, so the digits are computed here.
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
        return sign(d < 0) + ryuLayout(shortest(Math.abs(d)), F64_MAX_PLAIN, F64_MIN_PLAIN);
    }

    /** Arrow's display of a Float32. */
    static String ofFloat(float f) {
        if (!Float.isFinite(f) || f == 0) {
            return special(f);
        }
        return sign(f < 0) + ryuLayout(shortest(Math.abs(f)), F32_MAX_PLAIN, F32_MIN_PLAIN);
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
        return sign(negative) + shortest(Math.abs(f)).toPlainString();
    }

    /** The shortest decimal that reads back as exactly {@code d}; 0 for zeros. */
    static BigDecimal shortestDecimal(double d) {
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = shortest(Math.abs(d));
        return d < 0 ? v.negate() : v;
    }

    /** As {@link #shortestDecimal(double)} at float width, so 1.1f gives 1.1. */
    static BigDecimal shortestDecimal(float f) {
        if (f == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = shortest(Math.abs(f));
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

    private static BigDecimal shortest(double positive) {
        return shortest(new BigDecimal(positive), Double.toString(positive), x -> x.doubleValue() == positive);
    }

    private static BigDecimal shortest(float positive) {
        return shortest(new BigDecimal(positive), Float.toString(positive), x -> x.floatValue() == positive);
    }

    /**
     * Starts from Java's digits (which always read back) and keeps looking one digit shorter
     * while some decimal of that length still reads back, preferring at each length the
     * candidate closest to the exact binary value, as ryu does.
     */
    private static BigDecimal shortest(BigDecimal exact, String javaText, Predicate<BigDecimal> readsBack) {
        BigDecimal best = new BigDecimal(javaText).stripTrailingZeros();
        for (int digits = best.precision(); digits >= 1; digits--) {
            BigDecimal candidate = closest(exact, digits, readsBack);
            if (candidate == null) {
                break;
            }
            best = candidate;
        }
        return best.stripTrailingZeros();
    }

    /**
     * The decimal of at most {@code digits} significant digits nearest to {@code exact} that
     * reads back, or null. The neighbours either side of the rounded value are tried too,
     * because the read-back interval is not symmetric at powers of two.
     */
    private static BigDecimal closest(BigDecimal exact, int digits, Predicate<BigDecimal> readsBack) {
        BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        BigDecimal ulp = rounded.ulp();
        BigDecimal[] candidates = {
            rounded, rounded.subtract(ulp), rounded.add(ulp), rounded.subtract(ulp.movePointLeft(1))
        };
        BigDecimal best = null;
        BigDecimal bestDistance = null;
        for (BigDecimal c : candidates) {
            if (c.signum() <= 0 || c.stripTrailingZeros().precision() > digits || !readsBack.test(c)) {
                continue;
            }
            BigDecimal distance = c.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
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
