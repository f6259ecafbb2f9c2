package io.dfschema.benchmarks.compare;

import static io.dfschema.benchmarks.compare.Targets.number;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The generated part of docs/benchmarks.md: run conditions, targets, the summary of ratios and TPC-H per query. */
final class MarkdownReport {
    private MarkdownReport() {}

    static final String DF = Engine.DFSCHEMA;
    static final String DUCK = Engine.DUCKDB;

    static String render(Figures f, List<Targets.Outcome> outcomes, String chartFile) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> run = f.run();
        Map<String, Object> end = f.end();
        md.append("Last run: SF ").append(Targets.plain(f.scale())).append(", effort `").append(Figures.text(run.get("effort")))
                .append("`, workloads `").append(Figures.text(run.get("workloads"))).append("`; ")
                .append(Figures.text(run.get("started"))).append(" to ").append(Figures.text(end.get("ended")))
                .append(". Machine: ").append(Targets.plain((Double) run.getOrDefault("cores", Double.NaN)))
                .append(" cores, ").append(Targets.plain((Double) run.getOrDefault("memory_gib", Double.NaN)))
                .append(" GiB; load average (1, 5, 15 min) ").append(Figures.text(run.get("load_start")))
                .append(" at the start, ").append(Figures.text(end.get("load_end"))).append(" at the end. ")
                .append(Figures.text(run.get("java"))).append(", options `").append(Figures.text(run.get("jvm_options")))
                .append("`. dfschema: ").append(Figures.text(run.get("dfschema_version")))
                .append("; DuckDB: ").append(Figures.text(run.get("duckdb_version"))).append(".\n\n");
        if (!f.children().isEmpty()) {
            md.append("Load average (1 minute) at the start and end of each workload's JVM:");
            String sep = " ";
            for (Map<String, Object> child : f.children()) {
                md.append(sep).append(Figures.text(child.get("workload"))).append(" on ")
                        .append(Figures.text(child.get("engine"))).append(' ')
                        .append(firstField(child.get("load_start"))).append("–").append(firstField(child.get("load_end")));
                sep = ", ";
            }
            md.append(".\n\n");
        }
        md.append("![dfschema / DuckDB time ratios](").append(chartFile).append(")\n\n");

        md.append("| target | measured | goal | |\n|---|---:|---:|---|\n");
        for (Targets.Outcome o : outcomes) {
            md.append("| ").append(o.target()).append(" | ").append(o.measured()).append(" | ").append(o.goal())
                    .append(" | ").append(o.met() == null ? o.verdict() : "**" + o.verdict() + "**").append(" |\n");
        }

        md.append("\n| workload | figure | dfschema | DuckDB | dfschema / DuckDB |\n|---|---|---:|---:|---:|\n");
        OptionalDouble tpch = f.ratioOfTotals("tpch", DF, DUCK);
        if (tpch.isPresent()) {
            md.append(row("tpch", "total of the query medians (ms)", f.sumOfBoth("tpch", DF, DF, DUCK, Stats::median),
                    f.sumOfBoth("tpch", DUCK, DF, DUCK, Stats::median), tpch.getAsDouble()));
            double minA = f.sumOfBoth("tpch", DF, DF, DUCK, Stats::min);
            double minB = f.sumOfBoth("tpch", DUCK, DF, DUCK, Stats::min);
            md.append(row("tpch", "total of the query minimums (ms)", minA, minB, minA / minB));
        }
        bulkFetch(f, md);
        for (String figure : List.of("select_1", "point_query")) {
            for (boolean p99 : new boolean[] {false, true}) {
                Optional<Measurement> a = f.get("latency", figure, DF);
                Optional<Measurement> b = f.get("latency", figure, DUCK);
                if (a.isPresent() && b.isPresent()) {
                    double va = p99 ? a.get().stats().p99() : a.get().stats().median();
                    double vb = p99 ? b.get().stats().p99() : b.get().stats().median();
                    md.append(row("latency", figure + (p99 ? " p99" : " median") + " (µs)", va, vb, va / vb));
                }
            }
        }
        for (String figure : f.figures("metadata")) {
            pair(f, md, "metadata", figure, "median ms");
        }
        for (String figure : f.figures("connect")) {
            pair(f, md, "connect", figure, "median ms");
        }

        md.append("\nTPC-H per query: median (min) ms over the measured runs, every row read with getObject and"
                + " getString; the last three columns are the `native` workload (dfschema alone, JDBC and the Arrow"
                + " stream alternating on one connection).\n\n");
        md.append("| query | rows | dfschema | DuckDB | dfschema / DuckDB | JDBC | Arrow | JDBC / Arrow |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        java.util.Set<String> queries = new java.util.TreeSet<>(f.figures("tpch"));
        queries.addAll(f.figures("native"));
        for (String q : queries) {
            Optional<Measurement> a = f.get("tpch", q, DF);
            Optional<Measurement> b = f.get("tpch", q, DUCK);
            Optional<Measurement> j = f.get("native", q, NativeWorkload.JDBC);
            Optional<Measurement> n = f.get("native", q, NativeWorkload.ARROW);
            long rows = a.or(() -> b).or(() -> j).map(Measurement::rows).orElse(-1L);
            md.append("| ").append(q).append(" | ").append(rows < 0 ? "–" : String.valueOf(rows))
                    .append(" | ").append(medianMin(a)).append(" | ").append(medianMin(b))
                    .append(" | ").append(ratio(a, b)).append(" | ").append(medianMin(j)).append(" | ")
                    .append(medianMin(n)).append(" | ").append(ratio(j, n)).append(" |\n");
        }

        List<String> mismatches = f.checkMismatches();
        md.append('\n');
        if (!mismatches.isEmpty()) {
            md.append("Engines that did not return the same rows:\n\n");
            mismatches.forEach(m -> md.append("- ").append(m).append('\n'));
            md.append('\n');
        } else if (f.comparedChecks() > 0) {
            md.append("Checks: the engines agreed on all ").append(f.comparedChecks()).append(" figures measured twice"
                    + " (by both engines, or by dfschema's JDBC and Arrow paths): the row counts of every query, latency"
                    + " loop and one-table getColumns, and for bulk_fetch the row count and a checksum of every value"
                    + " of lineitem.\n\n");
        }
        for (Map<String, Object> failure : f.failures()) {
            md.append("- failed: ").append(Figures.text(failure.get("workload"))).append(' ')
                    .append(Figures.text(failure.get("figure"))).append(" on ").append(Figures.text(failure.get("engine")))
                    .append(": `").append(Figures.text(failure.get("message")).replace('\n', ' ').replace("`", "'"))
                    .append("`\n");
        }
        return md.toString();
    }

    /** Against DuckDB's default, then against DuckDB with streamed results. */
    private static void bulkFetch(Figures f, StringBuilder md) {
        for (String duck : List.of(DUCK, Engine.DUCKDB_STREAM)) {
            String against = duck.equals(DUCK) ? "" : ", DuckDB streaming its result";
            Optional<Measurement> a = f.get("bulk_fetch", "select_star", DF);
            Optional<Measurement> b = f.get("bulk_fetch", "select_star", duck);
            if (a.isPresent() && b.isPresent()) {
                double ra = a.get().rows() / (a.get().stats().median() / 1e3);
                double rb = b.get().rows() / (b.get().stats().median() / 1e3);
                md.append(row("bulk_fetch", "SELECT * FROM lineitem, rows/s (median run)" + against, ra, rb, ra / rb));
            }
            if (duck.equals(DUCK)) {
                pair(f, md, "bulk_fetch", "select_star", "median ms", duck);
                pair(f, md, "bulk_fetch", "rss_before_fetch", "MiB", duck);
            }
            pair(f, md, "bulk_fetch", "peak_rss", "MiB" + against, duck);
        }
    }

    private static void pair(Figures f, StringBuilder md, String workload, String figure, String what) {
        pair(f, md, workload, figure, what, DUCK);
    }

    private static void pair(Figures f, StringBuilder md, String workload, String figure, String what, String duck) {
        OptionalDouble a = f.median(workload, figure, DF);
        OptionalDouble b = f.median(workload, figure, duck);
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        md.append("| ").append(workload).append(" | ").append(figure).append(" (").append(what).append(") | ")
                .append(a.isPresent() ? number(a.getAsDouble()) : "–").append(" | ")
                .append(b.isPresent() ? number(b.getAsDouble()) : "–").append(" | ")
                .append(a.isPresent() && b.isPresent() ? number(a.getAsDouble() / b.getAsDouble()) : "–").append(" |\n");
    }

    private static String firstField(Object loadAverage) {
        return Figures.text(loadAverage).split(" ")[0];
    }

    private static String row(String workload, String figure, double a, double b, double ratio) {
        return "| " + workload + " | " + figure + " | " + number(a) + " | " + number(b) + " | " + number(ratio) + " |\n";
    }

    private static String medianMin(Optional<Measurement> m) {
        return m.map(x -> number(x.stats().median()) + " (" + number(x.stats().min()) + ")").orElse("–");
    }

    private static String ratio(Optional<Measurement> a, Optional<Measurement> b) {
        return a.isPresent() && b.isPresent() ? number(a.get().stats().median() / b.get().stats().median()) : "–";
    }
}
