package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * benchmarks/run-compare: dfschema and DuckDB side by side on the same TPC-H Parquet files. Generates
 * (or reuses) the data, runs each selected workload on each engine in a child JVM of its own
 * ({@link CompareChild}), which appends its raw figures to {@code benchmarks/target/compare/results.jsonl};
 * then reads them back, prints every figure against its target, and regenerates the marked section of
 * docs/benchmarks.md and docs/benchmarks-compare.png.
 */
public final class CompareBenchmark {
    private CompareBenchmark() {}

    static final String CHART = "benchmarks-compare.png";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("dfschema.repo.root", ".")).toAbsolutePath().normalize();
        CompareOptions options;
        try {
            options = CompareOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ResultsFile results = new ResultsFile(options.results());
        int failedChildren = 0;
        if (!options.reportOnly()) {
            failedChildren = run(options, results);
        }
        Figures figures = new Figures(results.lines());
        List<Targets.Outcome> outcomes = Targets.evaluate(figures);
        System.out.println();
        System.out.println("targets (SF " + Targets.plain(figures.scale()) + "):");
        for (Targets.Outcome o : outcomes) {
            System.out.printf(Locale.ROOT, "  %-48s %14s  goal %-10s %s%n", o.target(), o.measured(), o.goal(), o.verdict());
        }
        figures.checkMismatches().forEach(m -> System.out.println("  CHECK MISMATCH " + m));
        if (options.writeDocs()) {
            DocsSection.replace(options.docs().resolve("benchmarks.md"), MarkdownReport.render(figures, outcomes, CHART));
            RatioChart.write(figures, options.docs().resolve(CHART));
            System.out.println("wrote " + options.docs().resolve("benchmarks.md") + " and " + options.docs().resolve(CHART));
        }
        System.out.println("results: " + options.results());
        if (failedChildren > 0 || !figures.checkMismatches().isEmpty()) {
            System.exit(1);
        }
    }

    /** Runs every (workload, engine) pair; returns how many child JVMs failed. */
    private static int run(CompareOptions options, ResultsFile results) throws Exception {
        String names = options.workloads().stream().map(Workload::name).collect(Collectors.joining(","));
        Path data = TpchData.at(options.scale());
        results.start(RunConditions.start(options.scale(), options.effort(), names));
        System.out.printf(Locale.ROOT, "run-compare: SF %s, %s effort, workloads %s, data %s, load average %s%n",
                Targets.plain(options.scale()), options.effort().name(), names, data, RunConditions.loadAverage());
        int failed = 0;
        for (Workload w : options.workloads()) {
            for (String engine : w.engines()) {
                String before = RunConditions.loadAverage();
                System.out.printf(Locale.ROOT, "%s on %s (load average %s)%n", w.name(), engine, before);
                int code = ChildLauncher.run(w, engine, options.scale(), data, options.effort(), results.path());
                results.append(RunConditions.child(w.name(), engine, before));
                if (code != 0) {
                    System.err.println("  " + w.name() + " on " + engine + " failed (exit code " + code + ")");
                    failed++;
                }
            }
        }
        results.append(RunConditions.end());
        return failed;
    }
}
