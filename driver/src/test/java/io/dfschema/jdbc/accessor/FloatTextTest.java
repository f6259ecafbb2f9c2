package io.dfschema.jdbc.accessor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FloatTextTest {

    @Test
    void float64UsesRyuLayout() {
        assertEquals("1.0", FloatText.ofDouble(1.0));
        assertEquals("-2.5", FloatText.ofDouble(-2.5));
        assertEquals("0.30000000000000004", FloatText.ofDouble(0.1 + 0.2));
        assertEquals("0.3333333333333333", FloatText.ofDouble(1.0 / 3));
        assertEquals("1000000000000000.0", FloatText.ofDouble(1e15));
        assertEquals("1e16", FloatText.ofDouble(1e16));
        assertEquals("1.5e16", FloatText.ofDouble(1.5e16));
        assertEquals("1e20", FloatText.ofDouble(1e20));
        assertEquals("0.00001", FloatText.ofDouble(1e-5));
        assertEquals("1e-6", FloatText.ofDouble(1e-6));
        assertEquals("1.234e-7", FloatText.ofDouble(1.234e-7));
        assertEquals("1.7976931348623157e308", FloatText.ofDouble(Double.MAX_VALUE));
    }

    @Test
    void float64SpecialValues() {
        assertEquals("NaN", FloatText.ofDouble(Double.NaN));
        assertEquals("NaN", FloatText.ofDouble(Double.longBitsToDouble(0xFFF8000000000000L)));
        assertEquals("inf", FloatText.ofDouble(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatText.ofDouble(Double.NEGATIVE_INFINITY));
        assertEquals("0.0", FloatText.ofDouble(0.0));
        assertEquals("-0.0", FloatText.ofDouble(-0.0));
    }

    @Test
    void float64IsShorterThanJavaWhereJavaIsNotShortest() {
        assertEquals("4.9E-324", Double.toString(Double.MIN_VALUE)); // what Java prints
        assertEquals("5e-324", FloatText.ofDouble(Double.MIN_VALUE));
        assertEquals("2.82879384806159e17", FloatText.ofDouble(2.82879384806159E17));
    }

    @Test
    void float32UsesItsOwnWidth() {
        assertEquals("1.1", FloatText.ofFloat(1.1f));
        assertEquals("0.1", FloatText.ofFloat(0.1f));
        assertEquals("1.0", FloatText.ofFloat(1f));
        assertEquals("1000000000000.0", FloatText.ofFloat(1e12f));
        assertEquals("1e13", FloatText.ofFloat(1e13f));
        assertEquals("0.000001", FloatText.ofFloat(1e-6f));
        assertEquals("1e-7", FloatText.ofFloat(1e-7f));
        assertEquals("3.4028235e38", FloatText.ofFloat(Float.MAX_VALUE));
        assertEquals("1e-45", FloatText.ofFloat(Float.MIN_VALUE));
        assertEquals("-0.0", FloatText.ofFloat(-0.0f));
        assertEquals("inf", FloatText.ofFloat(Float.POSITIVE_INFINITY));
    }

    @Test
    void float16UsesRustDisplay() {
        assertEquals("1", FloatText.rustDisplay(1f));
        assertEquals("0.5", FloatText.rustDisplay(0.5f));
        assertEquals("65504", FloatText.rustDisplay(65504f));
        assertEquals("0.000061035156", FloatText.rustDisplay(6.1035156E-5f));
        assertEquals("100000000000000000000", FloatText.rustDisplay(1e20f));
        assertEquals("-0", FloatText.rustDisplay(-0.0f));
        assertEquals("0", FloatText.rustDisplay(0f));
        assertEquals("NaN", FloatText.rustDisplay(Float.NaN));
        assertEquals("-inf", FloatText.rustDisplay(Float.NEGATIVE_INFINITY));
        // A halfway tie: ryu keeps the even digit, Display rounds up.
        float tie = Float.intBitsToFloat(0x40ff2000);
        assertEquals("7.9726562", FloatText.ofFloat(tie));
        assertEquals("7.9726563", FloatText.rustDisplay(tie));
    }

    @Test
    void shortestDecimalKeepsTheWidth() {
        assertEquals(new BigDecimal("1.1"), FloatText.shortestDecimal(1.1f));
        assertEquals(new BigDecimal("1.100000023841858"), FloatText.shortestDecimal((double) 1.1f));
        assertEquals(new BigDecimal("0.30000000000000004"), FloatText.shortestDecimal(0.1 + 0.2));
        assertEquals(BigDecimal.ZERO, FloatText.shortestDecimal(-0.0));
        assertEquals(new BigDecimal("-1E+20"), FloatText.shortestDecimal(-1e20));
    }

    @Test
    void randomDoublesReadBackAndAreNeverLongerThanJava() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d) || d == 0) {
                continue;
            }
            BigDecimal shortest = FloatText.shortestDecimal(d);
            assertEquals(d, shortest.doubleValue(), () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
            int javaDigits = new BigDecimal(Double.toString(d)).stripTrailingZeros().precision();
            assertTrue(shortest.precision() <= javaDigits, shortest + " vs " + d);
            String text = FloatText.ofDouble(d);
            assertEquals(d, Double.parseDouble(text.replace("inf", "Infinity")), text);
        }
    }

    @Test
    void randomFloatsReadBackAtFloatWidth() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(f) || f == 0) {
                continue;
            }
            assertEquals(f, Float.parseFloat(FloatText.ofFloat(f)));
            assertEquals(f, Float.parseFloat(FloatText.rustDisplay(f)));
            assertEquals(f, FloatText.shortestDecimal(f).floatValue());
        }
    }
}
