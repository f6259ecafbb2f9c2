package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PreparedStatementTest {

    private static Connection withTable() throws SQLException {
        Connection c = Db.connect();
        Db.exec(c, "CREATE TABLE t (id BIGINT, name VARCHAR, price DECIMAL(10,2), flag BOOLEAN, "
                + "d DATE, ts TIMESTAMP, score DOUBLE, small SMALLINT, raw BYTEA)");
        return c;
    }

    @Test
    void metadataIsKnownBeforeExecution() throws SQLException {
        try (Connection c = withTable();
             PreparedStatement ps = c.prepareStatement("SELECT id, name FROM t WHERE id > ? AND name = ?")) {
            ResultSetMetaData md = ps.getMetaData();
            assertEquals(2, md.getColumnCount());
            assertEquals("id", md.getColumnLabel(1));
            assertEquals(Types.BIGINT, md.getColumnType(1));
            assertEquals("name", md.getColumnLabel(2));
            ParameterMetaData pmd = ps.getParameterMetaData();
            assertEquals(2, pmd.getParameterCount());
            assertEquals(Types.BIGINT, pmd.getParameterType(1));
            assertEquals(Types.VARCHAR, pmd.getParameterType(2));
            assertEquals(ParameterMetaData.parameterModeIn, pmd.getParameterMode(1));
        }
    }

    @Test
    void everySetterRoundTrips() throws SQLException {
        try (Connection c = withTable();
             PreparedStatement ins = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, 1);
            ins.setString(2, "it's \"quoted\" ?");
            ins.setBigDecimal(3, new BigDecimal("12.34"));
            ins.setBoolean(4, true);
            ins.setDate(5, Date.valueOf("2024-02-29"));
            ins.setTimestamp(6, Timestamp.valueOf("2024-02-29 13:14:15.123456"));
            ins.setDouble(7, -0.5);
            ins.setShort(8, (short) 7);
            ins.setBytes(9, new byte[] {1, 2, (byte) 0xff});
            assertEquals(1, ins.executeUpdate());

            ins.setInt(1, 2);
            ins.setNull(2, Types.VARCHAR);
            ins.setObject(3, 5, Types.DECIMAL);
            ins.setObject(4, "false", Types.BOOLEAN);
            ins.setObject(5, LocalDate.of(1999, 12, 31));
            ins.setObject(6, LocalDateTime.of(2000, 1, 1, 0, 0));
            ins.setFloat(7, 1.5f);
            ins.setByte(8, (byte) -1);
            ins.setNull(9, Types.VARBINARY);
            assertEquals(1, ins.executeUpdate());

            try (PreparedStatement q = c.prepareStatement("SELECT * FROM t WHERE id = ?")) {
                q.setLong(1, 1);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("it's \"quoted\" ?", rs.getString("name"));
                    assertEquals(new BigDecimal("12.34"), rs.getBigDecimal("price"));
                    assertTrue(rs.getBoolean("flag"));
                    assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("d", LocalDate.class));
                    assertEquals(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123456000), rs.getObject("ts", LocalDateTime.class));
                    assertEquals(-0.5, rs.getDouble("score"));
                    assertEquals(7, rs.getShort("small"));
                    assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, rs.getBytes("raw"));
                    assertFalse(rs.next());
                }
                q.setLong(1, 2);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(null, rs.getString("name"));
                    assertTrue(rs.wasNull());
                    assertEquals(new BigDecimal("5.00"), rs.getBigDecimal("price"));
                    assertFalse(rs.getBoolean("flag"));
                    assertEquals(-1, rs.getByte("small"));
                    assertEquals(null, rs.getBytes("raw"));
                }
            }
        }
    }

    @Test
    void batchesRunEachParameterSet() throws SQLException {
        try (Connection c = withTable(); PreparedStatement ps = c.prepareStatement("INSERT INTO t (id, name) VALUES (?, ?)")) {
            for (int i = 0; i < 5; i++) {
                ps.setInt(1, i);
                ps.setString(2, "n" + i);
                ps.addBatch();
            }
            assertArrayEquals(new int[] {1, 1, 1, 1, 1}, ps.executeBatch());
            assertEquals("5", Db.one(c, "SELECT count(*) FROM t"));
            assertEquals("n3", Db.one(c, "SELECT name FROM t WHERE id = 3"));
        }
    }

    @Test
    void missingAndOutOfRangeParametersAreNamed() throws SQLException {
        try (Connection c = withTable(); PreparedStatement ps = c.prepareStatement("SELECT * FROM t WHERE id = ? OR id = ?")) {
            ps.setInt(1, 1);
            SQLException missing = assertThrows(SQLException.class, ps::executeQuery);
            assertEquals("07002", missing.getSQLState());
            assertTrue(missing.getMessage().contains("parameter 2"), missing.getMessage());
            assertEquals("07009", assertThrows(SQLException.class, () -> ps.setInt(3, 1)).getSQLState());
            ps.setString(2, "not a number");
            SQLException bad = assertThrows(SQLException.class, ps::executeQuery);
            assertEquals("22018", bad.getSQLState(), bad.getMessage());
        }
    }

    @Test
    void questionMarksInLiteralsAndCommentsAreNotParameters() throws SQLException {
        try (Connection c = Db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT '?' AS q, \"x?\" FROM (SELECT ? AS \"x?\") -- ?\n")) {
            assertEquals(1, ps.getParameterMetaData().getParameterCount());
            ps.setString(1, "v");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("?", rs.getString(1));
                assertEquals("v", rs.getString(2));
            }
        }
    }

    @Test
    void planIsRefreshedAfterDdl() throws SQLException {
        try (Connection c = Db.connect()) {
            Db.exec(c, "CREATE TABLE r AS VALUES (1)");
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM r")) {
                assertEquals(1, count(ps));
                Db.exec(c, "DROP TABLE r");
                Db.exec(c, "CREATE TABLE r AS VALUES (1), (2), (3)");
                assertEquals(3, count(ps));
            }
        }
    }

    /**
     * Later runs of a prepared query reuse the plan its first run optimized (only new values are bound): they
     * must still see rows inserted since, the values of each run, and the time of each run (the optimizer
     * would fold {@code now()} into the first run's time, so such a plan is optimized every run).
     */
    @Test
    void laterRunsSeeNewRowsNewValuesAndTheirOwnTime() throws Exception {
        try (Connection c = Db.connect()) {
            Db.exec(c, "CREATE TABLE k (id BIGINT, name VARCHAR)");
            Db.exec(c, "INSERT INTO k VALUES (1, 'one'), (2, 'two')");
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM k WHERE id = ?")) {
                for (int i = 0; i < 3; i++) {
                    ps.setLong(1, 1);
                    assertEquals("one", single(ps));
                    ps.setInt(1, 2);
                    assertEquals("two", single(ps));
                }
                Db.exec(c, "INSERT INTO k VALUES (3, 'three')");
                ps.setLong(1, 3);
                assertEquals("three", single(ps));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT CAST(now() AS VARCHAR) FROM k WHERE id = ?")) {
                ps.setLong(1, 1);
                String first = single(ps);
                Thread.sleep(20);
                assertFalse(first.equals(single(ps)), "now() of the first run came back: " + first);
            }
        }
    }

    private static String single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            String value = rs.getString(1);
            assertFalse(rs.next());
            return value;
        }
    }

    @Test
    void timeParameters() throws SQLException {
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS TIME)")) {
            ps.setObject(1, LocalTime.of(9, 32, 5, 123_000_000));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(LocalTime.of(9, 32, 5, 123_000_000), rs.getObject(1, LocalTime.class));
            }
        }
    }

    private static long count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
