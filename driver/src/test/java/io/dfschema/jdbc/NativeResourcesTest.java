package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Closing everything on the Java side leaves no native sessions, plans, streams or
 * cancel tokens, and returns the native heap to where it was.
 */
class NativeResourcesTest {

    @Test
    void closingEverythingFreesAllNativeObjectsAndBytes() throws Exception {
        // The first rounds fill process-wide, size-bounded state (runtime threads, function
        // registries, caches: about 9 MB, measured); later rounds must return every byte.
        oneRound();
        oneRound();
        NativeStats before = NativeStats.read();
        for (int round = 0; round < 5; round++) {
            oneRound();
        }
        NativeStats after = settled(before.heapBytes());
        assertEquals(before.sessions(), after.sessions(), after.toString());
        assertEquals(0, after.plans(), after.toString());
        assertEquals(0, after.streams(), after.toString());
        assertEquals(0, after.cancelTokens(), after.toString());
        long grown = after.heapBytes() - before.heapBytes();
        // Each round materialises ~20 MB natively; what may stay is allocator-level noise.
        assertTrue(grown < 512L * 1024, "native heap grew by " + grown + " bytes over 5 rounds: " + after);
    }

    /** The session keeps the query a Statement ran last for running it again; a DROP TABLE must still free the rows it read. */
    @Test
    void droppingATableAQueryReadLastFreesItsRows() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            long before = 0;
            // The first round fills process-wide state (see above); the second is measured.
            for (int rows : new int[] {10, 300000}) {
                before = NativeStats.read().heapBytes();
                st.execute("CREATE TABLE big AS SELECT value, 'row ' || value AS label FROM generate_series(1, " + rows + ")");
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM big WHERE value > 0")) {
                    rs.next();
                    assertEquals(rows, rs.getLong(1));
                }
                st.execute("DROP TABLE big");
            }
            long kept = settled(before).heapBytes() - before;
            assertTrue(kept < 1L << 20, "native heap kept " + kept + " bytes after the DROP");
        }
    }

    /**
     * Aborted engine tasks finish dropping their buffers on the runtime's threads shortly
     * after the stream is closed; wait (bounded) for the heap to come back.
     */
    private static NativeStats settled(long target) throws InterruptedException {
        NativeStats now = NativeStats.read();
        for (int i = 0; i < 50 && now.heapBytes() - target >= 512L * 1024; i++) {
            Thread.sleep(100);
            now = NativeStats.read();
        }
        return now;
    }

    private static void oneRound() throws Exception {
        {
            Connection c = Db.connect();
            Statement st = c.createStatement();
            st.execute("CREATE TABLE big AS SELECT value, value * 2 AS twice, 'row ' || value AS label "
                    + "FROM generate_series(1, 300000)");
            ResultSet open = st.executeQuery("SELECT * FROM big ORDER BY label DESC");
            open.next(); // leave it mid-stream on purpose
            PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM big WHERE value > ?");
            ps.setLong(1, 10);
            ResultSet counted = ps.executeQuery();
            counted.next();
            assertEquals(299990, counted.getLong(1));
            NativeStats during = NativeStats.read();
            assertTrue(during.streams() >= 1 && during.sessions() >= 1, during.toString());
            c.close(); // closes statements, result sets, plans, tokens, session
        }
    }
}
