package io.dfschema.benchmarks.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of one engine: the raw samples (times in {@code unit}, or a single value such as a peak
 * RSS), how many rows each sample read, and a {@code check} that must be the same for both engines
 * when they did the same work (a row count, a checksum of the values read).
 */
record Measurement(String workload, String figure, String engine, String unit, double[] samples, long rows, String check) {

    Stats stats() {
        return Stats.of(samples);
    }

    /** The fields every line of results.jsonl about one figure of one engine starts with. */
    static Map<String, Object> line(String kind, double scale, String workload, String figure, String engine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("sf", scale);
        m.put("workload", workload);
        m.put("figure", figure);
        m.put("engine", engine);
        return m;
    }

    Map<String, Object> toJson(double scale) {
        Stats s = stats();
        Map<String, Object> m = line("measurement", scale, workload, figure, engine);
        m.put("unit", unit);
        m.put("n", s.n());
        m.put("median", s.median());
        m.put("min", s.min());
        m.put("p99", s.p99());
        m.put("max", s.max());
        m.put("rows", rows);
        m.put("check", check);
        m.put("samples", samples);
        return m;
    }

    static Measurement fromJson(Map<String, Object> m) {
        @SuppressWarnings("unchecked")
        List<Double> list = (List<Double>) m.get("samples");
        double[] samples = list.stream().mapToDouble(Double::doubleValue).toArray();
        return new Measurement((String) m.get("workload"), (String) m.get("figure"), (String) m.get("engine"),
                (String) m.get("unit"), samples, ((Double) m.get("rows")).longValue(), (String) m.get("check"));
    }
}
