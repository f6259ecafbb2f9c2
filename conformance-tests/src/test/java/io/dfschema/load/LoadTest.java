package io.dfschema.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dfschema.benchmarks.tpch.TpchData;
import io.dfschema.benchmarks.tpch.TpchQueries;
import io.dfschema.engine.NativeStats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test: 64 threads, each on its own connection of a 64-connection HikariCP pool, run the
 * {@link TpchQueries#LOAD_TEST} queries round-robin (each thread starting at a different query) for
 * {@code -Dload.seconds} over TPC-H data at {@code -Dtpch.sf} (CI: 20 s at SF 0.01; docs/hardening.md
 * reports SF 0.1). Every answer must equal the one a single connection computed before the load; no
 * query may fail; and after the pool closes no native session, plan or stream is left.
 */
class LoadTest {
    static final int CONNECTIONS = 64;
    /** What the native heap may differ by afterwards: allocator-level noise (as in SoakTest). */
    static final long HEAP_TOLERANCE = 512L * 1024;

    @Test
    void sixtyFourConnectionsRunTpchQueriesWithTheSingleConnectionAnswers(@TempDir Path tmp) throws Exception {
        double scale = Double.parseDouble(System.getProperty("tpch.sf", "0.01"));
        int seconds = Integer.getInteger("load.seconds", 20);
        Path data = TpchData.at(scale);
        Path init = tmp.resolve("tpch.sql");
        Files.writeString(init, TpchData.initScript(data));
        String url = "jdbc:dfschema:?init=" + URLEncoder.encode(init.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        Map<String, String> queries = new TreeMap<>(TpchQueries.at(scale));
        queries.keySet().retainAll(TpchQueries.LOAD_TEST);
        NativeStats start = NativeStats.read();

        Map<String, List<List<String>>> expected = new TreeMap<>();
        Map<String, Double> singleSeconds = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url)) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                long t0 = System.nanoTime();
                List<List<String>> rows = rows(c, q.getValue());
                singleSeconds.put(q.getKey(), (System.nanoTime() - t0) / 1e9);
                assertFalse(rows.isEmpty(), q.getKey() + " returned no rows at scale " + scale);
                expected.put(q.getKey(), rows);
            }
        }

        List<String> names = new ArrayList<>(queries.keySet());
        Map<String, LongAdder> done = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        HikariConfig cfg = new HikariConfig();
        cfg.setDriverClassName("io.dfschema.jdbc.DfSchemaDriver");
        cfg.setJdbcUrl(url);
        cfg.setPoolName("dfschema-tpch");
        cfg.setMaximumPoolSize(CONNECTIONS);
        cfg.setMinimumIdle(CONNECTIONS);
        cfg.setConnectionTimeout(120_000);
        cfg.setRegisterMbeans(false);
        long began;
        double elapsed;
        try (HikariDataSource ds = new HikariDataSource(cfg)) {
            List<Thread> threads = new ArrayList<>();
            began = System.nanoTime();
            long deadline = began + TimeUnit.SECONDS.toNanos(seconds);
            for (int i = 0; i < CONNECTIONS; i++) {
                int first = i;
                Thread t = new Thread(() -> {
                    try (Connection c = ds.getConnection()) {
                        for (int n = first; System.nanoTime() < deadline; n++) {
                            String q = names.get(n % names.size());
                            List<List<String>> got = rows(c, queries.get(q));
                            if (!got.equals(expected.get(q))) {
                                problems.add(q + " on " + Thread.currentThread().getName() + ": " + got);
                            }
                            done.computeIfAbsent(q, k -> new LongAdder()).increment();
                        }
                    } catch (SQLException | RuntimeException e) {
                        problems.add(Thread.currentThread().getName() + ": " + e);
                    }
                }, "tpch-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(seconds + 600L));
                if (t.isAlive()) {
                    problems.add(t.getName() + " still running 600 s after the deadline");
                }
            }
            elapsed = (System.nanoTime() - began) / 1e9;
        }
        NativeStats after = settled(start);

        long total = done.values().stream().mapToLong(LongAdder::sum).sum();
        StringBuilder report = new StringBuilder(String.format(
                "load: TPC-H SF %s, %d connections, %d s bound, %.1f s elapsed, %d queries, %.2f queries/s%n",
                scale, CONNECTIONS, seconds, elapsed, total, total / elapsed));
        for (String q : names) {
            report.append(String.format("  %s  %6d runs  single-connection %.3f s%n", q,
                    done.getOrDefault(q, new LongAdder()).sum(), singleSeconds.get(q)));
        }
        report.append("  native before: ").append(start).append("\n  native after:  ").append(after).append('\n');
        problems.stream().limit(10).forEach(p -> report.append("  PROBLEM ").append(p).append('\n'));
        System.out.println(report);
        Files.writeString(Path.of("target", "load-report.txt"), report);

        assertTrue(problems.isEmpty(), report.toString());
        assertTrue(total >= CONNECTIONS, "every connection finished at least one query\n" + report);
        assertEquals(start.sessions(), after.sessions(), report.toString());
        assertEquals(0, after.plans(), report.toString());
        assertEquals(0, after.streams(), report.toString());
        assertEquals(0, after.cancelTokens(), report.toString());
        assertTrue(after.heapBytes() - start.heapBytes() < HEAP_TOLERANCE, "native heap not back:\n" + report);
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<String>> out = new ArrayList<>();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(Arrays.asList(row));
            }
            return out;
        }
    }

    private static NativeStats settled(NativeStats start) throws InterruptedException {
        NativeStats now = NativeStats.read();
        for (int i = 0; i < 200 && (now.sessions() != start.sessions() || now.streams() != 0 || now.plans() != 0
                || now.cancelTokens() != 0 || now.heapBytes() - start.heapBytes() >= HEAP_TOLERANCE); i++) {
            Thread.sleep(100);
            now = NativeStats.read();
        }
        return now;
    }
}
