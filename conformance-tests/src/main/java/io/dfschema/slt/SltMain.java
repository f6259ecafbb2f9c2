package io.dfschema.slt;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code SltMain <folder|file> [options]} runs every .slt file below the folder
 * through JDBC, writes the report folder and prints, as its last line,
 * {@code N passed, N failed, N skipped} (records). Exit status 1 when a record failed
 * that the expected-failures list (if given) does not name, else 0.
 */
public final class SltMain {
    private static final String USAGE = String.join("\n",
            "usage: run-slt <folder|file.slt> [options]",
            "  --report DIR          report folder (default: target/slt-report)",
            "  --data DIR            corpus data folder (default: <set>/../data)",
            "  --expected TSV        expected-failures list, marks known failures in the report",
            "  --only TEXT           run only files whose relative path contains TEXT",
            "  --url URL             JDBC URL (default: jdbc:dfschema:)",
            "  --query-timeout SEC   per-statement timeout (default 60)",
            "  --file-timeout SEC    per-file wall clock (default 300)");

    private SltMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println(USAGE);
            return 2;
        }
        Path target = Path.of(args[0]);
        // A single file runs alone; its folder still locates the corpus set and data.
        boolean singleFile = Files.isRegularFile(target);
        Path folder = singleFile ? target.toAbsolutePath().getParent() : target;
        Path report = Path.of("target/slt-report");
        Path expectedTsv = null;
        String only = null;
        RunConfig config = RunConfig.forFolder(folder);
        int queryTimeout = config.queryTimeout();
        long fileTimeout = config.fileTimeout().toSeconds();
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                System.err.println("missing value for " + args[i] + "\n" + USAGE);
                return 2;
            }
            switch (args[i]) {
                case "--report" -> report = Path.of(value);
                case "--data" -> config = config.withDataDir(Path.of(value));
                case "--expected" -> expectedTsv = Path.of(value);
                case "--only" -> only = value;
                case "--url" -> config = config.withUrl(value);
                case "--query-timeout" -> queryTimeout = Integer.parseInt(value);
                case "--file-timeout" -> fileTimeout = Long.parseLong(value);
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
            i++;
        }
        config = config.withTimeouts(queryTimeout, Duration.ofSeconds(fileTimeout));
        ExpectedFailures expected = expectedTsv == null ? ExpectedFailures.none() : ExpectedFailures.load(expectedTsv);

        List<Path> files = new ArrayList<>();
        for (Path p : singleFile ? List.of(target.toAbsolutePath()) : CorpusRunner.sltFiles(folder)) {
            if (only == null || Location.relative(config.setRoot(), p).contains(only)) {
                files.add(p);
            }
        }
        ReportWriter writer = new ReportWriter(report, config.setRoot(), expected);
        writer.prepare();
        Path root = config.setRoot();
        int[] unexpected = {0};
        ExpectedFailures known = expected;
        List<FileResult> results = new CorpusRunner(config).run(files, r -> {
            writer.write(r);
            long fresh = r.outcomes().stream()
                    .filter(o -> o.status() == RecordOutcome.Status.FAILED && known.reason(o, root) == null).count();
            unexpected[0] += (int) fresh;
            // ok: nothing failed; known: only listed failures; FAIL: something unlisted failed.
            String status = r.failed() == 0 ? "ok" : fresh == 0 ? "known" : "FAIL";
            out.printf("%-5s %-60s %5d passed %4d failed %4d skipped%s%n", status,
                    r.file(), r.passed(), r.failed(), r.skipped(),
                    fresh > 0 && fresh != r.failed() ? "  (" + fresh + " not in the expected list)" : "");
            out.flush();
        });
        Totals totals = Totals.of(results);
        writer.finish(results, totals.line());
        out.println("report: " + report.toAbsolutePath().normalize());
        if (expectedTsv != null) {
            out.println("failures not in the expected list: " + unexpected[0]);
        }
        out.println(totals.line());
        out.flush();
        return unexpected[0] > 0 ? 1 : 0;
    }
}
