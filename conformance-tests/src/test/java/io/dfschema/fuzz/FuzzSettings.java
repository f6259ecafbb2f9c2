package io.dfschema.fuzz;

/**
 * How a fuzz run is sized, from system properties (defaults are the CI run of {@code mvn -B verify}):
 * {@code fuzz.seed}, {@code fuzz.cases} (total over all input kinds), {@code fuzz.threads},
 * {@code fuzz.timeout} (Statement.setQueryTimeout seconds), {@code fuzz.hang} (seconds after which the
 * watchdog calls a case hung), {@code fuzz.only} ({@code kind:index}, replays one case and prints it).
 */
record FuzzSettings(long seed, long cases, int threads, int queryTimeoutSeconds, int hangSeconds, String only) {
    static final long DEFAULT_SEED = 20261203L;
    static final long DEFAULT_CASES = 20_000;

    static FuzzSettings fromSystemProperties() {
        return new FuzzSettings(
                Long.getLong("fuzz.seed", DEFAULT_SEED),
                Long.getLong("fuzz.cases", DEFAULT_CASES),
                Integer.getInteger("fuzz.threads", 2),
                Integer.getInteger("fuzz.timeout", 2),
                Integer.getInteger("fuzz.hang", 30),
                System.getProperty("fuzz.only", ""));
    }

    /** The seed of one case: a SplitMix64 mix of the run seed, the input kind and the case's index in it. */
    long caseSeed(InputKind kind, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1) + 0xD1B54A32D192ED03L * (kind.ordinal() + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
