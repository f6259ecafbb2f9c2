package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * 200 million rows (1.6 GB of values) pass through a result set while process memory stays
 * flat. Surefire runs this module with -Xmx256m, so RSS growth beyond the Java heap's
 * ceiling plus a margin would mean buffering in the driver or the engine.
 */
class StreamingMemoryTest {
    private static final long ROWS = 200_000_000L;
    private static final long BOUND_BYTES = 384L * 1024 * 1024;
    private static final long NATIVE_BOUND_BYTES = 128L * 1024 * 1024;

    @Test
    void iteratingTwoHundredMillionRowsKeepsMemoryBounded() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM generate_series(1, " + ROWS + ")")) {
            long count = 0;
            long sum = 0;
            long baselineRss = -1;
            long maxRss = 0;
            long maxNative = 0;
            while (rs.next()) {
                sum += rs.getLong(1);
                count++;
                if ((count & ((1 << 22) - 1)) == 0) {
                    long rss = rssBytes();
                    if (baselineRss < 0) {
                        baselineRss = rss;
                    }
                    maxRss = Math.max(maxRss, rss);
                    maxNative = Math.max(maxNative, NativeStats.read().heapBytes());
                }
            }
            assertEquals(ROWS, count);
            assertEquals(ROWS * (ROWS + 1) / 2, sum);
            assertTrue(maxRss - baselineRss < BOUND_BYTES,
                    "RSS grew by " + (maxRss - baselineRss) / (1024 * 1024) + " MiB while streaming");
            assertTrue(maxNative < NATIVE_BOUND_BYTES, "native heap peaked at " + maxNative / (1024 * 1024) + " MiB");
        }
    }

    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }
}
