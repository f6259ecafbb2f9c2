package io.dfschema.benchmarks.compare;

/**
 * How many unmeasured and measured repetitions each workload makes. {@code quick} keeps a whole run
 * at SF 0.1 within a few minutes on 2 cores; {@code full} is what the figures in docs/benchmarks.md use.
 */
record Effort(String name, int queryWarmup, int queryRuns, int fetchWarmup, int fetchRuns, int latencyWarmup,
              int latencyRuns, int metadataWarmup, int metadataRuns, int connectWarmup, int connectRuns) {

    static final Effort QUICK = new Effort("quick", 1, 3, 1, 2, 2_000, 5_000, 5, 20, 20, 100);
    static final Effort FULL = new Effort("full", 2, 5, 1, 3, 10_000, 50_000, 20, 100, 50, 500);

    static Effort named(String name) {
        return switch (name) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("unknown effort " + name);
        };
    }
}
