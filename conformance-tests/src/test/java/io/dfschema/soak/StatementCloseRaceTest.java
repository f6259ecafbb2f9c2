package io.dfschema.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dfschema.engine.NativeStats;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The soak's 10-minute run found Statement.executeQuery returning null (8 times in 6,181 close races):
 * a close() from another thread took the result between the query starting and executeQuery returning
 * it, and HikariCP's proxy then failed with a NullPointerException. Closing a statement while
 * executeQuery runs must end that call with a result set or an SQLException, never null. Writing this
 * test found a second race: a close() landing just before the execute reset its cancel token was lost,
 * and the query ran on for hours under a closed statement; the timeout turns such a hang into a failure.
 */
class StatementCloseRaceTest {

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void closingAStatementWhileExecuteQueryRunsNeverYieldsANullResult() throws Exception {
        Random r = new Random(20261203L);
        int failures = 0;
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:")) {
            for (int i = 0; i < 2_000; i++) {
                Statement st = c.createStatement();
                long delay = r.nextInt(400_000);
                CompletableFuture<Void> closer = CompletableFuture.runAsync(() -> {
                    LockSupport.parkNanos(delay);
                    try {
                        st.close();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                try {
                    ResultSet rs = st.executeQuery(SoakOperation.LONG_QUERY);
                    assertNotNull(rs, "executeQuery returned null after a concurrent close (delay " + delay + " ns)");
                    rs.next(); // the close cancels the query: this throws
                } catch (SQLException expected) {
                    assertNotNull(expected.getSQLState(), expected.toString());
                    failures++;
                }
                closer.get(30, TimeUnit.SECONDS);
            }
        }
        assertEquals(2_000, failures, "every raced query ends in an SQLException");
        NativeStats after = NativeStats.read();
        assertEquals(0, after.streams(), "streams left after the races: " + after);
        assertEquals(0, after.sessions(), "sessions left after the races: " + after);
    }
}
