package io.dfschema.benchmarks.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of benchmarks/run-compare. */
record CompareOptions(double scale, List<Workload> workloads, Effort effort, Path results, Path docs, boolean writeDocs,
                      boolean reportOnly) {

    static final String USAGE = """
            usage: benchmarks/run-compare [--sf=0.1|1] [--workloads=tpch,bulk_fetch,native,latency,metadata,connect]
                                          [--quick] [--no-docs] [--report-only]
              --sf           TPC-H scale factor (default 0.1); data is cached in ~/.cache/dfschema/tpch-sf<scale>
              --workloads    which workloads to run (default: all)
              --quick        fewer repetitions (a few minutes at SF 0.1)
              --no-docs      leave docs/benchmarks.md and docs/benchmarks-compare.png as they are
              --report-only  run nothing: regenerate the docs from the last results.jsonl""";

    static CompareOptions parse(String[] args, Path root) {
        double scale = 0.1;
        List<Workload> workloads = Workload.all();
        Effort effort = Effort.FULL;
        boolean docs = true;
        boolean reportOnly = false;
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            switch (kv[0]) {
                case "sf" -> scale = Double.parseDouble(value);
                case "workloads" -> {
                    workloads = new ArrayList<>();
                    for (String name : value.split(",")) {
                        workloads.add(Workload.named(name.trim()));
                    }
                }
                case "quick" -> effort = Effort.QUICK;
                case "no-docs" -> docs = false;
                case "report-only" -> reportOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        return new CompareOptions(scale, List.copyOf(workloads), effort,
                root.resolve("benchmarks/target/compare/results.jsonl"), root.resolve("docs"), docs, reportOnly);
    }
}
