package io.dfschema.benchmarks.compare;

import java.util.Arrays;

/** Order statistics of one figure's samples. */
record Stats(int n, double min, double median, double p99, double max) {

    static Stats of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        double median = s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
        // nearest rank: the smallest sample that at least 99% of the samples do not exceed
        int rank = (int) Math.ceil(0.99 * s.length) - 1;
        return new Stats(s.length, s[0], median, s[Math.max(rank, 0)], s[s.length - 1]);
    }
}
