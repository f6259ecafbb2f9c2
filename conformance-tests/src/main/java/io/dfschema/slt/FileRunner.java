package io.dfschema.slt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one .slt file the way DataFusion's runner does (SLT-FORMAT.md §7): a fresh
 * connection (a fresh SessionContext) per file, {@code target_partitions = 4}, records
 * in order, a failing record never stops the file, {@code halt} ends it.
 */
final class FileRunner {
    static final String SETUP_SQL = "SET datafusion.execution.target_partitions = 4";
    private static final Pattern RECORD_HEADER = Pattern.compile("^(statement|query)(\\s|$)");

    private final RunConfig config;

    FileRunner(RunConfig config) {
        this.config = config;
    }

    /** Runs {@code file}, stopping at {@code deadlineNanos} (System.nanoTime). */
    void run(Path file, FileProgress progress, long deadlineNanos) {
        List<SltRecord> records;
        try {
            records = new SltParser().parseFile(file);
        } catch (SltParseException | IOException | UncheckedIOException e) {
            failUnparsable(file, progress, e);
            return;
        }
        List<SltRecord.Executable> executables = records.stream()
                .filter(SltRecord.Executable.class::isInstance).map(SltRecord.Executable.class::cast).toList();
        progress.plan(executables);

        emptyFolder(config.scratchDir(), true);
        String rel = Location.relative(config.setRoot(), file);
        // Files under spark/ get 15-digit Float64 text in DataFusion's runner.
        ValueRenderer renderer = new ValueRenderer(rel.startsWith("spark/") ? 15 : FloatText.DEFAULT_PLACES);
        PathRewriter paths = new PathRewriter(config.dataBaseDir(), config.scratchDir());
        RecordChecker checker = new RecordChecker(new RowNormalizer(config.workspaceRoot().toString()), paths);

        try (Connection conn = DriverManager.getConnection(config.jdbcUrl())) {
            JdbcExecutor executor = new JdbcExecutor(conn, renderer, config.queryTimeout());
            progress.executor(executor);
            DbOutput setup = executor.run(SETUP_SQL);
            if (setup instanceof DbOutput.Error || setup instanceof DbOutput.Broken) {
                progress.note("set-up '" + SETUP_SQL + "' failed: " + setup);
            }
            runRecords(records, executor, checker, paths, progress, deadlineNanos);
        } catch (SQLException | RuntimeException e) {
            progress.note("connection failed: " + e);
            progress.failRemaining("not run: connection failed: " + e);
        }
    }

    private void runRecords(List<SltRecord> records, JdbcExecutor executor, RecordChecker checker,
                            PathRewriter paths, FileProgress progress, long deadlineNanos) {
        SortMode defaultSort = null;
        boolean halted = false;
        for (SltRecord record : records) {
            if (record instanceof SltRecord.Halt) {
                halted = true;
            } else if (record instanceof SltRecord.SortModeControl c) {
                defaultSort = c.mode();
            } else if (record instanceof SltRecord.Directive d) {
                progress.note("ignored directive at line " + d.location().line() + ": " + d.text());
            } else if (record instanceof SltRecord.Executable r) {
                if (halted) {
                    progress.add(RecordOutcome.skipped(r, "after halt"));
                } else if (skippedByCondition(r)) {
                    progress.add(RecordOutcome.skipped(r, "condition " + r.conditions()));
                } else if (System.nanoTime() - deadlineNanos > 0) {
                    progress.note("file wall clock of " + config.fileTimeout().toSeconds() + " s exceeded");
                    progress.failRemaining("not run: file wall clock exceeded");
                    return;
                } else {
                    DbOutput out = executor.run(paths.rewrite(r.sql()));
                    progress.add(r instanceof SltRecord.Query q
                            ? checker.check(q, out, defaultSort)
                            : checker.check((SltRecord.Statement) r, out));
                }
            }
        }
    }

    private boolean skippedByCondition(SltRecord.Executable r) {
        return r.conditions().stream().anyMatch(c -> c.skips(config.labels()));
    }

    /**
     * A file that can't be parsed fails as a whole. Its records can't be listed exactly,
     * so every line that starts like a statement/query header counts as one failed record.
     */
    private void failUnparsable(Path file, FileProgress progress, Exception e) {
        String why = "file does not parse: " + e.getMessage();
        progress.note(why);
        int count = 0;
        try {
            for (String line : RustText.lines(Files.readString(file))) {
                Matcher m = RECORD_HEADER.matcher(line);
                if (m.find()) {
                    count++;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // fall through with what was counted
        }
        for (int i = 0; i < Math.max(count, 1); i++) {
            progress.add(new RecordOutcome(new Location(file, 0, null), RecordOutcome.Status.FAILED, "", why));
        }
    }

    /**
     * Files may only write under scratch; each file starts with it empty, as in DataFusion.
     * With {@code keep} false the folder itself goes too (end of run).
     */
    static void emptyFolder(Path dir, boolean keep) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!keep || !p.equals(dir)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            if (keep) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty scratch folder " + dir, e);
        }
    }
}
