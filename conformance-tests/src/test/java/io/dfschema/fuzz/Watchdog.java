package io.dfschema.fuzz;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Notices a case that runs past the hang limit (well beyond its query timeout): it records the case
 * and the worker's stack as a failure and tells the runner to stop. It cannot free a thread stuck in
 * native code, so the runner stops waiting for such a worker instead.
 */
final class Watchdog implements AutoCloseable {
    private record Watch(InputKind kind, long index, String input, long startNanos) {}

    private final Map<Thread, Watch> running = new ConcurrentHashMap<>();
    private final long limitNanos;
    private final FuzzReport report;
    private final Thread thread;
    private volatile boolean tripped;

    Watchdog(int hangSeconds, FuzzReport report) {
        this.limitNanos = hangSeconds * 1_000_000_000L;
        this.report = report;
        this.thread = new Thread(this::loop, "fuzz-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    void started(InputKind kind, long index, String input) {
        running.put(Thread.currentThread(), new Watch(kind, index, input, System.nanoTime()));
    }

    void finished() {
        running.remove(Thread.currentThread());
    }

    boolean tripped() {
        return tripped;
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Map.Entry<Thread, Watch> e : running.entrySet()) {
                Watch w = e.getValue();
                if (now - w.startNanos() > limitNanos && running.remove(e.getKey(), w)) {
                    String stack = Arrays.stream(e.getKey().getStackTrace()).limit(25).map(String::valueOf)
                            .collect(Collectors.joining("\n    at "));
                    report.hung(w.kind(), w.index(), "still running after " + limitNanos / 1_000_000_000L + " s on "
                            + e.getKey().getName() + ":\n    at " + stack, w.input());
                    tripped = true;
                }
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
