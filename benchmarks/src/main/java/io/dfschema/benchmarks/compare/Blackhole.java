package io.dfschema.benchmarks.compare;

/** Keeps values a benchmark computes "live", so the JIT cannot drop the reads that produced them. */
final class Blackhole {
    private static volatile long sink;

    private Blackhole() {}

    static void consume(long value) {
        sink += value;
    }
}
