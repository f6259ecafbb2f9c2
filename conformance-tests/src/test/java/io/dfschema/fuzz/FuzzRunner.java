package io.dfschema.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a fuzz run: workers (each with its own {@link Workspace}) take the next case number, generate
 * the case from its seed, and run it under the watchdog. Returning, or an SQLException with a
 * SQLState and a message, passes; anything else is a failure. A run stops early once the watchdog
 * finds a hung case.
 */
final class FuzzRunner {
    /** A long run prints a line every so many cases, so a run cut short still tells how far it got. */
    private static final long PROGRESS_EVERY = 50_000;

    private final FuzzEnvironment env;
    private final FuzzReport report = new FuzzReport();

    FuzzRunner(FuzzEnvironment env) {
        this.env = env;
    }

    FuzzReport run(Path root) throws InterruptedException {
        FuzzSettings s = env.settings();
        AtomicLong next = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        try (Watchdog watchdog = new Watchdog(s.hangSeconds(), report)) {
            for (int i = 0; i < s.threads(); i++) {
                Path dir = root.resolve("worker-" + i);
                Path trace = Path.of("target", "fuzz-worker-" + i + ".current");
                Thread t = new Thread(() -> work(dir, trace, next, watchdog), "fuzz-worker-" + i);
                t.setDaemon(true); // a worker stuck in a hung native call must not keep the JVM alive
                workers.add(t);
                t.start();
            }
            for (Thread t : workers) {
                while (t.isAlive() && !watchdog.tripped()) {
                    t.join(500);
                }
            }
            if (watchdog.tripped()) {
                for (Thread t : workers) {
                    t.join(TimeUnit.SECONDS.toMillis(s.hangSeconds()));
                }
            }
        }
        report.finish();
        return report;
    }

    /**
     * Runs the cases {@code kind:index} (or {@code kind:from-to}) names, on a fresh workspace, printing each
     * input and how it ended.
     */
    FuzzReport replay(Path root, String name) throws SQLException {
        String[] parts = name.split(":");
        InputKind kind = InputKind.byLabel(parts[0]);
        String[] range = parts[1].split("-");
        long from = Long.parseLong(range[0]);
        long to = range.length > 1 ? Long.parseLong(range[1]) : from;
        try (Workspace w = new Workspace(env, root.resolve("replay"))) {
            for (long index = from; index <= to; index++) {
                FuzzCase c = kind.generate(new Random(env.settings().caseSeed(kind, index)), w);
                System.out.println("replaying " + kind.label() + ":" + index + ":\n" + c.input());
                runOne(w, kind, index, c, null);
            }
        }
        report.finish();
        return report;
    }

    private void work(Path dir, Path tracePath, AtomicLong next, Watchdog watchdog) {
        FuzzSettings s = env.settings();
        try (Workspace w = new Workspace(env, dir); CaseTrace trace = new CaseTrace(tracePath)) {
            for (long task = next.getAndIncrement(); task < s.cases() && !watchdog.tripped(); task = next.getAndIncrement()) {
                if (task > 0 && task % PROGRESS_EVERY == 0) {
                    System.out.printf("fuzz: %d cases started, %d failures so far, %.0f s%n", task, report.failureCount(),
                            report.seconds());
                }
                InputKind kind = InputKind.of(task);
                long index = InputKind.indexOf(task);
                FuzzCase c;
                try {
                    c = kind.generate(new Random(s.caseSeed(kind, index)), w);
                } catch (RuntimeException e) {
                    report.failed(kind, index, "the generator failed: " + stack(e), "");
                    continue;
                }
                trace.starting(kind, index, c.input());
                runOne(w, kind, index, c, watchdog);
            }
        } catch (SQLException | RuntimeException e) {
            report.failed(InputKind.SQL, -1, "a worker's workspace failed: " + stack(e), dir.toString());
        }
    }

    private void runOne(Workspace w, InputKind kind, long index, FuzzCase c, Watchdog watchdog) {
        if (watchdog != null) {
            watchdog.started(kind, index, c.input());
        }
        long start = System.nanoTime();
        try {
            c.run(w);
            report.returned(kind, index, System.nanoTime() - start);
        } catch (SQLException e) {
            if (watchdog == null) {
                System.out.println("  -> " + e.getClass().getSimpleName() + " " + e.getSQLState() + ": " + e.getMessage());
            }
            if (e.getSQLState() == null || e.getSQLState().isBlank()) {
                report.failed(kind, index, "SQLException without a SQLState: " + stack(e), c.input());
            } else if (e.getMessage() == null || e.getMessage().isBlank()) {
                report.failed(kind, index, "SQLException " + e.getSQLState() + " without a message: " + stack(e), c.input());
            } else {
                report.sqlError(kind, index, System.nanoTime() - start, e.getSQLState(), e.getMessage());
            }
        } catch (Throwable t) { // the pass condition: nothing but SQLExceptions may come out of the driver
            report.failed(kind, index, stack(t), c.input());
        } finally {
            if (watchdog != null) {
                watchdog.finished();
            }
        }
    }

    private static String stack(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        String s = sw.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    }
}
