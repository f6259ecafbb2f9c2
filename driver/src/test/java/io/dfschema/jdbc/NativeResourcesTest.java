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
        warmUp();
        NativeStats before = NativeStats.read();
        for (int round = 0; round < 3; round++) {
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
        NativeStats after = NativeStats.read();
        assertEquals(before.sessions(), after.sessions(), after.toString());
        assertEquals(0, after.plans(), after.toString());
        assertEquals(0, after.streams(), after.toString());
        assertEquals(0, after.cancelTokens(), after.toString());
        long grown = after.heapBytes() - before.heapBytes();
        // Three rounds each materialised ~20 MB; what stays is allocator noise and caches.
        assertTrue(grown < 2L * 1024 * 1024, "native heap grew by " + grown + " bytes: " + after);
    }

    private static void warmUp() throws Exception {
        try (Connection c = Db.connect()) {
            Db.exec(c, "CREATE TABLE w AS SELECT value FROM generate_series(1, 1000)");
            Db.column(c, "SELECT * FROM w ORDER BY value");
        }
    }
}
