package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.TestTypes;

import static io.dfschema.jdbc.accessor.SqlAssert.assertSqlState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.TypeId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumericAccessorTest {

    private static BaseAccessor ints(TypeId id, String name, Object... values) {
        return Columns.of(TestTypes.simple(id, name), values);
    }

    @Test
    void booleanReadsAsTrueFalseAndOneZero() throws Exception {
        BaseAccessor a = ints(TypeId.BOOL, "Boolean", true, false, null);
        assertTrue(a.getBoolean(0));
        assertEquals("true", a.getString(0));
        assertEquals("false", a.getString(1));
        assertEquals(1, a.getInt(0));
        assertEquals(0L, a.getLong(1));
        assertEquals(1.0, a.getDouble(0));
        assertEquals(BigDecimal.ONE, a.getBigDecimal(0));
        assertEquals(Boolean.TRUE, a.getObject(0));
        assertEquals(Boolean.FALSE, a.getObject(1, Boolean.class));
        assertEquals("true", a.getObject(0, String.class));
        assertNull(a.getObject(2));
        assertNull(a.getString(2));
        assertFalse(a.getBoolean(2));
        assertTrue(a.isNull(2));
        assertSqlState("22018", () -> a.getDate(0, null));
    }

    @Test
    void signedIntegersBoxPerWidth() throws Exception {
        assertEquals(Byte.valueOf((byte) -5), ints(TypeId.INT8, "Int8", -5).getObject(0));
        assertEquals(Short.valueOf((short) 300), ints(TypeId.INT16, "Int16", 300).getObject(0));
        assertEquals(Integer.valueOf(70000), ints(TypeId.INT32, "Int32", 70000).getObject(0));
        assertEquals(Long.valueOf(1L << 40), ints(TypeId.INT64, "Int64", 1L << 40).getObject(0));
    }

    @Test
    void unsignedIntegersBoxOneSizeUp() throws Exception {
        BaseAccessor u8 = ints(TypeId.UINT8, "UInt8", 255);
        BaseAccessor u16 = ints(TypeId.UINT16, "UInt16", 65535);
        BaseAccessor u32 = ints(TypeId.UINT32, "UInt32", 4294967295L);
        assertEquals(Short.valueOf((short) 255), u8.getObject(0));
        assertEquals("255", u8.getString(0));
        assertEquals(Integer.valueOf(65535), u16.getObject(0));
        assertEquals(Long.valueOf(4294967295L), u32.getObject(0));
        assertEquals("4294967295", u32.getString(0));
        assertSqlState("22003", () -> u8.getByte(0), "255", "byte");
        assertSqlState("22003", () -> u32.getInt(0), "4294967295", "int");
        assertEquals(4294967295L, u32.getLong(0));
    }

    @Test
    void uint64IsLongWhenItFitsElseBigInteger() throws Exception {
        BaseAccessor a = ints(TypeId.UINT64, "UInt64", -1L, 42L, Long.MIN_VALUE, null);
        assertEquals("18446744073709551615", a.getString(0));
        assertEquals(new BigInteger("18446744073709551615"), a.getObject(0));
        assertEquals(Long.valueOf(42), a.getObject(1));
        assertEquals(new BigInteger("9223372036854775808"), a.getObject(2));
        assertEquals(new BigDecimal("18446744073709551615"), a.getBigDecimal(0));
        assertEquals(new BigInteger("42"), a.getObject(1, BigInteger.class));
        assertEquals(1.8446744073709552E19, a.getDouble(0));
        assertEquals(42L, a.getLong(1));
        assertEquals(42, a.getInt(1));
        assertSqlState("22003", () -> a.getLong(0), "18446744073709551615", "long");
        assertSqlState("22003", () -> a.getLong(2), "9223372036854775808");
        assertSqlState("22003", () -> a.getObject(0, Long.class));
        assertInstanceOf(Number.class, a.getObject(0, Number.class));
        assertEquals(0L, a.getLong(3));
        assertNull(a.getObject(3));
    }

    @Test
    void narrowingChecksRangeAndNamesValueAndType() throws Exception {
        BaseAccessor a = ints(TypeId.INT64, "Int64", 300L, -129L, 1L << 40, Long.MIN_VALUE);
        assertEquals((short) 300, a.getShort(0));
        assertSqlState("22003", () -> a.getByte(0), "300", "byte");
        assertSqlState("22003", () -> a.getByte(1), "-129", "byte");
        assertSqlState("22003", () -> a.getInt(2), "1099511627776", "int");
        assertSqlState("22003", () -> a.getShort(2), "short");
        assertSqlState("22003", () -> a.getObject(0, Byte.class));
        assertEquals(Long.MIN_VALUE, a.getLong(3));
        assertEquals(new BigDecimal("-9223372036854775808"), a.getBigDecimal(3));
        assertEquals(-9.223372036854775808E18, a.getDouble(3));
        assertEquals(300.0f, a.getFloat(0));
    }

    @Test
    void integersConvertToEveryNumericObject() throws Exception {
        BaseAccessor a = ints(TypeId.INT32, "Int32", 7);
        assertEquals(Byte.valueOf((byte) 7), a.getObject(0, Byte.class));
        assertEquals(Short.valueOf((short) 7), a.getObject(0, Short.class));
        assertEquals(Integer.valueOf(7), a.getObject(0, Integer.class));
        assertEquals(Long.valueOf(7), a.getObject(0, Long.class));
        assertEquals(Float.valueOf(7f), a.getObject(0, Float.class));
        assertEquals(Double.valueOf(7d), a.getObject(0, Double.class));
        assertEquals(BigDecimal.valueOf(7), a.getObject(0, BigDecimal.class));
        assertEquals(BigInteger.valueOf(7), a.getObject(0, BigInteger.class));
        assertEquals("7", a.getObject(0, String.class));
        assertEquals(Integer.valueOf(7), a.getObject(0, int.class));
        assertEquals(Integer.valueOf(7), a.getObject(0, Object.class));
    }

    @Test
    void integersAreBooleansOnlyAsZeroOrOne() throws Exception {
        BaseAccessor a = ints(TypeId.INT16, "Int16", 0, 1, 2);
        assertFalse(a.getBoolean(0));
        assertTrue(a.getBoolean(1));
        assertSqlState("22018", () -> a.getBoolean(2), "2");
    }

    @Test
    void integersAreNotDatesOrBytes() {
        BaseAccessor a = ints(TypeId.INT32, "Int32", 1);
        assertSqlState("22018", () -> a.getDate(0, null), "Int32", "java.sql.Date");
        assertSqlState("22018", () -> a.getBytes(0), "byte[]");
        assertSqlState("22018", () -> a.getObject(0, LocalDate.class));
        assertSqlState("22018", () -> a.getObject(0, Date.class));
        assertSqlState("22018", () -> a.getArray(0));
    }

    @Test
    void nullsGiveJdbcDefaults() throws Exception {
        BaseAccessor a = ints(TypeId.INT32, "Int32", null, 5);
        assertTrue(a.isNull(0));
        assertFalse(a.isNull(1));
        assertEquals(0, a.getInt(0));
        assertEquals(0.0, a.getDouble(0));
        assertNull(a.getBigDecimal(0));
        assertNull(a.getObject(0, Integer.class));
        assertNull(a.getString(0));
        assertEquals("NULL", a.display(0));
    }

    @Test
    void getObjectNeedsATargetClass() {
        BaseAccessor a = ints(TypeId.INT32, "Int32", 1);
        assertSqlState("HY024", () -> a.getObject(0, null));
    }

    @Test
    void floatsKeepNanInfinityAndNegativeZero() throws Exception {
        BaseAccessor a = ints(TypeId.FLOAT64, "Float64", Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, -0.0, 1.0);
        assertTrue(Double.isNaN(a.getDouble(0)));
        assertTrue(Float.isNaN(a.getFloat(0)));
        assertEquals(Double.POSITIVE_INFINITY, a.getDouble(1));
        assertEquals(Float.NEGATIVE_INFINITY, a.getFloat(2));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(a.getDouble(3)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) a.getObject(3)));
        assertEquals("NaN", a.getString(0));
        assertEquals("inf", a.getString(1));
        assertEquals("-inf", a.getString(2));
        assertEquals("-0.0", a.getString(3));
        assertEquals("1.0", a.getString(4));
        assertSqlState("22003", () -> a.getBigDecimal(0), "NaN", "BigDecimal");
        assertSqlState("22003", () -> a.getBigDecimal(1), "inf");
        assertSqlState("22003", () -> a.getLong(0), "NaN", "long");
        assertSqlState("22003", () -> a.getInt(2), "-inf", "int");
        assertEquals(BigDecimal.ZERO, a.getBigDecimal(3));
        assertFalse(a.getBoolean(3));
        assertTrue(a.getBoolean(4));
        assertSqlState("22018", () -> a.getBoolean(0));
    }

    @Test
    void floatsTruncateTowardZeroAndCheckRange() throws Exception {
        BaseAccessor a = ints(TypeId.FLOAT64, "Float64", 2.9, -2.9, 1e300, 9.223372036854775807E18, -9.223372036854775808E18);
        assertEquals(2, a.getInt(0));
        assertEquals(-2, a.getInt(1));
        assertEquals((byte) -2, a.getByte(1));
        assertSqlState("22003", () -> a.getLong(2), "1e300", "long");
        assertSqlState("22003", () -> a.getFloat(2), "1e300", "float");
        assertSqlState("22003", () -> a.getLong(3), "long");
        assertEquals(Long.MIN_VALUE, a.getLong(4));
        assertEquals(new BigDecimal("2.9"), a.getBigDecimal(0));
        assertEquals(Double.valueOf(2.9), a.getObject(0));
    }

    @Test
    void float32KeepsItsShortText() throws Exception {
        BaseAccessor a = ints(TypeId.FLOAT32, "Float32", 1.1f, 16777217f);
        assertEquals("1.1", a.getString(0));
        assertEquals(new BigDecimal("1.1"), a.getBigDecimal(0));
        assertEquals(1.1f, a.getFloat(0));
        assertEquals((double) 1.1f, a.getDouble(0));
        assertEquals(Float.valueOf(1.1f), a.getObject(0));
        assertEquals("16777216.0", a.getString(1));
    }

    @Test
    void float16ShowsRustDisplayOfItsValue() throws Exception {
        BaseAccessor a = ints(TypeId.FLOAT16, "Float16", 1.0f, 0.099975586f, 7.97265625f, -0.0f);
        assertEquals("1", a.getString(0));
        assertEquals("0.099975586", a.getString(1));
        assertEquals(Float.valueOf(1f), a.getObject(0));
        assertEquals(new BigDecimal("0.099975586"), a.getBigDecimal(1));
        // an exact halfway value: text and BigDecimal agree on Display's rounding
        assertEquals("7.9726563", a.getString(2));
        assertEquals(new BigDecimal("7.9726563"), a.getBigDecimal(2));
        assertEquals("-0", a.getString(3));
        assertEquals(0, BigDecimal.ZERO.compareTo(a.getBigDecimal(3)));
    }

    @Test
    void decimalsKeepTheirScale() throws Exception {
        BaseAccessor a = Columns.of(TestTypes.decimal(TypeId.DECIMAL128, 10, 2), new BigDecimal("1.50"),
                new BigDecimal("-2.99"), new BigDecimal("12345678.00"), null);
        assertEquals("1.50", a.getString(0));
        assertEquals(new BigDecimal("1.50"), a.getBigDecimal(0));
        assertEquals(2, a.getBigDecimal(0).scale());
        assertEquals(new BigDecimal("1.50"), a.getObject(0));
        assertEquals(1, a.getInt(0));
        assertEquals(-2L, a.getLong(1));
        assertEquals(-2.99, a.getDouble(1));
        assertEquals(12345678, a.getInt(2));
        assertSqlState("22003", () -> a.getShort(2), "12345678.00", "short");
        assertEquals(BigInteger.valueOf(12345678), a.getObject(2, BigInteger.class));
        assertSqlState("22018", () -> a.getBoolean(0), "1.50");
        assertNull(a.getBigDecimal(3));
    }

    @Test
    void decimalScaleFormsAsArrowPrintsThem() throws Exception {
        assertEquals("0.00005", Columns.of(TestTypes.decimal(TypeId.DECIMAL64, 3, 5), new BigDecimal("0.00005")).getString(0));
        assertEquals("-0.10", Columns.of(TestTypes.decimal(TypeId.DECIMAL32, 3, 2), new BigDecimal("-0.10")).getString(0));
        assertEquals("1200", Columns.of(TestTypes.decimal(TypeId.DECIMAL128, 5, -2), new BigInteger("12")).getString(0));
    }

    @Test
    void hugeDecimalsOverflowNarrowTypes() throws Exception {
        BigDecimal huge = new BigDecimal("9".repeat(70) + ".5");
        BaseAccessor a = Columns.of(TestTypes.decimal(TypeId.DECIMAL256, 76, 1), huge);
        assertEquals(huge, a.getBigDecimal(0));
        assertSqlState("22003", () -> a.getLong(0), "long");
        assertSqlState("22003", () -> a.getFloat(0), "float");
        assertEquals(1e70, a.getDouble(0), 1e56);
        assertEquals(huge.toPlainString(), a.getString(0));
    }
}
