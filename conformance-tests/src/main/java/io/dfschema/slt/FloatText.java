package io.dfschema.slt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * DataFusion's float and decimal cell text: the shortest decimal that round-trips for
 * the value's width (Rust's Display), rounded half-even to 12 places (15 under spark/),
 * trailing zeros and a bare point dropped, never exponent notation.
 *
 * <p>Java 17's Double.toString is not always the shortest round-trip form (JDK-4511638,
 * fixed in 19), so the shortest form is searched here: the first precision whose
 * correctly rounded decimal parses back to the same value. Among the decimals of that
 * length this picks the nearest, as Rust's Grisu/Ryu formatting does.
 */
final class FloatText {
    static final int DEFAULT_PLACES = 12;

    private FloatText() {
    }

    static String ofDouble(double v, int places) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        return round(shortest(v), places);
    }

    static String ofFloat(float v, int places) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        return round(shortest(v), places);
    }

    static String ofDecimal(BigDecimal v, int places) {
        return round(v, places);
    }

    private static String special(double v) {
        if (Double.isNaN(v)) {
            // The sign of NaN depends on the platform; DataFusion prints it unsigned.
            return "NaN";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        return null;
    }

    static BigDecimal shortest(double v) {
        if (v == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p < 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    static BigDecimal shortest(float v) {
        if (v == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p < 9; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.floatValue() == v) {
                return candidate;
            }
        }
        return exact.round(new MathContext(9, RoundingMode.HALF_EVEN));
    }

    private static String round(BigDecimal v, int places) {
        BigDecimal r = v.setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        return r.toPlainString();
    }
}
