package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CancelAndTimeoutTest {
    /** An aggregate over ten billion rows: runs for minutes unless stopped. */
    private static final String ENDLESS = "SELECT sum(value) FROM generate_series(1, 10000000000)";

    @Test
    void cancelFromAnotherThreadStopsABlockedFetchWithin100ms() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(ENDLESS);
            long[] cancelledAt = new long[1];
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                sleep(500);
                cancelledAt[0] = System.nanoTime();
                try {
                    st.cancel();
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            });
            SQLException e = assertThrows(SQLException.class, rs::next);
            long stoppedAt = System.nanoTime();
            canceller.get(5, TimeUnit.SECONDS);
            assertEquals("57014", e.getSQLState(), e.getMessage());
            long millis = TimeUnit.NANOSECONDS.toMillis(stoppedAt - cancelledAt[0]);
            // A bound that catches a cancel that does not reach the engine, not a speed target (a loaded CI
            // machine must not fail it).
            assertTrue(millis < 2000, "cancel took " + millis + " ms");
            rs.close();
            // the statement and connection remain usable
            try (ResultSet again = st.executeQuery("SELECT 5")) {
                assertTrue(again.next());
                assertEquals(5, again.getInt(1));
            }
        }
        assertEquals(0, NativeStats.read().streams(), "cancelled stream must be freed");
    }

    /**
     * A cancel that lands while the query is still being planned stops it: the run that follows resets the
     * token for itself, and must apply the cancel again (the soak found it lost, the query ran for hours).
     * The test steps through executeQuery's two phases with the cancel between them, where the soak's
     * timer thread landed.
     */
    @Test
    void aCancelDuringPlanningStopsTheRunThatFollows() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            DfSchemaStatement s = st.unwrap(DfSchemaStatement.class);
            s.beginExecution();
            try (var plan = s.plan(ENDLESS)) {
                st.cancel();
                SQLException e = assertThrows(SQLException.class, () -> {
                    s.run(plan, null, DfSchemaStatement.Expect.ROWS);
                    try (ResultSet rs = s.getResultSet()) {
                        rs.next();
                    }
                });
                assertEquals("57014", e.getSQLState(), e.getMessage());
            }
            // A cancel belongs to its execution: the next one runs, and a cancel while nothing runs is a no-op.
            st.cancel();
            try (ResultSet again = st.executeQuery("SELECT 5")) {
                assertTrue(again.next());
                assertEquals(5, again.getInt(1));
            }
        }
        assertEquals(0, NativeStats.read().streams(), "cancelled stream must be freed");
    }

    @Test
    void queryTimeoutStopsExecution() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            st.setQueryTimeout(1);
            long start = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, () -> {
                try (ResultSet rs = st.executeQuery(ENDLESS)) {
                    rs.next();
                }
            });
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertInstanceOf(SQLTimeoutException.class, e);
            assertEquals("57014", e.getSQLState());
            // Fired by the timeout (not before it), and not left hanging; the bound leaves room for a loaded machine.
            assertTrue(millis >= 900 && millis < 5000, "timeout fired after " + millis + " ms");
        }
    }

    @Test
    void closingAStatementFromAnotherThreadInterruptsIt() throws Exception {
        try (Connection c = Db.connect()) {
            Statement st = c.createStatement();
            ResultSet rs = st.executeQuery(ENDLESS);
            CompletableFuture<Void> closer = CompletableFuture.runAsync(() -> {
                sleep(300);
                try {
                    st.close();
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            });
            assertThrows(SQLException.class, rs::next);
            closer.get(5, TimeUnit.SECONDS);
            assertTrue(st.isClosed());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
