package io.dfschema.benchmarks.compare;

/** Runs an action a number of times unmeasured, then measured, and returns the measured times. */
final class Repeats {
    private Repeats() {}

    interface Action {
        void run() throws Exception;
    }

    /** Milliseconds of each measured run. */
    static double[] millis(int warmup, int runs, Action action) throws Exception {
        return times(warmup, runs, action, 1e6);
    }

    /** Microseconds of each measured run. */
    static double[] micros(int warmup, int runs, Action action) throws Exception {
        return times(warmup, runs, action, 1e3);
    }

    private static double[] times(int warmup, int runs, Action action, double nanosPerUnit) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        double[] out = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run();
            out[i] = (System.nanoTime() - t0) / nanosPerUnit;
        }
        return out;
    }
}
