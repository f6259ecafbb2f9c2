package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementExecutionTest {

    @Test
    void ddlAndDmlReportCounts(@TempDir Path dir) throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            assertFalse(st.execute("CREATE TABLE t (id BIGINT, name VARCHAR)"));
            assertEquals(0, st.getUpdateCount());
            assertNull(st.getResultSet());
            assertEquals(3, st.executeUpdate("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, NULL)"));
            assertEquals(2L, st.executeLargeUpdate("INSERT INTO t SELECT id + 10, name FROM t WHERE id < 3"));
            assertEquals(0, st.executeUpdate("CREATE VIEW v AS SELECT id FROM t WHERE name IS NOT NULL"));
            assertEquals(List.of("1", "2", "11", "12"), Db.column(c, "SELECT id FROM v ORDER BY id"));

            Path out = dir.resolve("t.parquet");
            assertEquals(5, st.executeUpdate("COPY t TO '" + out + "' STORED AS PARQUET"));
            assertTrue(Files.size(out) > 0);
            st.execute("CREATE EXTERNAL TABLE p STORED AS PARQUET LOCATION '" + out + "'");
            assertEquals("5", Db.one(c, "SELECT count(*) FROM p"));

            Path csv = dir.resolve("t.csv");
            assertEquals(5, st.executeUpdate("COPY (SELECT * FROM t ORDER BY id) TO '" + csv + "' STORED AS CSV"));
            st.execute("CREATE EXTERNAL TABLE c STORED AS CSV LOCATION '" + csv + "' OPTIONS ('format.has_header' 'true')");
            assertEquals("a", Db.one(c, "SELECT name FROM c WHERE id = 1"));

            Path json = dir.resolve("t.json");
            st.executeUpdate("COPY t TO '" + json + "' STORED AS JSON");
            st.execute("CREATE EXTERNAL TABLE j STORED AS JSON LOCATION '" + json + "'");
            assertEquals("5", Db.one(c, "SELECT count(*) FROM j"));

            assertEquals(0, st.executeUpdate("DROP VIEW v"));
            assertEquals(0, st.executeUpdate("DROP TABLE p"));
            assertEquals("42P01", assertThrows(SQLException.class, () -> Db.one(c, "SELECT * FROM p")).getSQLState());
        }
    }

    /**
     * A query run again with the same text reuses its optimized plan while the connection runs no DDL or SET:
     * each run must still see the rows inserted since, a table made again, a changed setting and its own now().
     */
    @Test
    void aRepeatedQuerySeesWhatChangedSinceItsLastRun() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE r (id BIGINT)");
            String filtered = "SELECT count(*) FROM r WHERE id > 0";
            String all = "SELECT count(*) FROM r";
            for (int i = 0; i < 2; i++) {
                assertEquals("0", single(st, filtered));
                assertEquals("0", single(st, all));
            }
            st.executeUpdate("INSERT INTO r VALUES (1), (2)");
            assertEquals("2", single(st, filtered));
            assertEquals("2", single(st, all));
            st.execute("DROP TABLE r");
            st.execute("CREATE TABLE r AS SELECT CAST(5 AS BIGINT) AS id");
            assertEquals("1", single(st, all));

            String setting = "SELECT value FROM information_schema.df_settings WHERE name = 'datafusion.execution.batch_size'";
            assertEquals(single(st, setting), single(st, setting));
            st.execute("SET datafusion.execution.batch_size = 1234");
            assertEquals("1234", single(st, setting));

            String now = "SELECT CAST(now() AS VARCHAR)";
            String first = single(st, now);
            Thread.sleep(20);
            assertFalse(first.equals(single(st, now)), "now() of the first run came back: " + first);
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next());
            String value = rs.getString(1);
            assertFalse(rs.next());
            return value;
        }
    }

    @Test
    void setAndShowSettings() throws SQLException {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            assertFalse(st.execute("SET datafusion.execution.batch_size = 100"));
            try (ResultSet rs = st.executeQuery("SHOW datafusion.execution.batch_size")) {
                assertTrue(rs.next());
                assertEquals("datafusion.execution.batch_size", rs.getString(1));
                assertEquals("100", rs.getString(2));
            }
        }
    }

    @Test
    void executeQueryAndExecuteUpdateRefuseTheWrongKind() throws SQLException {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeQuery("CREATE TABLE t(a INT)"));
            assertEquals("02000", e.getSQLState());
            assertThrows(SQLException.class, () -> Db.one(c, "SELECT * FROM t"), "refused DDL must not run");
            assertThrows(SQLException.class, () -> st.executeUpdate("SELECT 1"));
        }
    }

    @Test
    void executeReturnsRowsAndStreamsThem() throws SQLException {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            assertTrue(st.execute("SELECT * FROM generate_series(1, 10) AS t(v)"));
            assertEquals(-1, st.getUpdateCount());
            ResultSet rs = st.getResultSet();
            long sum = 0;
            while (rs.next()) {
                sum += rs.getLong(1);
            }
            assertEquals(55, sum);
            assertFalse(st.getMoreResults());
            assertTrue(rs.isClosed());
            assertEquals(-1, st.getUpdateCount());
        }
    }

    @Test
    void fetchSizeBoundsBatchesAndMaxRowsBoundsRows() throws SQLException {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            st.setFetchSize(7);
            st.setMaxRows(20);
            try (ResultSet rs = st.executeQuery("SELECT value FROM generate_series(1, 1000)")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    assertEquals(n, rs.getInt(1));
                }
                assertEquals(20, n);
            }
        }
    }

    @Test
    void statementBatch() throws SQLException {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(a INT)");
            st.addBatch("INSERT INTO t VALUES (1)");
            st.addBatch("INSERT INTO t VALUES (2), (3)");
            assertEquals(List.of(1, 2), java.util.Arrays.stream(st.executeBatch()).boxed().toList());
            st.addBatch("INSERT INTO t VALUES (4)");
            st.addBatch("INSERT INTO nope VALUES (5)");
            java.sql.BatchUpdateException e = assertThrows(java.sql.BatchUpdateException.class, st::executeBatch);
            assertEquals(1, e.getUpdateCounts().length);
            assertEquals("4", Db.one(c, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void resultSetAfterEndAndClosedUse() throws SQLException {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT 1 AS one");
            assertEquals(1, rs.findColumn("ONE"));
            assertThrows(SQLException.class, () -> rs.getInt(1), "before first row");
            assertTrue(rs.next());
            assertEquals(1, rs.getInt("one"));
            assertEquals("07009", assertThrows(SQLException.class, () -> rs.getInt(2)).getSQLState());
            assertFalse(rs.next());
            assertFalse(rs.next());
            rs.close();
            assertThrows(SQLException.class, rs::next);
            st.close();
            assertThrows(SQLException.class, () -> st.executeQuery("SELECT 1"));
        }
    }
}
