package io.dfschema.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dfschema.engine.NativeStats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak: 32 threads on a HikariCP pool of 32 connections run a random mix of {@link SoakOperation}s
 * for {@code -Dsoak.seconds} (30 in {@code mvn -B verify}; docs/hardening.md reports a 10-minute run).
 * Afterwards: no unexpected exception, no wrong answer, every operation kind done, and once the pool is
 * closed no native session, plan, stream or cancel token left and the native heap back to the baseline
 * taken after a warm-up round (which fills the engine's process-wide, size-bounded state).
 */
class SoakTest {
    static final int THREADS = 32;
    /** What the native heap may differ by after the run: allocator-level noise, far below one connection's table. */
    static final long HEAP_TOLERANCE = 512L * 1024;

    @Test
    void thirtyTwoThreadsMixingQueriesCancelsTimeoutsAndCloses(@TempDir Path dir) throws Exception {
        int seconds = Integer.getInteger("soak.seconds", 30);
        long seed = Long.getLong("soak.seed", 20261203L);
        SoakData data = new SoakData();
        Path csv = dir.resolve("items.csv");
        data.writeCsv(csv);
        Path init = dir.resolve("items.sql");
        Files.writeString(init, SoakData.initScript(csv));
        String url = "jdbc:dfschema:?init=" + URLEncoder.encode(init.toAbsolutePath().toString(), StandardCharsets.UTF_8);

        NativeStats start = NativeStats.read();
        run(url, data, 3, seed ^ 1, "warm-up");
        NativeStats baseline = settled(start, start.heapBytes() + 64L * 1024 * 1024);
        long began = System.nanoTime();
        SoakTally tally = run(url, data, seconds, seed, "soak");
        double elapsed = (System.nanoTime() - began) / 1e9;
        NativeStats after = settled(start, baseline.heapBytes() + HEAP_TOLERANCE);

        String report = String.format("soak: %d threads, %d s, %d operations (%.0f/s)%n%s  native before: %s%n"
                        + "  native after:  %s%n  heap difference: %d bytes%n", THREADS, seconds, tally.total(),
                tally.total() / elapsed, tally.summary(), baseline, after, after.heapBytes() - baseline.heapBytes());
        System.out.println(report);
        Files.writeString(Path.of("target", "soak-report.txt"), report);

        assertEquals(0, tally.crashes(), report);
        assertEquals(0, tally.wrongResults(), report);
        for (SoakOperation op : SoakOperation.values()) {
            assertTrue(tally.count(op) > 0, op + " never ran\n" + report);
        }
        assertEquals(start.sessions(), after.sessions(), report);
        assertEquals(0, after.plans(), report);
        assertEquals(0, after.streams(), report);
        assertEquals(0, after.cancelTokens(), report);
        assertTrue(after.heapBytes() - baseline.heapBytes() < HEAP_TOLERANCE, report);
    }

    private static SoakTally run(String url, SoakData data, int seconds, long seed, String name) throws Exception {
        HikariConfig cfg = new HikariConfig();
        cfg.setDriverClassName("io.dfschema.jdbc.DfSchemaDriver");
        cfg.setJdbcUrl(url);
        cfg.setPoolName("dfschema-" + name);
        cfg.setMaximumPoolSize(THREADS);
        cfg.setMinimumIdle(THREADS);
        cfg.setConnectionTimeout(60_000);
        cfg.setRegisterMbeans(false);
        SoakTally tally = new SoakTally();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "soak-canceller");
            t.setDaemon(true);
            return t;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (HikariDataSource ds = new HikariDataSource(cfg)) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Random r = new Random(seed * 31 + i);
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        SoakOperation op = SoakOperation.pick(r);
                        try {
                            op.run(ds, data, r, timer, tally);
                        } catch (Throwable e) {
                            tally.crash(op, e);
                        }
                    }
                }, "soak-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(seconds + 120L));
                if (t.isAlive()) {
                    tally.crash(SoakOperation.CANCEL, new IllegalStateException(t.getName() + " still running 120 s after the deadline"));
                }
            }
        } finally {
            timer.shutdownNow();
        }
        return tally;
    }

    /**
     * Hikari closes connections on its own threads and aborted engine tasks drop their buffers on the
     * runtime's threads just after; wait (bounded) for both.
     */
    private static NativeStats settled(NativeStats start, long heapTarget) throws InterruptedException {
        NativeStats now = NativeStats.read();
        for (int i = 0; i < 200 && (now.sessions() != start.sessions() || now.streams() != 0 || now.plans() != 0
                || now.cancelTokens() != 0 || now.heapBytes() >= heapTarget); i++) {
            Thread.sleep(100);
            now = NativeStats.read();
        }
        return now;
    }
}
