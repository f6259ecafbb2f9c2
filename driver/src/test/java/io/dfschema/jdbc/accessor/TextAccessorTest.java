package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.TestTypes;

import static io.dfschema.jdbc.accessor.SqlAssert.assertSqlState;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.TypeId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextAccessorTest {
    private TimeZone saved;

    @BeforeEach
    void fixZone() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(saved);
    }

    private static BaseAccessor strings(Object... values) {
        return Columns.of(TestTypes.utf8(), values);
    }

    @Test
    void stringKindsReadAsText() throws Exception {
        for (TypeId id : new TypeId[] {TypeId.UTF8, TypeId.LARGE_UTF8, TypeId.UTF8_VIEW}) {
            BaseAccessor a = Columns.of(TestTypes.simple(id, "Utf8"), "héllo", "", null);
            assertEquals("héllo", a.getString(0));
            assertEquals("héllo", a.getObject(0));
            assertEquals("", a.getString(1));
            assertNull(a.getString(2));
            assertEquals("NULL", a.display(2));
            assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), a.getBytes(0));
        }
    }

    @Test
    void numbersParseFromText() throws Exception {
        BaseAccessor a = strings("42", " 7 ", "-1.9", "1e3", "99999999999", "abc", "1.50");
        assertEquals(42, a.getInt(0));
        assertEquals((byte) 7, a.getByte(1));
        assertEquals(-1L, a.getLong(2));
        assertEquals(1000, a.getShort(3));
        assertEquals(99999999999L, a.getLong(4));
        assertSqlState("22003", () -> a.getInt(4), "99999999999", "int");
        assertSqlState("22018", () -> a.getInt(5), "abc", "int");
        assertSqlState("22018", () -> a.getBigDecimal(5), "abc");
        assertSqlState("22018", () -> a.getDouble(5), "abc");
        assertEquals(new BigDecimal("1.50"), a.getBigDecimal(6));
        assertEquals(1.5, a.getDouble(6));
        assertEquals(1.5f, a.getFloat(6));
        assertEquals(BigInteger.ONE, a.getObject(6, BigInteger.class));
        assertEquals(Long.valueOf(42), a.getObject(0, Long.class));
    }

    @Test
    void floatTextIncludingEngineSpellings() throws Exception {
        BaseAccessor a = strings("inf", "-inf", "NaN", "Infinity", "1e400", "0x1p3", "2.5d");
        assertEquals(Double.POSITIVE_INFINITY, a.getDouble(0));
        assertEquals(Double.NEGATIVE_INFINITY, a.getDouble(1));
        assertTrue(Double.isNaN(a.getDouble(2)));
        assertEquals(Float.POSITIVE_INFINITY, a.getFloat(3));
        assertSqlState("22003", () -> a.getDouble(4), "1e400", "double");
        assertSqlState("22018", () -> a.getDouble(5));
        assertSqlState("22018", () -> a.getDouble(6));
    }

    @Test
    void booleansFromText() throws Exception {
        BaseAccessor a = strings("true", "FALSE", "1", "0", " true ", "yes");
        assertTrue(a.getBoolean(0));
        assertFalse(a.getBoolean(1));
        assertTrue(a.getBoolean(2));
        assertFalse(a.getBoolean(3));
        assertTrue(a.getBoolean(4));
        assertSqlState("22018", () -> a.getBoolean(5), "yes", "boolean");
        assertEquals(Boolean.TRUE, a.getObject(0, Boolean.class));
    }

    @Test
    void dateTimesFromIsoText() throws Exception {
        BaseAccessor a = strings("2024-02-29", "2024-01-02 03:04:05.5", "13:14:15", "2024-01-02T03:04:05+02:00",
                "not a date");
        assertEquals(Date.valueOf("2024-02-29"), a.getDate(0, null));
        assertEquals(LocalDate.of(2024, 2, 29), a.getObject(0, LocalDate.class));
        assertEquals(Timestamp.valueOf("2024-01-02 03:04:05.5"), a.getTimestamp(1, null));
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000), a.getObject(1, LocalDateTime.class));
        assertEquals(Timestamp.valueOf("2024-02-29 00:00:00"), a.getTimestamp(0, null));
        assertEquals(LocalTime.of(13, 14, 15), a.getObject(2, LocalTime.class));
        assertEquals(java.sql.Time.valueOf("13:14:15"), a.getTime(2, null));
        assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                a.getObject(3, OffsetDateTime.class));
        assertEquals(OffsetDateTime.of(2024, 1, 2, 1, 4, 5, 0, ZoneOffset.UTC).toInstant(),
                a.getObject(3, java.time.Instant.class));
        assertSqlState("22007", () -> a.getDate(4, null), "not a date");
        assertSqlState("22007", () -> a.getObject(4, LocalDateTime.class));
    }

    @Test
    void binaryIsBytesAndLowercaseHex() throws Exception {
        byte[] bytes = {0, (byte) 0xFF, 0x10, (byte) 0xAB};
        for (io.dfschema.engine.ArrowType t : new io.dfschema.engine.ArrowType[] {
                TestTypes.simple(TypeId.BINARY, "Binary"), TestTypes.simple(TypeId.LARGE_BINARY, "LargeBinary"),
                TestTypes.simple(TypeId.BINARY_VIEW, "BinaryView"), TestTypes.fixedBinary(4)}) {
            BaseAccessor a = Columns.of(t, bytes, new byte[0], null);
            assertArrayEquals(bytes, a.getBytes(0));
            assertArrayEquals(bytes, (byte[]) a.getObject(0));
            assertArrayEquals(bytes, a.getObject(0, byte[].class));
            assertEquals("00ff10ab", a.getString(0));
            assertEquals("", a.getString(1));
            assertNull(a.getBytes(2));
            assertSqlState("22018", () -> a.getInt(0));
        }
    }

    @Test
    void getBytesReturnsACopy() throws Exception {
        BaseAccessor a = Columns.of(TestTypes.simple(TypeId.BINARY, "Binary"), (Object) new byte[] {1, 2});
        a.getBytes(0)[0] = 9;
        assertEquals(1, a.getBytes(0)[0]);
    }

    @Test
    void intervalsUnionsAndOthersAreTheirText() throws Exception {
        BaseAccessor a = Columns.of(TestTypes.interval(2), "13 mons 1 days 1 hours 1 mins 1.001001001 secs", null);
        assertEquals("13 mons 1 days 1 hours 1 mins 1.001001001 secs", a.getString(0));
        assertEquals("13 mons 1 days 1 hours 1 mins 1.001001001 secs", a.getObject(0));
        assertNull(a.getObject(1));
        assertSqlState("22018", () -> a.getInt(0), "Interval(MonthDayNano)");
        assertSqlState("22018", () -> a.getObject(0, java.time.Duration.class));
        BaseAccessor u = Columns.of(TestTypes.simple(TypeId.UNION, "Union"), "{int=1}");
        assertEquals("{int=1}", u.getString(0));
    }

    @Test
    void nullTypeIsAlwaysNull() throws Exception {
        BaseAccessor a = Columns.of(TestTypes.simple(TypeId.NULL, "Null"), null, null);
        assertTrue(a.isNull(1));
        assertNull(a.getString(0));
        assertNull(a.getObject(0));
        assertNull(a.getObject(0, String.class));
        assertEquals(0, a.getInt(0));
        assertFalse(a.getBoolean(0));
        assertNull(a.getTimestamp(0, null));
        assertEquals("NULL", a.display(0));
    }

    @Test
    void dictionaryAndRunEndEncodedReadAsTheirValues() throws Exception {
        BaseAccessor d = Columns.of(TestTypes.dictionary(TestTypes.int32(), TestTypes.utf8()), "x", null);
        assertEquals("x", d.getString(0));
        assertTrue(d.isNull(1));
        BaseAccessor r = Columns.of(TestTypes.runEndEncoded(TestTypes.int32(), TestTypes.simple(TypeId.FLOAT64,
                "Float64")), 2.5, 2.5);
        assertEquals(2.5, r.getDouble(1));
        assertEquals("2.5", r.getString(0));
    }
}
