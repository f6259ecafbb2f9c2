package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.RowResultSet.Column;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowResultSetTest {

    private static final List<Column> COLS = List.of(Column.varchar("NAME"), Column.integer("N"),
            Column.smallint("S"), Column.bigint("L"), Column.bool("B"));

    private static RowResultSet rs() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"one", 1, (short) 7, 10_000_000_000L, true});
        rows.add(new Object[] {"42", null, null, null, null});
        rows.add(new Object[] {"x", Integer.MAX_VALUE, Short.MIN_VALUE, Long.MAX_VALUE, false});
        return new RowResultSet(COLS, rows);
    }

    @Test
    void iteratesForwardOnly() throws SQLException {
        RowResultSet rs = rs();
        assertTrue(rs.isBeforeFirst());
        assertEquals(0, rs.getRow());
        assertTrue(rs.next());
        assertTrue(rs.isFirst());
        assertEquals(1, rs.getRow());
        assertTrue(rs.next());
        assertTrue(rs.next());
        assertTrue(rs.isLast());
        assertFalse(rs.next());
        assertTrue(rs.isAfterLast());
        assertFalse(rs.next());
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
        assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
        assertThrows(SQLException.class, rs::previous);
        assertThrows(SQLException.class, rs::first);
        assertThrows(SQLException.class, () -> rs.absolute(1));
        assertThrows(SQLException.class, rs::beforeFirst);
        assertThrows(SQLException.class, () -> rs.setFetchDirection(ResultSet.FETCH_REVERSE));
        rs.setFetchDirection(ResultSet.FETCH_FORWARD);
    }

    @Test
    void gettersConvert() throws SQLException {
        RowResultSet rs = rs();
        rs.next();
        assertEquals("one", rs.getString(1));
        assertEquals(1, rs.getInt("n"));
        assertEquals(1L, rs.getLong(2));
        assertEquals((short) 1, rs.getShort(2));
        assertEquals(7, rs.getInt("S"));          // getInt on a Short
        assertEquals(7L, rs.getLong("s"));
        assertEquals("7", rs.getString("S"));     // getString on anything
        assertEquals("10000000000", rs.getString(4));
        assertEquals(1e10, rs.getDouble(4));
        assertEquals(new BigDecimal("10000000000"), rs.getBigDecimal(4));
        assertThrows(SQLException.class, () -> rs.getInt(4)); // out of int range
        assertTrue(rs.getBoolean(5));
        assertEquals("true", rs.getString(5));
        assertEquals(1, rs.getInt(5));
        assertTrue(rs.getBoolean(2));             // 1 -> true
        assertEquals(Short.valueOf((short) 7), rs.getObject(3));
        assertEquals(Integer.valueOf(7), rs.getObject(3, Integer.class));
        assertEquals("7", rs.getObject(3, String.class));
        assertEquals(Long.valueOf(1), rs.getObject("N", Long.class));
        assertFalse(rs.wasNull());
        assertThrows(SQLException.class, () -> rs.getInt(1)); // "one" is not a number
        assertThrows(SQLException.class, () -> rs.getDate(2));
        assertArrayEquals("one".getBytes(java.nio.charset.StandardCharsets.UTF_8), rs.getBytes(1));

        rs.next();
        assertEquals(42, rs.getInt(1));           // numeric string
        assertEquals(0, rs.getInt(2));
        assertTrue(rs.wasNull());
        assertNull(rs.getObject(2));
        assertTrue(rs.wasNull());
        assertNull(rs.getString(3));
        assertFalse(rs.getBoolean(5));
        assertTrue(rs.wasNull());
        assertNull(rs.getObject(4, Long.class));
        assertEquals("42", rs.getString(1));
        assertFalse(rs.wasNull());

        rs.next();
        assertThrows(SQLException.class, () -> rs.getShort(2)); // MAX_VALUE does not fit
        assertEquals(Short.MIN_VALUE, rs.getShort(3));
        assertThrows(SQLException.class, () -> rs.getByte(3));
        assertFalse(rs.getBoolean("B"));
    }

    @Test
    void findColumnIsCaseInsensitive() throws SQLException {
        RowResultSet rs = rs();
        assertEquals(1, rs.findColumn("name"));
        assertEquals(1, rs.findColumn("NaMe"));
        assertEquals(5, rs.findColumn("b"));
        SQLException e = assertThrows(SQLException.class, () -> rs.findColumn("nope"));
        assertEquals("42S22", e.getSQLState());
        assertThrows(SQLException.class, () -> rs.findColumn(null));
    }

    @Test
    void accessErrors() throws SQLException {
        RowResultSet rs = rs();
        assertThrows(SQLException.class, () -> rs.getString(1)); // before first
        rs.next();
        assertEquals("07009", assertThrows(SQLException.class, () -> rs.getString(0)).getSQLState());
        assertThrows(SQLException.class, () -> rs.getString(6));
        rs.close();
        assertTrue(rs.isClosed());
        assertThrows(SQLException.class, rs::next);
        assertThrows(SQLException.class, () -> rs.getString(1));
        rs.close(); // idempotent
    }

    @Test
    void metaData() throws SQLException {
        ResultSetMetaData md = rs().getMetaData();
        assertEquals(5, md.getColumnCount());
        assertEquals("NAME", md.getColumnName(1));
        assertEquals("NAME", md.getColumnLabel(1));
        assertEquals(Types.VARCHAR, md.getColumnType(1));
        assertEquals("VARCHAR", md.getColumnTypeName(1));
        assertEquals(Types.INTEGER, md.getColumnType(2));
        assertEquals(Types.SMALLINT, md.getColumnType(3));
        assertEquals(Types.BIGINT, md.getColumnType(4));
        assertEquals(Types.BOOLEAN, md.getColumnType(5));
        assertEquals("java.lang.String", md.getColumnClassName(1));
        assertEquals("java.lang.Integer", md.getColumnClassName(2));
        assertEquals("java.lang.Short", md.getColumnClassName(3));
        assertEquals("java.lang.Long", md.getColumnClassName(4));
        assertEquals("java.lang.Boolean", md.getColumnClassName(5));
        assertTrue(md.isReadOnly(1));
        assertFalse(md.isWritable(1));
        assertFalse(md.isAutoIncrement(2));
        assertTrue(md.isSigned(2));
        assertFalse(md.isSigned(1));
        assertEquals(ResultSetMetaData.columnNullable, md.isNullable(1));
        assertThrows(SQLException.class, () -> md.getColumnName(6));
        assertTrue(md.isWrapperFor(ResultSetMetaData.class));
    }

    @Test
    void mutatorsAreNotSupported() throws SQLException {
        RowResultSet rs = rs();
        rs.next();
        assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateString(1, "x"));
        assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateInt("N", 1));
        assertThrows(SQLFeatureNotSupportedException.class, rs::insertRow);
        assertThrows(SQLFeatureNotSupportedException.class, rs::deleteRow);
        assertThrows(SQLFeatureNotSupportedException.class, rs::updateRow);
        assertThrows(SQLFeatureNotSupportedException.class, rs::moveToInsertRow);
        assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateNull(1));
        assertThrows(SQLFeatureNotSupportedException.class, () -> rs.getBlob(1));
        assertThrows(SQLFeatureNotSupportedException.class, rs::getCursorName);
        assertFalse(rs.rowUpdated());
        assertFalse(rs.rowDeleted());
        assertFalse(rs.rowInserted());
    }

    @Test
    void statementIsNullAndWrapperWorks() throws SQLException {
        RowResultSet rs = rs();
        assertNull(rs.getStatement());
        assertTrue(rs.isWrapperFor(ResultSet.class));
        assertTrue(rs.isWrapperFor(RowResultSet.class));
        assertSame(rs, rs.unwrap(RowResultSet.class));
        assertFalse(rs.isWrapperFor(String.class));
        assertThrows(SQLException.class, () -> rs.unwrap(String.class));
        assertNull(rs.getWarnings());
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"a"});
        assertThrows(IllegalArgumentException.class, () -> new RowResultSet(COLS, rows));
    }

    @Test
    void emptyResult() throws SQLException {
        RowResultSet rs = RowResultSet.empty(COLS);
        assertFalse(rs.isBeforeFirst());
        assertFalse(rs.next());
        assertFalse(rs.isAfterLast());
        assertEquals(5, rs.getMetaData().getColumnCount());
    }
}
