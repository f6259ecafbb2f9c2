package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueRendererTest {
    private final ValueRenderer renderer = new ValueRenderer();

    private String render(Cell c) throws Exception {
        return renderer.render(c);
    }

    @Test
    void nullOfAnyTypeIsNULL() throws Exception {
        for (String type : new String[] {"Int64", "Utf8", "Utf8View", "Float64", "Float32", "Decimal128(10, 2)",
                "Boolean", "List(Int64)", "Timestamp(ns, \"UTC\")", "Dictionary(Int32, Utf8)", "Binary"}) {
            assertEquals("NULL", render(FakeCell.of(type, null)), type);
        }
        assertEquals("NULL", render(FakeCell.shown("Null", "")));
    }

    @Test
    void booleans() throws Exception {
        assertEquals("true", render(FakeCell.of("Boolean", true)));
        assertEquals("false", render(FakeCell.of("Boolean", false)));
    }

    @Test
    void strings() throws Exception {
        for (String type : new String[] {"Utf8", "LargeUtf8", "Utf8View", "Dictionary(Int32, Utf8)",
                "Dictionary(UInt8, LargeUtf8)"}) {
            assertEquals("(empty)", render(FakeCell.of(type, "")), type);
            assertEquals("abc", render(FakeCell.of(type, "abc\n\n")), type);
            assertEquals("a\nb", render(FakeCell.of(type, "a\nb\n")), type);
            assertEquals("a\\0b", render(FakeCell.of(type, "a\0b")), type);
            assertEquals("  x  ", render(FakeCell.of(type, "  x  ")), type);
        }
        // Only a truly empty string is (empty); a lone newline strips to nothing.
        assertEquals("", render(FakeCell.of("Utf8", "\n")));
    }

    @Test
    void float64Rounding() throws Exception {
        assertEquals("1", render(FakeCell.of("Float64", 1.0)));
        assertEquals("0.3", render(FakeCell.of("Float64", 0.1 + 0.2)));
        assertEquals("0.333333333333", render(FakeCell.of("Float64", 1.0 / 3)));
        assertEquals("0.666666666667", render(FakeCell.of("Float64", 2.0 / 3)));
        assertEquals("100000000000000000000", render(FakeCell.of("Float64", 1e20)));
        assertEquals("0", render(FakeCell.of("Float64", 1e-13)));
        assertEquals("0", render(FakeCell.of("Float64", -0.0)));
        assertEquals("-1.5", render(FakeCell.of("Float64", -1.5)));
        assertEquals("NaN", render(FakeCell.of("Float64", Double.NaN)));
        assertEquals("NaN", render(FakeCell.of("Float64", Double.longBitsToDouble(0xfff8000000000000L))));
        assertEquals("Infinity", render(FakeCell.of("Float64", Double.POSITIVE_INFINITY)));
        assertEquals("-Infinity", render(FakeCell.of("Float64", Double.NEGATIVE_INFINITY)));
        assertEquals("0.000000000001", render(FakeCell.of("Float64", 1e-12)));
        // half-even at the 12th place, on the shortest decimal text
        assertEquals("0.000000000002", render(FakeCell.of("Float64", 2.5e-12)));
        assertEquals("0.000000000004", render(FakeCell.of("Float64", 3.5e-12)));
        assertEquals("17976931348623157" + "0".repeat(292),
                render(FakeCell.of("Float64", Double.MAX_VALUE)));
    }

    @Test
    void float32UsesItsOwnShortestText() throws Exception {
        assertEquals("1.1", render(FakeCell.of("Float32", 1.1f)));
        assertEquals("0.1", render(FakeCell.of("Float32", 0.1f)));
        assertEquals("340282350000000000000000000000000000000", render(FakeCell.of("Float32", Float.MAX_VALUE)));
        assertEquals("0.33333334", render(FakeCell.of("Float32", 1.0f / 3)));
        assertEquals("NaN", render(FakeCell.of("Float32", Float.NaN)));
        assertEquals("-Infinity", render(FakeCell.of("Float32", Float.NEGATIVE_INFINITY)));
        assertEquals("16777216", render(FakeCell.of("Float32", 16777216f)));
        // Float16 arrives as its f32 value and prints like one.
        assertEquals("0.099975586", render(FakeCell.of("Float16", 0.0999755859375f)));
        assertEquals("1.5", render(FakeCell.of("Float16", 1.5f)));
    }

    @Test
    void decimalsAreRoundedLikeFloats() throws Exception {
        assertEquals("1.5", render(FakeCell.of("Decimal128(10, 2)", new BigDecimal("1.50"))));
        assertEquals("2", render(FakeCell.of("Decimal128(10, 2)", new BigDecimal("2.00"))));
        assertEquals("0", render(FakeCell.of("Decimal128(10, 2)", new BigDecimal("0.00"))));
        assertEquals("-0.01", render(FakeCell.of("Decimal128(10, 2)", new BigDecimal("-0.01"))));
        assertEquals("0.123456789012", render(FakeCell.of("Decimal256(38, 20)", new BigDecimal("0.12345678901234567890"))));
        assertEquals("100", render(FakeCell.of("Decimal128(5, -2)", new BigDecimal("1E+2"))));
        assertEquals("12345678901234567890123456789012345678",
                render(FakeCell.of("Decimal128(38, 0)", new BigDecimal("12345678901234567890123456789012345678"))));
    }

    @Test
    void decimal32And64KeepArrowText() throws Exception {
        assertEquals("1.50", render(FakeCell.shown("Decimal64(10, 2)", "1.50")));
        assertEquals("1.50", render(FakeCell.shown("Decimal32(5, 2)", "1.50")));
    }

    @Test
    void otherTypesAreTheDriversDisplayTextVerbatim() throws Exception {
        assertEquals("[1, 2]", render(FakeCell.shown("List(Int64)", "[1, 2]")));
        assertEquals("[a, , b]", render(FakeCell.shown("List(Utf8)", "[a, , b]")));
        assertEquals("[0.3333333333333333, 1.0]", render(FakeCell.shown("List(Float64)", "[0.3333333333333333, 1.0]")));
        assertEquals("{a: 1}", render(FakeCell.shown("Struct(\"a\": Int64)", "{a: 1}")));
        assertEquals("2020-09-08T13:42:29.190855123",
                render(FakeCell.shown("Timestamp(ns)", "2020-09-08T13:42:29.190855123")));
        assertEquals("616263", render(FakeCell.shown("Binary", "616263")));
        // Not a string type: no (empty) substitution.
        assertEquals("", render(FakeCell.shown("Binary", "")));
        assertEquals("-5", render(FakeCell.shown("Int64", "-5")));
        assertEquals("18446744073709551615", render(FakeCell.shown("UInt64", "18446744073709551615")));
    }

    @Test
    void spark15PlacesForFloat64Only() throws Exception {
        ValueRenderer spark = new ValueRenderer(15);
        assertEquals("0.333333333333333", spark.render(FakeCell.of("Float64", 1.0 / 3)));
        assertEquals("0.33333334", spark.render(FakeCell.of("Float32", 1.0f / 3)));
    }
}
