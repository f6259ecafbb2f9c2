package io.dfschema.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run saw, per input kind: cases, those that returned, SQLExceptions by SQLState,
 * timeouts, the slowest case; and every failure (an exception that is not an SQLException with a
 * SQLState, or a case the watchdog found hung), each with the name that replays it. Thread-safe.
 */
final class FuzzReport {
    /** A case that broke the pass condition; {@code replay} is the fuzz.only value that runs it again. */
    record Failure(String replay, String what, String input) {}

    private static final class Tally {
        long cases;
        long returned;
        long slowestNanos;
        String slowest = "";
        final Map<String, Long> states = new TreeMap<>();
        /** For each SQLState, the first case that raised it and the first line of its message. */
        final Map<String, String> examples = new TreeMap<>();
    }

    private static final int KEPT = 25;

    private final Map<InputKind, Tally> tallies = new EnumMap<>(InputKind.class);
    private final List<Failure> failures = new ArrayList<>();
    private long failureCount;
    private final long startNanos = System.nanoTime();
    private long elapsedNanos;

    FuzzReport() {
        for (InputKind k : InputKind.values()) {
            tallies.put(k, new Tally());
        }
    }

    synchronized void returned(InputKind kind, long index, long nanos) {
        Tally t = count(kind, index, nanos);
        t.returned++;
    }

    synchronized void sqlError(InputKind kind, long index, long nanos, String state, String message) {
        Tally t = count(kind, index, nanos);
        t.states.merge(state, 1L, Long::sum);
        t.examples.computeIfAbsent(state, k -> kind.label() + ":" + index + " " + message.lines().findFirst().orElse(""));
    }

    synchronized void failed(InputKind kind, long index, String what, String input) {
        count(kind, index, 0);
        record(new Failure(kind.label() + ":" + index, what, input));
    }

    synchronized void hung(InputKind kind, long index, String what, String input) {
        record(new Failure(kind.label() + ":" + index, "HANG " + what, input));
    }

    private void record(Failure f) {
        failureCount++;
        if (failures.size() < KEPT) {
            failures.add(f);
        }
    }

    private Tally count(InputKind kind, long index, long nanos) {
        Tally t = tallies.get(kind);
        t.cases++;
        if (nanos > t.slowestNanos) {
            t.slowestNanos = nanos;
            t.slowest = kind.label() + ":" + index;
        }
        return t;
    }

    synchronized void finish() {
        elapsedNanos = System.nanoTime() - startNanos;
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    synchronized long cases() {
        return tallies.values().stream().mapToLong(t -> t.cases).sum();
    }

    synchronized long cases(InputKind kind) {
        return tallies.get(kind).cases;
    }

    synchronized long returned(InputKind kind) {
        return tallies.get(kind).returned;
    }

    synchronized long failureCount() {
        return failureCount;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    synchronized String summary(FuzzSettings s) {
        StringBuilder sb = new StringBuilder();
        double seconds = elapsedNanos / 1e9;
        sb.append(String.format("fuzz: seed %d, %d cases on %d threads in %.1f s (%.0f cases/s), %d failures%n",
                s.seed(), cases(), s.threads(), seconds, cases() / Math.max(seconds, 1e-9), failureCount));
        sb.append(String.format("%-9s %9s %9s %9s %9s %9s  %s%n", "kind", "cases", "returned", "sqlerror", "timeout",
                "XX000", "slowest"));
        for (Map.Entry<InputKind, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            long errors = t.states.values().stream().mapToLong(Long::longValue).sum();
            sb.append(String.format("%-9s %9d %9d %9d %9d %9d  %s (%.2f s)%n", e.getKey().label(), t.cases, t.returned,
                    errors, t.states.getOrDefault("57014", 0L), t.states.getOrDefault("XX000", 0L), t.slowest,
                    t.slowestNanos / 1e9));
        }
        for (Map.Entry<InputKind, Tally> e : tallies.entrySet()) {
            sb.append(e.getKey().label()).append(" SQLStates: ").append(e.getValue().states).append('\n');
            e.getValue().examples.forEach((state, example) -> sb.append("  ").append(state).append(" first: ")
                    .append(example.length() > 200 ? example.substring(0, 200) + "..." : example).append('\n'));
        }
        for (Failure f : failures) {
            sb.append("FAILURE ").append(f.replay()).append(": ").append(f.what()).append("\n  input: ")
                    .append(f.input().length() > 3000 ? f.input().substring(0, 3000) + "..." : f.input()).append('\n');
        }
        return sb.toString();
    }
}
