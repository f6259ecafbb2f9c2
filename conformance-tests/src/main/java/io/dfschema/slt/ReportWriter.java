package io.dfschema.slt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the run's report folder: one {@code <file>.txt} per .slt file (counts, notes,
 * and each failure with its SQL and first difference), {@code summary.tsv} (counts per
 * file), {@code failures.tsv} (one line per failed record, in the expected-failures
 * format, with the first line of its difference as the reason) and {@code summary.txt}.
 */
public final class ReportWriter {
    private final Path dir;
    private final Path root;
    private final ExpectedFailures expected;

    public ReportWriter(Path dir, Path root, ExpectedFailures expected) {
        this.dir = dir;
        this.root = root;
        this.expected = expected;
    }

    public void prepare() {
        try {
            Files.createDirectories(dir);
            // Per-file reports of an earlier run would look like results of this one.
            try (var old = Files.newDirectoryStream(dir, "*.slt.txt")) {
                for (Path p : old) {
                    Files.delete(p);
                }
            }
            Files.writeString(dir.resolve("summary.tsv"), "file\tpassed\tfailed\tskipped\tmillis\n");
            Files.writeString(dir.resolve("failures.tsv"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(FileResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("file: ").append(r.file()).append('\n');
        sb.append("records: ").append(r.passed()).append(" passed, ").append(r.failed()).append(" failed, ")
                .append(r.skipped()).append(" skipped (").append(r.millis()).append(" ms)\n");
        for (String note : r.notes()) {
            sb.append("note: ").append(note).append('\n');
        }
        StringBuilder failures = new StringBuilder();
        for (RecordOutcome o : r.outcomes()) {
            if (o.status() != RecordOutcome.Status.FAILED) {
                continue;
            }
            String key = o.location().line() == 0 ? r.file() + ":0" : o.location().key(root);
            String known = expected.reason(o, root);
            sb.append("\nFAILED ").append(key);
            if (known != null) {
                sb.append("  [expected: ").append(known).append(']');
            }
            sb.append('\n');
            if (!o.sql().isEmpty()) {
                sb.append("  sql:\n").append(indent(o.sql(), "    "));
            }
            sb.append("  first difference:\n").append(indent(o.detail(), "    "));
            failures.append(key).append('\t').append(oneLine(o.detail())).append('\n');
        }
        String name = r.file().replace('/', '_') + ".txt";
        try {
            Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("summary.tsv"), r.file() + "\t" + r.passed() + "\t" + r.failed() + "\t"
                    + r.skipped() + "\t" + r.millis() + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("failures.tsv"), failures.toString(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finish(List<FileResult> results, String totals) {
        try {
            Files.writeString(dir.resolve("summary.txt"), totals + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            sb.append(prefix).append(line).append('\n');
        }
        return sb.toString();
    }

    /** The difference on one line (the error text is on the second line of a mismatch). */
    private static String oneLine(String s) {
        String line = s.strip().replaceAll("\\s*\n\\s*", " | ").replace('\t', ' ');
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
