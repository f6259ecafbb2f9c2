package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A Rust panic in the middle of query execution, on an engine thread and inside DataFusion's own tasks,
 * reaches JDBC as an SQLException (XX000) carrying the panic's message; the connection, its other
 * statements and the native runtime carry on, and nothing native is left behind.
 */
class NativeFaultTest {

    private static Connection withPanicFunction() throws SQLException {
        Connection c = Db.connect();
        NativeStats.debugAddPanicFunction(c.unwrap(DfSchemaConnection.class).session());
        return c;
    }

    @Test
    void aPanicWhileAQueryRunsIsAnSqlException() throws SQLException {
        try (Connection c = withPanicFunction()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> Db.column(c, "SELECT dfschema_debug_panic('boom ' || CAST(value AS VARCHAR)) FROM generate_series(1, 3)"));
            assertEquals("XX000", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("boom 1"), e.getMessage());
            assertEquals("6", Db.one(c, "SELECT sum(value) FROM generate_series(1, 3)"));
        }
    }

    @Test
    void aPanicInsideRepartitionedAggregationIsAnSqlException() throws SQLException {
        try (Connection c = withPanicFunction()) {
            Db.exec(c, "SET datafusion.execution.target_partitions = 4");
            String sql = "SELECT k, count(*) FROM (SELECT value % 7 AS k, value FROM generate_series(1, 200000)) "
                    + "GROUP BY k HAVING max(CASE WHEN k = 3 THEN dfschema_debug_panic('in a partition') ELSE 'x' END) <> ''";
            SQLException e = assertThrows(SQLException.class, () -> Db.column(c, sql));
            assertEquals("XX000", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("in a partition"), e.getMessage());
            assertEquals("7", Db.one(c, "SELECT count(DISTINCT value % 7) FROM generate_series(1, 200000)"));
        }
    }

    @Test
    void aPreparedStatementThatPanicsCanRunAgainWithOtherValues() throws SQLException {
        try (Connection c = withPanicFunction();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT CASE WHEN ? > 0 THEN dfschema_debug_panic('positive') ELSE 'fine' END")) {
            ps.setInt(1, 1);
            SQLException e = assertThrows(SQLException.class, () -> {
                try (var rs = ps.executeQuery()) {
                    rs.next();
                }
            });
            assertEquals("XX000", e.getSQLState());
            ps.setInt(1, 0);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("fine", rs.getString(1));
            }
        }
        assertEquals(0, NativeStats.read().streams(), "the failed streams were freed");
    }
}
