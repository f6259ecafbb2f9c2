package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.TestTypes;



import static io.dfschema.jdbc.accessor.SqlAssert.assertSqlState;
import static io.dfschema.engine.vector.TestTypes.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DfSchemaArrayTest {

    private static Array array(ArrowType item, List<?> elements) throws Exception {
        // A second row before the tested one so element rows do not start at 0.
        BaseAccessor a = Columns.of(TestTypes.list(TypeId.LIST, field("item", item)), List.of(), List.of(), elements);
        return a.getArray(2);
    }

    @Test
    void baseTypeComesFromTheItemType() throws Exception {
        Array a = array(TestTypes.int64(), List.of(1L));
        assertEquals(Types.BIGINT, a.getBaseType());
        assertEquals("Int64", a.getBaseTypeName());
        Array s = array(TestTypes.utf8(), List.of("x"));
        assertEquals(Types.VARCHAR, s.getBaseType());
        assertEquals("Utf8", s.getBaseTypeName());
    }

    @Test
    void slicesAreOneBased() throws Exception {
        Array a = array(TestTypes.int32(), List.of(10, 20, 30, 40));
        assertArrayEquals(new Integer[] {10, 20, 30, 40}, (Integer[]) a.getArray());
        assertArrayEquals(new Integer[] {20, 30}, (Integer[]) a.getArray(2, 2));
        assertArrayEquals(new Integer[] {}, (Integer[]) a.getArray(5, 0));
        assertArrayEquals(new Integer[] {10}, (Integer[]) a.getArray(1, 1, Map.of()));
        assertSqlState("2202E", () -> a.getArray(0, 1));
        assertSqlState("2202E", () -> a.getArray(4, 2));
        assertSqlState("2202E", () -> a.getArray(1, -1));
        assertSqlState("0A000", () -> a.getArray(Map.of("x", String.class)));
    }

    @Test
    void resultSetHasIndexAndValueRows() throws Exception {
        Array a = array(TestTypes.utf8(), Arrays.asList("a", null, "42"));
        ResultSet rs = a.getResultSet();
        assertTrue(rs.isBeforeFirst());
        assertTrue(rs.next());
        assertTrue(rs.isFirst());
        assertEquals(1, rs.getRow());
        assertEquals(1L, rs.getLong(1));
        assertEquals(1L, rs.getObject("INDEX"));
        assertEquals("a", rs.getString(2));
        assertEquals("a", rs.getString("value"));
        assertFalse(rs.wasNull());
        assertTrue(rs.next());
        assertEquals(2, rs.getInt("index"));
        assertNull(rs.getString(2));
        assertTrue(rs.wasNull());
        assertEquals(0, rs.getInt(2));
        assertTrue(rs.wasNull());
        assertTrue(rs.next());
        assertTrue(rs.isLast());
        assertEquals(42, rs.getInt(2)); // same text-to-number conversion as a string column
        assertEquals("3", rs.getString(1));
        assertSqlState("22007", () -> rs.getDate(2), "42");
        assertFalse(rs.next());
        assertTrue(rs.isAfterLast());
        assertSqlState("24000", () -> rs.getString(1));
        assertFalse(rs.next());
    }

    @Test
    void resultSetValueConvertsLikeTheElementType() throws Exception {
        Array a = array(TestTypes.int64(), List.of(300L, 1L << 40));
        ResultSet rs = a.getResultSet();
        rs.next();
        assertEquals(300, rs.getShort(2));
        assertSqlState("22003", () -> rs.getByte(2), "300", "byte");
        assertEquals(new BigDecimal("300"), rs.getBigDecimal("VALUE"));
        assertEquals(Long.valueOf(300), rs.getObject(2, Long.class));
        rs.next();
        assertSqlState("22003", () -> rs.getInt(2), "1099511627776");
    }

    @Test
    void resultSetSliceStartsAtTheGivenIndex() throws Exception {
        Array a = array(TestTypes.int32(), List.of(10, 20, 30, 40));
        ResultSet rs = a.getResultSet(3, 2);
        assertTrue(rs.next());
        assertEquals(3, rs.getInt(1));
        assertEquals(30, rs.getInt(2));
        assertTrue(rs.next());
        assertEquals(4, rs.getLong("INDEX"));
        assertEquals(40, rs.getInt("VALUE"));
        assertFalse(rs.next());
        assertSqlState("2202E", () -> a.getResultSet(4, 2));
    }

    @Test
    void resultSetMetaData() throws Exception {
        ResultSetMetaData md = array(TestTypes.decimal(TypeId.DECIMAL128, 10, 2), List.of(BigDecimal.ONE))
                .getResultSet().getMetaData();
        assertEquals(2, md.getColumnCount());
        assertEquals("INDEX", md.getColumnName(1));
        assertEquals("VALUE", md.getColumnLabel(2));
        assertEquals(Types.BIGINT, md.getColumnType(1));
        assertEquals(Types.DECIMAL, md.getColumnType(2));
        assertEquals("Decimal128(10, 2)", md.getColumnTypeName(2));
        assertEquals("java.lang.Long", md.getColumnClassName(1));
        assertEquals("java.math.BigDecimal", md.getColumnClassName(2));
        assertEquals(10, md.getPrecision(2));
        assertEquals(2, md.getScale(2));
        assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
        assertEquals(ResultSetMetaData.columnNullable, md.isNullable(2));
        assertTrue(md.isSigned(2));
        assertTrue(md.isReadOnly(2));
        assertSqlState("07009", () -> md.getColumnType(3));
    }

    @Test
    void resultSetIsForwardOnlyAndReadOnly() throws Exception {
        ResultSet rs = array(TestTypes.int32(), List.of(1)).getResultSet();
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
        assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
        assertNull(rs.getStatement());
        assertSqlState("24000", () -> rs.getInt(2)); // before the first row
        rs.next();
        assertSqlState("24000", rs::previous);
        assertSqlState("24000", rs::first);
        assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateInt(2, 5));
        assertThrows(SQLFeatureNotSupportedException.class, rs::insertRow);
        assertSqlState("07009", () -> rs.getInt(3));
        assertSqlState("42703", () -> rs.findColumn("nope"));
        rs.close();
        assertTrue(rs.isClosed());
        assertSqlState("24000", () -> rs.getInt(2));
        assertSqlState("24000", rs::next);
    }

    @Test
    void nestedArrayElementsAreArrays() throws Exception {
        Array a = array(TestTypes.list(TypeId.LIST, field("item", TestTypes.int32())), List.of(List.of(1, 2)));
        assertEquals(Types.ARRAY, a.getBaseType());
        ResultSet rs = a.getResultSet();
        rs.next();
        Array inner = rs.getArray(2);
        assertArrayEquals(new Integer[] {1, 2}, (Integer[]) inner.getArray());
        assertEquals("[1, 2]", rs.getString("VALUE"));
    }

    @Test
    void freedArrayRefusesReads() throws Exception {
        Array a = array(TestTypes.int32(), List.of(1));
        a.free();
        assertSqlState("HY010", a::getArray);
        assertSqlState("HY010", a::getResultSet);
    }

    @Test
    void arrayOutlivesTheCursorPosition() throws Exception {
        BaseAccessor col = Columns.of(TestTypes.list(TypeId.LIST, field("item", TestTypes.int32())), List.of(1, 2),
                List.of(3));
        Array first = col.getArray(0);
        Array second = col.getArray(1);
        assertArrayEquals(new Integer[] {1, 2}, (Integer[]) first.getArray());
        assertArrayEquals(new Integer[] {3}, (Integer[]) second.getArray());
    }
}
