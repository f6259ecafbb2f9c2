package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatTextTest {

    /** Java 17's Double.toString gives 2.0E-3 style or over-long text for some values; ours must be shortest. */
    @Test
    void shortestRoundTripDigits() {
        assertEquals("2E-3", sci(FloatText.shortest(0.002)));
        assertEquals("8.41E+21", sci(FloatText.shortest(8.41e21)));
        assertEquals("5E-324", sci(FloatText.shortest(Double.MIN_VALUE)));
        assertEquals("1.7976931348623157E+308", sci(FloatText.shortest(Double.MAX_VALUE)));
        assertEquals("0.1", FloatText.shortest(0.1f).toPlainString());
        // Rust prints 1e-45 here; Java 17 says 1.4E-45, which is not the shortest.
        assertEquals("1E-45", sci(FloatText.shortest(Float.MIN_VALUE)));
        assertEquals("2E+23", sci(FloatText.shortest(2e23)));
    }

    private static String sci(java.math.BigDecimal d) {
        // digits and exponent, e.g. 8.41E+21, regardless of BigDecimal's own toString choice
        java.math.BigDecimal s = d.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - s.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (s.signum() < 0 ? "-" : "") + mantissa + "E" + (exp >= 0 ? "+" : "") + exp;
    }

    @Test
    void shortestAlwaysRoundTripsAndIsNotLongerThanJava() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            var s = FloatText.shortest(d);
            assertEquals(d, s.doubleValue(), 0.0);
            String java = Double.toString(Math.abs(d)).replaceAll("E.*", "").replace(".", "").replaceAll("^0+", "");
            java = java.replaceAll("0+$", "");
            int digits = s.stripTrailingZeros().unscaledValue().abs().toString().length();
            assertEquals(true, digits <= Math.max(1, java.length()), d + " -> " + s);
        }
    }

    @Test
    void roundingToPlaces() {
        assertEquals("0.1", FloatText.ofDouble(0.1, 12));
        assertEquals("1234.5", FloatText.ofDouble(1234.5, 12));
        assertEquals("0.000000000001", FloatText.ofDouble(1.4999e-12, 12));
        assertEquals("0.000000000002", FloatText.ofDouble(1.5e-12, 12));
        assertEquals("-0", "-" + FloatText.ofDouble(-1e-20, 12).replace("-", ""));
        assertEquals("0", FloatText.ofDouble(-1e-20, 12));
        assertEquals("1.000000000001", FloatText.ofDouble(1.000000000001, 12));
        assertEquals("0.1", FloatText.ofDouble(0.1, 15));
    }
}
