package io.dfschema.soak;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What the soak's threads did: operations done per kind, and every wrong result and crash (first few kept). Thread-safe. */
final class SoakTally {
    private static final int KEPT = 20;

    private final Map<SoakOperation, LongAdder> done = new EnumMap<>(SoakOperation.class);
    private final LongAdder wrong = new LongAdder();
    private final LongAdder crashes = new LongAdder();
    private final LongAdder lostCancels = new LongAdder();
    private final List<String> problems = new ArrayList<>();

    SoakTally() {
        for (SoakOperation op : SoakOperation.values()) {
            done.put(op, new LongAdder());
        }
    }

    void done(SoakOperation op) {
        done.get(op).increment();
    }

    void wrongResult(SoakOperation op, String what) {
        wrong.increment();
        keep("WRONG " + op + ": " + what);
    }

    void crash(SoakOperation op, Throwable t) {
        crashes.increment();
        keep("CRASH " + op + ": " + t + (t.getCause() != null ? " caused by " + t.getCause() : ""));
    }

    private synchronized void keep(String problem) {
        if (problems.size() < KEPT) {
            problems.add(problem);
        }
    }

    /** A cancel that did not stop its query, which its 10 s timeout then ended. */
    void lostCancel() {
        lostCancels.increment();
    }

    long lostCancels() {
        return lostCancels.sum();
    }

    long wrongResults() {
        return wrong.sum();
    }

    long crashes() {
        return crashes.sum();
    }

    long count(SoakOperation op) {
        return done.get(op).sum();
    }

    long total() {
        return done.values().stream().mapToLong(LongAdder::sum).sum();
    }

    synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        done.forEach((op, n) -> sb.append(String.format("  %-16s %9d%n", op.label(), n.sum())));
        sb.append(String.format("  %-16s %9d%n  wrong results    %9d%n  crashes          %9d%n  lost cancels     %9d%n",
                "total", total(), wrong.sum(), crashes.sum(), lostCancels.sum()));
        problems.forEach(p -> sb.append("  ").append(p).append('\n'));
        return sb.toString();
    }
}
