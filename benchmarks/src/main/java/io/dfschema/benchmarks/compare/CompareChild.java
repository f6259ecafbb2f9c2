package io.dfschema.benchmarks.compare;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The child JVM of a run: one workload on one engine, its figures appended to the results file.
 * A JVM of its own for each pair, so no engine inherits the other's JIT profile, heap or native memory,
 * and a peak RSS is the workload's own.
 *
 * <pre>
 * CompareChild --workload=tpch --engine=duckdb --sf=0.1 --data=DIR --effort=quick --results=FILE
 * </pre>
 */
public final class CompareChild {
    private CompareChild() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            o.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        Workload workload = Workload.named(o.get("workload"));
        Engine engine = Engine.named(o.get("engine"));
        double scale = Double.parseDouble(o.get("sf"));
        ResultsFile results = new ResultsFile(Path.of(o.get("results")));
        Workload.Context context = new Workload.Context(scale, Path.of(o.get("data")), Effort.named(o.get("effort")));
        Sink sink = new Sink() {
            @Override
            public void measured(Measurement m) {
                results.append(m.toJson(scale));
                Stats s = m.stats();
                System.out.printf(Locale.ROOT, "  %-10s %-20s %-15s median %12.3f %-5s min %12.3f  p99 %12.3f  n=%d%n",
                        m.workload(), m.figure(), m.engine(), s.median(), m.unit(), s.min(), s.p99(), s.n());
            }

            @Override
            public void failed(String w, String figure, String e, String message) {
                Map<String, Object> line = Measurement.line("failure", scale, w, figure, e);
                line.put("message", message);
                results.append(line);
                System.out.printf(Locale.ROOT, "  %-10s %-20s %-15s FAILED: %s%n", w, figure, e, message);
            }
        };
        try {
            workload.run(engine, context, sink);
        } catch (Exception | Error e) {
            sink.failed(workload.name(), "*", engine.name(), String.valueOf(e));
            throw e;
        }
    }
}
