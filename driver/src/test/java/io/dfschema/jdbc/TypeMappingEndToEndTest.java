package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every engine type, produced by real SQL and read back through JDBC. */
class TypeMappingEndToEndTest {
    private Connection conn;
    private Statement st;

    @BeforeEach
    void open() throws SQLException {
        conn = Db.connect();
        st = conn.createStatement();
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    private ResultSet row(String sql) throws SQLException {
        ResultSet rs = st.executeQuery(sql);
        assertTrue(rs.next(), "no row from " + sql);
        return rs;
    }

    @Test
    void integersSignedAndUnsigned() throws SQLException {
        ResultSet rs = row("SELECT arrow_cast(-128, 'Int8'), arrow_cast(-32768, 'Int16'), arrow_cast(-2147483648, 'Int32'), "
                + "arrow_cast(-9223372036854775808, 'Int64'), arrow_cast(255, 'UInt8'), arrow_cast(65535, 'UInt16'), "
                + "arrow_cast(4294967295, 'UInt32'), arrow_cast(18446744073709551615, 'UInt64')");
        ResultSetMetaData md = rs.getMetaData();
        int[] expected = {Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], md.getColumnType(i + 1));
        }
        assertEquals("Int8", md.getColumnTypeName(1));
        assertEquals("UInt64", md.getColumnTypeName(8));
        assertEquals(-128, rs.getByte(1));
        assertEquals(-32768, rs.getShort(2));
        assertEquals(Integer.MIN_VALUE, rs.getInt(3));
        assertEquals(Long.MIN_VALUE, rs.getLong(4));
        assertEquals(255, rs.getInt(5));
        assertEquals(65535, rs.getInt(6));
        assertEquals(4294967295L, rs.getLong(7));
        assertEquals("18446744073709551615", rs.getString(8));
        assertEquals(new BigDecimal("18446744073709551615"), rs.getBigDecimal(8));
        assertEquals(new BigInteger("18446744073709551615"), rs.getObject(8, BigInteger.class));
        SQLException range = assertThrows(SQLException.class, () -> rs.getLong(8));
        assertEquals("22003", range.getSQLState());
        assertEquals("22003", assertThrows(SQLException.class, () -> rs.getByte(5)).getSQLState());
    }

    @Test
    void floatsKeepSpecialValues() throws SQLException {
        ResultSet rs = row("SELECT CAST('NaN' AS DOUBLE), CAST('inf' AS DOUBLE), CAST('-inf' AS DOUBLE), "
                + "CAST(-0.0 AS DOUBLE), arrow_cast(1.1, 'Float32'), arrow_cast(2.5, 'Float16')");
        assertTrue(Double.isNaN(rs.getDouble(1)));
        assertEquals(Double.POSITIVE_INFINITY, rs.getDouble(2));
        assertEquals(Double.NEGATIVE_INFINITY, rs.getDouble(3));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(rs.getDouble(4)));
        assertEquals(1.1f, rs.getFloat(5));
        assertEquals("1.1", rs.getString(5));
        assertEquals(Types.REAL, rs.getMetaData().getColumnType(5));
        assertEquals(2.5f, rs.getFloat(6));
        assertEquals("22003", assertThrows(SQLException.class, () -> rs.getBigDecimal(1)).getSQLState());
    }

    @Test
    void decimals() throws SQLException {
        ResultSet rs = row("SELECT CAST(12345.678 AS DECIMAL(10,3)), "
                + "arrow_cast(CAST('-123456789012345678901234567890.5' AS DECIMAL(38,1)), 'Decimal256(50, 1)')");
        assertEquals(new BigDecimal("12345.678"), rs.getBigDecimal(1));
        assertEquals(Types.DECIMAL, rs.getMetaData().getColumnType(1));
        assertEquals(10, rs.getMetaData().getPrecision(1));
        assertEquals(3, rs.getMetaData().getScale(1));
        assertEquals(new BigDecimal("-123456789012345678901234567890.5"), rs.getBigDecimal(2));
        assertEquals(12345, rs.getInt(1));
    }

    @Test
    void stringsOfEveryKind() throws SQLException {
        ResultSet rs = row("SELECT 'héllo', arrow_cast('large', 'LargeUtf8'), arrow_cast('view', 'Utf8View'), "
                + "arrow_cast('dict', 'Dictionary(Int32, Utf8)'), ''");
        assertEquals("héllo", rs.getString(1));
        assertEquals("large", rs.getString(2));
        assertEquals("view", rs.getString(3));
        assertEquals("dict", rs.getString(4));
        assertEquals("dict", rs.getObject(4));
        assertEquals("", rs.getString(5));
        for (int i = 1; i <= 4; i++) {
            assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(i), "column " + i);
        }
        assertEquals("Dictionary(Int32, Utf8)", rs.getMetaData().getColumnTypeName(4));
    }

    @Test
    void binaryOfEveryKind() throws SQLException {
        ResultSet rs = row("SELECT X'0102ff', arrow_cast(X'0a', 'LargeBinary'), arrow_cast(X'0b0c', 'BinaryView'), "
                + "arrow_cast(X'abcd', 'FixedSizeBinary(2)')");
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, rs.getBytes(1));
        assertArrayEquals(new byte[] {10}, rs.getBytes(2));
        assertArrayEquals(new byte[] {11, 12}, rs.getBytes(3));
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, rs.getBytes(4));
        assertEquals("0102ff", rs.getString(1));
        assertEquals(Types.BINARY, rs.getMetaData().getColumnType(4));
    }

    @Test
    void datesAndTimes() throws SQLException {
        ResultSet rs = row("SELECT DATE '2024-02-29', arrow_cast(DATE '2001-10-05', 'Date64'), "
                + "arrow_cast(TIME '09:32:05.123', 'Time32(Millisecond)'), TIME '23:59:59.123456789', "
                + "arrow_cast(TIME '08:15:30', 'Time32(Second)'), arrow_cast(TIME '01:02:03.456789', 'Time64(Microsecond)')");
        assertEquals(LocalDate.of(2024, 2, 29), rs.getObject(1, LocalDate.class));
        assertEquals(java.sql.Date.valueOf("2024-02-29"), rs.getDate(1));
        assertEquals("2024-02-29", rs.getString(1));
        assertEquals(LocalDate.of(2001, 10, 5), rs.getObject(2, LocalDate.class));
        assertEquals(LocalTime.of(9, 32, 5, 123_000_000), rs.getObject(3, LocalTime.class));
        assertEquals(LocalTime.of(23, 59, 59, 123_456_789), rs.getObject(4, LocalTime.class));
        assertEquals("23:59:59.123456789", rs.getString(4));
        assertEquals(LocalTime.of(8, 15, 30), rs.getObject(5, LocalTime.class));
        assertEquals(LocalTime.of(1, 2, 3, 456_789_000), rs.getObject(6, LocalTime.class));
        assertEquals(Types.DATE, rs.getMetaData().getColumnType(1));
        assertEquals(Types.TIME, rs.getMetaData().getColumnType(4));
    }

    @Test
    void timestampsInEveryUnitWithAndWithoutZone() throws SQLException {
        ResultSet rs = row("SELECT "
                + "arrow_cast(TIMESTAMP '2020-09-08 13:42:29', 'Timestamp(Second, None)'), "
                + "arrow_cast(TIMESTAMP '2020-09-08 13:42:29.190', 'Timestamp(Millisecond, None)'), "
                + "arrow_cast(TIMESTAMP '2020-09-08 13:42:29.190855', 'Timestamp(Microsecond, None)'), "
                + "TIMESTAMP '2020-09-08 13:42:29.190855123', "
                + "arrow_cast(TIMESTAMP '2020-09-08 13:42:29.190855123', 'Timestamp(Nanosecond, Some(\"+08:00\"))'), "
                + "arrow_cast(TIMESTAMP '2020-09-08 13:42:29', 'Timestamp(Microsecond, Some(\"UTC\"))')");
        assertEquals(LocalDateTime.of(2020, 9, 8, 13, 42, 29), rs.getObject(1, LocalDateTime.class));
        assertEquals(LocalDateTime.of(2020, 9, 8, 13, 42, 29, 190_000_000), rs.getObject(2, LocalDateTime.class));
        assertEquals(LocalDateTime.of(2020, 9, 8, 13, 42, 29, 190_855_000), rs.getObject(3, LocalDateTime.class));
        assertEquals(LocalDateTime.of(2020, 9, 8, 13, 42, 29, 190_855_123), rs.getObject(4, LocalDateTime.class));
        assertEquals(java.sql.Timestamp.valueOf("2020-09-08 13:42:29.190855123"), rs.getTimestamp(4));
        assertEquals("2020-09-08T13:42:29.190855123", rs.getString(4));
        assertEquals(Types.TIMESTAMP, rs.getMetaData().getColumnType(4));

        // DataFusion casts a zone-less timestamp to a zone as local time in that zone.
        OffsetDateTime withZone = rs.getObject(5, OffsetDateTime.class);
        assertEquals(Instant.parse("2020-09-08T05:42:29.190855123Z"), withZone.toInstant());
        assertEquals(ZoneOffset.ofHours(8), withZone.getOffset());
        assertEquals("2020-09-08T13:42:29.190855123+08:00", rs.getString(5));
        assertEquals(Types.TIMESTAMP_WITH_TIMEZONE, rs.getMetaData().getColumnType(5));
        assertEquals(Instant.parse("2020-09-08T13:42:29Z"), rs.getObject(6, Instant.class));
        assertEquals("2020-09-08T13:42:29Z", rs.getString(6));
    }

    @Test
    void intervalsAndDurations() throws SQLException {
        ResultSet rs = row("SELECT INTERVAL '1 month 2 days 3 hours', arrow_cast(100, 'Duration(Second)'), "
                + "arrow_cast(1500, 'Duration(Millisecond)')");
        assertEquals("1 mons 2 days 3 hours", rs.getString(1));
        assertEquals(Types.OTHER, rs.getMetaData().getColumnType(1));
        assertEquals(Duration.ofSeconds(100), rs.getObject(2, Duration.class));
        assertEquals(Duration.ofMillis(1500), rs.getObject(3));
    }

    @Test
    void nullsOfEveryKind() throws SQLException {
        ResultSet rs = row("SELECT NULL AS n, CAST(NULL AS INT) AS i, CAST(NULL AS VARCHAR) AS s, CAST(NULL AS INT[]) AS l");
        assertEquals(Types.NULL, rs.getMetaData().getColumnType(1));
        for (int i = 1; i <= 4; i++) {
            assertNull(rs.getObject(i));
            assertTrue(rs.wasNull());
        }
        assertEquals(0, rs.getInt(2));
        assertTrue(rs.wasNull());
    }

    @Test
    void listsAreSqlArraysAtAnyDepth() throws SQLException {
        ResultSet rs = row("SELECT [1, 2, NULL], [[1, 2], [3]], arrow_cast([1, 2, 3], 'FixedSizeList(3, Int64)'), "
                + "arrow_cast(['a', 'b'], 'LargeList(Utf8)'), []");
        Array a = rs.getArray(1);
        assertEquals(Types.ARRAY, rs.getMetaData().getColumnType(1));
        Object[] values = (Object[]) a.getArray();
        assertEquals(3, values.length);
        assertEquals(1L, ((Number) values[0]).longValue());
        assertNull(values[2]);
        assertEquals(Types.BIGINT, a.getBaseType());
        try (ResultSet elements = a.getResultSet()) {
            assertTrue(elements.next());
            assertEquals(1, elements.getInt(1)); // INDEX
            assertEquals(1, elements.getLong(2)); // VALUE
            assertTrue(elements.next());
            assertTrue(elements.next());
            assertNull(elements.getObject(2));
        }
        assertEquals("[1, 2, NULL]", rs.getString(1));
        Object[] nested = (Object[]) rs.getArray(2).getArray();
        Object[] inner = (Object[]) ((Array) nested[0]).getArray();
        assertEquals(2, inner.length);
        assertEquals("[[1, 2], [3]]", rs.getString(2));
        assertEquals(3, ((Object[]) rs.getArray(3).getArray()).length);
        assertEquals("[a, b]", rs.getString(4));
        assertEquals(0, ((Object[]) rs.getArray(5).getArray()).length);
    }

    @Test
    void structsAndMaps() throws SQLException {
        ResultSet rs = row("SELECT named_struct('a', 1, 'b', 'x', 'c', [1, 2]), MAP {'k1': 10, 'k2': 20}, "
                + "named_struct('inner', named_struct('deep', MAP {'m': [named_struct('z', 1.5)]}))");
        Struct s = (Struct) rs.getObject(1);
        assertEquals(Types.STRUCT, rs.getMetaData().getColumnType(1));
        Object[] attrs = s.getAttributes();
        assertEquals(1L, ((Number) attrs[0]).longValue());
        assertEquals("x", attrs[1]);
        assertInstanceOf(Array.class, attrs[2]);
        assertEquals("{a: 1, b: x, c: [1, 2]}", rs.getString(1));

        Map<?, ?> m = rs.getObject(2, Map.class);
        assertEquals(List.of("k1", "k2"), List.copyOf(m.keySet()));
        assertEquals(20L, ((Number) m.get("k2")).longValue());
        assertEquals("{k1: 10, k2: 20}", rs.getString(2));
        assertEquals("{k1: 10, k2: 20}", m.toString(), "tools print getObject; it shows the engine's text");
        assertEquals(Map.of("k1", 10L, "k2", 20L), m);

        assertEquals("{inner: {deep: {m: [{z: 1.5}]}}}", rs.getString(3));
        Struct outer = (Struct) rs.getObject(3);
        Struct inner = (Struct) outer.getAttributes()[0];
        Map<?, ?> deep = (Map<?, ?>) inner.getAttributes()[0];
        Object[] list = (Object[]) ((Array) deep.get("m")).getArray();
        assertEquals(1.5, ((Number) ((Struct) list[0]).getAttributes()[0]).doubleValue());
    }

    @Test
    void metadataDescribesColumns() throws SQLException {
        ResultSet rs = row("SELECT CAST(1 AS INT) AS \"Mixed Case\", 'x' AS s");
        ResultSetMetaData md = rs.getMetaData();
        assertEquals("Mixed Case", md.getColumnLabel(1));
        assertEquals("Mixed Case", md.getColumnName(1));
        assertEquals("Int32", md.getColumnTypeName(1));
        assertEquals(Integer.class.getName(), md.getColumnClassName(1));
        assertEquals(String.class.getName(), md.getColumnClassName(2));
        assertTrue(md.isSigned(1));
    }
}
