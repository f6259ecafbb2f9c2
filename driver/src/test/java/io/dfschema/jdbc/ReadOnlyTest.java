package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code read_only=true}: every statement that would change data, the catalog or files fails with 25006. */
class ReadOnlyTest {

    @Test
    void ddlDmlAndCopyAreRefusedWith25006(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "a\n1\n");
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:")) {
            Db.exec(c, "CREATE TABLE t (a INT)");
            Db.exec(c, "INSERT INTO t VALUES (1)");
            Db.exec(c, "CREATE VIEW v AS SELECT a FROM t");
            Db.exec(c, "PREPARE ins(INT) AS INSERT INTO t VALUES ($1)");
            c.setReadOnly(true);
            List<String> refused = List.of(
                    "CREATE TABLE u (a INT)",
                    "CREATE TABLE u AS SELECT 1",
                    "CREATE VIEW w AS SELECT 1",
                    "CREATE SCHEMA s",
                    "CREATE EXTERNAL TABLE e STORED AS CSV LOCATION '" + dir.resolve("a.csv") + "'",
                    "DROP TABLE t",
                    "DROP VIEW v",
                    "INSERT INTO t VALUES (2)",
                    "INSERT INTO t SELECT a + 1 FROM t",
                    "COPY t TO '" + dir.resolve("out.csv") + "' STORED AS CSV",
                    "COPY (SELECT 1) TO '" + dir.resolve("out2.parquet") + "' STORED AS PARQUET",
                    "EXPLAIN ANALYZE INSERT INTO t VALUES (3)",
                    "EXPLAIN ANALYZE COPY (SELECT 1) TO '" + dir.resolve("out3.csv") + "' STORED AS CSV",
                    "EXECUTE ins(4)");
            for (String sql : refused) {
                SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, sql), sql);
                assertEquals("25006", e.getSQLState(), sql + ": " + e.getMessage());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                ps.setInt(1, 5);
                assertEquals("25006", assertThrows(SQLException.class, ps::executeUpdate).getSQLState());
            }
            assertEquals(List.of("1"), Db.column(c, "SELECT a FROM t"), "nothing changed");
            assertEquals(List.of("1"), Db.column(c, "SELECT a FROM v"));
            assertFalse(Files.exists(dir.resolve("out.csv")) || Files.exists(dir.resolve("out3.csv")));
            // Reading, and explaining a change without running it, still work.
            assertFalse(Db.column(c, "EXPLAIN INSERT INTO t VALUES (9)").isEmpty());
            assertFalse(Db.column(c, "EXPLAIN ANALYZE SELECT count(*) FROM t").isEmpty());
            c.setReadOnly(false);
            // EXECUTE yields the count row as a result; reading it runs the insert.
            assertEquals(List.of("1"), Db.column(c, "EXECUTE ins(6)"));
            assertEquals(List.of("1", "6"), Db.column(c, "SELECT a FROM t ORDER BY a"));
        }
    }

    @Test
    void theUrlPropertyStartsTheConnectionReadOnly() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:?read_only=true")) {
            SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, "CREATE TABLE t AS SELECT 1"));
            assertEquals("25006", e.getSQLState());
            assertEquals("2", Db.one(c, "SELECT 1 + 1"));
        }
    }
}
