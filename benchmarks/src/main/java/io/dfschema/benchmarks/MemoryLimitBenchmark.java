package io.dfschema.benchmarks;

import io.dfschema.engine.NativeStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code memory_limit} costs and saves: one sort of {@code rows} rows of about 100 bytes
 * ({@code ORDER BY} a padded string), read to the end, without a limit and under each limit given (with a
 * fresh {@code temp_directory} to spill to). For each it reports the wall time, the peak native heap above
 * the baseline ({@link NativeStats#heapBytes()} sampled every millisecond while the query runs) and the
 * rows read, which must equal {@code rows}; a query that fails reports its SQLState instead (53200 when
 * the limit was too small for the parts of the sort that cannot spill). {@code --partitions} sets
 * {@code datafusion.execution.target_partitions} (default: the number of cores).
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt) \
 *     io.dfschema.benchmarks.MemoryLimitBenchmark [--rows=2000000] [--limits=256MB,64MB] [--partitions=N]
 * </pre>
 */
public final class MemoryLimitBenchmark {
    private MemoryLimitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = 2_000_000;
        String[] limits = {"256MB", "64MB"};
        String partitions = null;
        for (String a : args) {
            if (a.startsWith("--partitions=")) {
                partitions = a.substring(13);
            }
            if (a.startsWith("--rows=")) {
                rows = Long.parseLong(a.substring(7));
            } else if (a.startsWith("--limits=")) {
                limits = a.substring(9).split(",");
            }
        }
        String sql = "SELECT value, repeat('x', 90) || CAST(value AS VARCHAR) AS pad FROM generate_series(1, " + rows
                + ") ORDER BY pad DESC, value DESC";
        System.out.printf("%-10s %10s %16s %10s%n", "limit", "seconds", "peak native MiB", "rows");
        run("none", null, partitions, sql, rows);
        for (String limit : limits) {
            run(limit, limit, partitions, sql, rows);
        }
    }

    private static void run(String label, String limit, String partitions, String sql, long expected)
            throws Exception {
        Path spill = Files.createTempDirectory("dfschema-spill");
        Properties p = new Properties();
        if (partitions != null) {
            p.setProperty("datafusion.execution.target_partitions", partitions);
        }
        if (limit != null) {
            p.setProperty("memory_limit", limit);
            p.setProperty("temp_directory", spill.toString());
        }
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:", p); Statement st = c.createStatement()) {
            st.setFetchSize(8192);
            long base = NativeStats.read().heapBytes();
            AtomicLong peak = new AtomicLong(base);
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = new Thread(() -> {
                while (!done.get()) {
                    peak.accumulateAndGet(NativeStats.read().heapBytes(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            long n = 0;
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    n++;
                }
            } catch (java.sql.SQLException e) {
                System.out.printf("%-10s %10s %16s %10s%n", label, "-", "-", "failed " + e.getSQLState());
                return;
            } finally {
                done.set(true);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.join();
            if (n != expected) {
                throw new AssertionError("read " + n + " rows, expected " + expected);
            }
            System.out.printf("%-10s %10.2f %16.1f %10d%n", label, seconds, (peak.get() - base) / 1048576.0, n);
        } finally {
            try (var left = Files.walk(spill)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
