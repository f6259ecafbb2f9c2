package io.dfschema.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The targets of issue 12, for the report only: each figure against its target, MET or MISSED, or
 * "not measured" when the run left its workload out. Ratios are dfschema / DuckDB.
 */
final class Targets {
    private Targets() {}

    /** One target: what was measured, the goal, and whether it was met ({@code null}: not measured). */
    record Outcome(String target, String measured, String goal, Boolean met) {
        String verdict() {
            return met == null ? "not measured" : met ? "MET" : "MISSED";
        }
    }

    static final String DF = Engine.DFSCHEMA;
    static final String DUCK = Engine.DUCKDB;

    static List<Outcome> evaluate(Figures f) {
        List<Outcome> out = new ArrayList<>();
        out.add(atMost("TPC-H total time, dfschema / DuckDB", f.ratioOfTotals("tpch", DF, DUCK), 1.0, "x"));
        out.add(atMost("TPC-H total, JDBC path / Arrow-native path", f.ratioOfTotals("native", NativeWorkload.JDBC,
                NativeWorkload.ARROW), 1.05, "x"));
        // rows/s ratio is the inverse of the time ratio
        OptionalDouble fetch = ratio(f, "bulk_fetch", "select_star");
        out.add(atLeast("bulk_fetch rows/s, dfschema / DuckDB",
                fetch.isPresent() ? OptionalDouble.of(1 / fetch.getAsDouble()) : fetch, 5.0, "x"));
        out.add(below("bulk_fetch peak RSS, dfschema", f.median("bulk_fetch", "peak_rss", DF), 1024, " MiB"));
        for (String figure : List.of("select_1", "point_query")) {
            String label = figure.equals("select_1") ? "SELECT 1" : "prepared point query";
            out.add(atMost(label + " median, dfschema / DuckDB", ratio(f, "latency", figure), 0.25, "x"));
            OptionalDouble spread = f.get("latency", figure, DF)
                    .map(m -> OptionalDouble.of(m.stats().p99() / m.stats().median())).orElse(OptionalDouble.empty());
            out.add(atMost(label + " p99 / median, dfschema", spread, 2.0, "x"));
        }
        out.add(atMost("getColumns(\"%\", \"%\"), dfschema / DuckDB", ratio(f, "metadata", "get_columns_all"), 0.1, "x"));
        out.add(atMost("getColumns of one table, dfschema", f.median("metadata", "get_columns_one", DF), 1.0, " ms"));
        out.add(atMost("connect (open + close), dfschema", f.median("connect", "open_close", DF), 5.0, " ms"));
        out.add(atMost("1,000-dataset catalog, first open in a JVM", f.median("connect", "catalog_first_open", DF), 50.0, " ms"));
        out.add(atMost("1,000-dataset catalog, later connections", f.median("connect", "catalog_connect", DF), 50.0, " ms"));
        return out;
    }

    static OptionalDouble ratio(Figures f, String workload, String figure) {
        OptionalDouble a = f.median(workload, figure, DF);
        OptionalDouble b = f.median(workload, figure, DUCK);
        return a.isPresent() && b.isPresent() ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble()) : OptionalDouble.empty();
    }

    private static Outcome atMost(String target, OptionalDouble value, double goal, String unit) {
        return outcome(target, value, "≤ " + plain(goal) + unit, unit, v -> v <= goal);
    }

    private static Outcome below(String target, OptionalDouble value, double goal, String unit) {
        return outcome(target, value, "< " + plain(goal) + unit, unit, v -> v < goal);
    }

    private static Outcome atLeast(String target, OptionalDouble value, double goal, String unit) {
        return outcome(target, value, "≥ " + plain(goal) + unit, unit, v -> v >= goal);
    }

    private static Outcome outcome(String target, OptionalDouble value, String goal, String unit,
                                   java.util.function.DoublePredicate met) {
        if (value.isEmpty()) {
            return new Outcome(target, "–", goal, null);
        }
        double v = value.getAsDouble();
        return new Outcome(target, number(v) + unit, goal, met.test(v));
    }

    /** A parameter as written: 0.1, 5, 1024. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Three significant digits, no exponent: how every figure of the report is printed. */
    static String number(double v) {
        if (v == 0 || Double.isNaN(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : Math.min(6, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
