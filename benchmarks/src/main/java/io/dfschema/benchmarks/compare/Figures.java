package io.dfschema.benchmarks.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** A run's results, read back from results.jsonl, with the look-ups the report and the targets need. */
final class Figures {
    private final Map<String, Object> run;
    private final Map<String, Object> end;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Map<String, Object>> failures = new ArrayList<>();
    private final List<Map<String, Object>> children = new ArrayList<>();

    Figures(List<Map<String, Object>> lines) {
        Map<String, Object> r = Map.of();
        Map<String, Object> e = Map.of();
        for (Map<String, Object> line : lines) {
            switch (String.valueOf(line.get("kind"))) {
                case "run" -> r = line;
                case "end" -> e = line;
                case "measurement" -> measurements.add(Measurement.fromJson(line));
                case "failure" -> failures.add(line);
                case "child" -> children.add(line);
                default -> { }
            }
        }
        this.run = r;
        this.end = e;
    }

    Map<String, Object> run() {
        return run;
    }

    Map<String, Object> end() {
        return end;
    }

    List<Map<String, Object>> failures() {
        return failures;
    }

    /** The child JVMs of the run, in order, with the load average at their start and end. */
    List<Map<String, Object>> children() {
        return children;
    }

    double scale() {
        Object sf = run.get("sf");
        return sf instanceof Double d ? d : Double.NaN;
    }

    Optional<Measurement> get(String workload, String figure, String engine) {
        return measurements.stream()
                .filter(m -> m.workload().equals(workload) && m.figure().equals(figure) && m.engine().equals(engine))
                .reduce((a, b) -> b);
    }

    OptionalDouble median(String workload, String figure, String engine) {
        return get(workload, figure, engine).map(m -> OptionalDouble.of(m.stats().median())).orElse(OptionalDouble.empty());
    }

    /** The figures of a workload, in the order they were measured. */
    List<String> figures(String workload) {
        Set<String> out = new LinkedHashSet<>();
        for (Measurement m : measurements) {
            if (m.workload().equals(workload)) {
                out.add(m.figure());
            }
        }
        return new ArrayList<>(out);
    }

    /** Sum of {@code a}'s medians over sum of {@code b}'s, over the figures of {@code workload} both measured. */
    OptionalDouble ratioOfTotals(String workload, String a, String b) {
        double sa = 0;
        double sb = 0;
        int n = 0;
        for (String f : figures(workload)) {
            OptionalDouble ma = median(workload, f, a);
            OptionalDouble mb = median(workload, f, b);
            if (ma.isPresent() && mb.isPresent()) {
                sa += ma.getAsDouble();
                sb += mb.getAsDouble();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sa / sb);
    }

    /** Sum of a statistic ({@code Stats::median}, {@code Stats::min}) of {@code engine} over the figures both engines measured. */
    double sumOfBoth(String workload, String engine, String a, String b, ToDoubleFunction<Stats> statistic) {
        double s = 0;
        for (String f : figures(workload)) {
            if (get(workload, f, a).isPresent() && get(workload, f, b).isPresent()) {
                s += statistic.applyAsDouble(get(workload, f, engine).orElseThrow().stats());
            }
        }
        return s;
    }

    /**
     * Figures whose engines did not do the same work: the same (workload, figure) with different checks
     * (row counts, checksums).
     */
    List<String> checkMismatches() {
        Map<String, String> first = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.check() == null) {
                continue;
            }
            String key = m.workload() + " " + m.figure();
            String seen = first.putIfAbsent(key, m.engine() + ": " + m.check());
            if (seen != null && !seen.endsWith(": " + m.check())) {
                out.add(key + ": " + seen + " but " + m.engine() + ": " + m.check());
            }
        }
        return out;
    }

    /** How many figures were measured, with a check, by more than one engine (or path). */
    int comparedChecks() {
        Map<String, Integer> engines = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.check() != null) {
                engines.merge(m.workload() + " " + m.figure(), 1, Integer::sum);
            }
        }
        return (int) engines.values().stream().filter(n -> n > 1).count();
    }

    static String text(Object o) {
        return Objects.toString(o, "?");
    }
}
