package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memory_limit} bounds the native memory of a connection's queries: a sort larger than the limit
 * spills to {@code temp_directory} and returns the right rows; a hash join whose build side does not fit
 * fails with 53200 and the connection runs the next query.
 */
class MemoryLimitTest {
    private static final int ROWS = 300_000;
    /** About 100 bytes a row: some 30 MB of strings, more as Arrow batches, to sort under a 32 MB limit. */
    private static final String BIG_SORT = "SELECT value, repeat('x', 90) || CAST(value AS VARCHAR) AS pad"
            + " FROM generate_series(1, " + ROWS + ") ORDER BY pad DESC, value DESC";

    static Connection limited(String limit, Path tempDir) throws SQLException {
        Properties p = new Properties();
        // One partition: the sort's share of the pool is then the whole limit less its merge reserve.
        p.setProperty("datafusion.execution.target_partitions", "1");
        p.setProperty("memory_limit", limit);
        if (tempDir != null) {
            p.setProperty("temp_directory", tempDir.toString());
        }
        return DriverManager.getConnection("jdbc:dfschema:", p);
    }

    @Test
    void aSortLargerThanTheLimitSpillsAndReturnsEveryRowInOrder(@TempDir Path spill) throws Exception {
        try (Connection c = limited("32MB", spill); Statement st = c.createStatement()) {
            st.setFetchSize(4096);
            long rows = 0;
            String previous = null;
            try (ResultSet rs = st.executeQuery(BIG_SORT)) {
                while (rs.next()) {
                    String pad = rs.getString(2);
                    if (previous != null) {
                        assertTrue(previous.compareTo(pad) >= 0, "descending order broken at row " + rows);
                    }
                    previous = pad;
                    rows++;
                }
            }
            assertEquals(ROWS, rows);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery("EXPLAIN ANALYZE " + BIG_SORT)) {
                while (rs.next()) {
                    plan.append(rs.getString(2)).append('\n');
                }
            }
            Matcher spills = Pattern.compile("spill_count=(\\d+)").matcher(plan);
            long spilled = 0;
            while (spills.find()) {
                spilled += Long.parseLong(spills.group(1));
            }
            assertTrue(spilled > 0, "the sort must have spilled: " + plan);
        }
        try (var left = Files.list(spill)) {
            assertEquals(0, left.flatMap(MemoryLimitTest::filesUnder).count(), "spill files are removed after the query");
        }
    }

    private static java.util.stream.Stream<Path> filesUnder(Path p) {
        try {
            return Files.isDirectory(p) ? Files.walk(p).filter(Files::isRegularFile) : java.util.stream.Stream.of(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aJoinThatDoesNotFitFailsWith53200AndTheConnectionCarriesOn(@TempDir Path spill) throws SQLException {
        try (Connection c = limited("8M", spill)) {
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c,
                    "SELECT count(*) FROM generate_series(1, 2000000) a JOIN generate_series(1, 2000000) b"
                            + " ON a.value = b.value"));
            assertEquals("53200", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("memory_limit"), e.getMessage());
            assertEquals("500000500000", Db.one(c, "SELECT sum(value) FROM generate_series(1, 1000000)"));
            assertEquals("1000", Db.one(c,
                    "SELECT count(*) FROM generate_series(1, 1000) a JOIN generate_series(1, 1000) b ON a.value = b.value"));
        }
    }

    @Test
    void sqlCannotRaiseTheLimit() throws SQLException {
        try (Connection c = limited("64MB", null)) {
            for (String sql : new String[] {"SET datafusion.runtime.memory_limit = '10G'",
                "RESET datafusion.runtime.memory_limit", "SET datafusion.runtime.max_temp_directory_size = '1T'"}) {
                SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, sql), sql);
                assertEquals("42501", e.getSQLState(), sql);
            }
        }
    }

    @Test
    void badSizesAndFoldersFailTheConnectionByName(@TempDir Path dir) {
        SQLException size = assertThrows(SQLException.class, () -> limited("12XB", null).close());
        assertEquals("22023", size.getSQLState(), size.getMessage());
        assertTrue(size.getMessage().contains("memory_limit '12XB'"), size.getMessage());
        SQLException folder = assertThrows(SQLException.class, () -> limited("1G", dir.resolve("missing")).close());
        assertEquals("22023", folder.getSQLState(), folder.getMessage());
        assertTrue(folder.getMessage().contains("temp_directory"), folder.getMessage());
    }

    @Test
    void sizesAreWrittenWithOrWithoutB() throws SQLException {
        for (String size : new String[] {"512MB", "512M", "2GB", "2G", "1.5g", "1073741824"}) {
            try (Connection c = limited(size, null)) {
                assertEquals("1", Db.one(c, "SELECT 1"), size);
            }
        }
    }
}
