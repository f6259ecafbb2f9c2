package io.dfschema.slt;

import java.util.List;

/**
 * Decides whether a record's output meets its expectation, following sqllogictest-rs's
 * {@code run_async} plus DataFusion's validators (SLT-FORMAT.md §2, §4).
 *
 * <p>JDBC difference handled here: DataFusion answers DML with one row of a UInt64
 * "count" column and DDL with "statement complete"; JDBC reports both as an update
 * count. A {@code query} record that expects rows and gets an update count is therefore
 * compared as DataFusion's one-row count result (type letter I); one with an empty
 * expected block passes as DataFusion's statement-complete would.
 */
final class RecordChecker {
    private final RowNormalizer normalizer;
    private final PathRewriter paths;

    RecordChecker(RowNormalizer normalizer, PathRewriter paths) {
        this.normalizer = normalizer;
        this.paths = paths;
    }

    RecordOutcome check(SltRecord.Statement r, DbOutput out) {
        if (out instanceof DbOutput.Broken b) {
            return RecordOutcome.failed(r, b.description());
        }
        if (out instanceof DbOutput.Error e) {
            if (r.expectedError() == null) {
                return RecordOutcome.failed(r, "statement failed: " + e.text());
            }
            return errorMatches(r, r.expectedError(), e.text());
        }
        if (r.expectedError() != null) {
            return RecordOutcome.failed(r, "statement succeeded but an error was expected: "
                    + r.expectedError().describe());
        }
        if (r.expectedCount() != null) {
            long actual = out instanceof DbOutput.Rows rows ? rows.rows().size() : ((DbOutput.Complete) out).count();
            if (actual != r.expectedCount()) {
                return RecordOutcome.failed(r, "statement count: expected " + r.expectedCount() + ", actual " + actual);
            }
        }
        return RecordOutcome.passed(r);
    }

    RecordOutcome check(SltRecord.Query r, DbOutput out, SortMode fileDefault) {
        if (out instanceof DbOutput.Broken b) {
            return RecordOutcome.failed(r, b.description());
        }
        if (out instanceof DbOutput.Error e) {
            if (r.expectedError() == null) {
                return RecordOutcome.failed(r, "query failed: " + e.text());
            }
            return errorMatches(r, r.expectedError(), e.text());
        }
        if (r.expectedError() != null) {
            return RecordOutcome.failed(r, "query succeeded but an error was expected: "
                    + r.expectedError().describe());
        }
        DbOutput.Rows rows;
        if (out instanceof DbOutput.Complete c) {
            if (r.expectedRows().isEmpty()) {
                return RecordOutcome.passed(r);
            }
            rows = new DbOutput.Rows(List.of("UInt64"), List.of(List.of(Long.toString(c.count()))));
        } else {
            rows = (DbOutput.Rows) out;
        }
        String actualLetters = TypeLetters.of(rows.arrowTypes());
        String expectedLetters = TypeLetters.normalizeHeader(r.typeLetters());
        if (!actualLetters.equals(expectedLetters)) {
            return RecordOutcome.failed(r, "column types: expected " + expectedLetters + ", actual "
                    + actualLetters + " " + rows.arrowTypes());
        }
        SortMode mode = r.sortMode() != null ? r.sortMode() : fileDefault != null ? fileDefault : SortMode.NOSORT;
        // Expected rows that echo a path get the same rewrite as the SQL, then the same
        // WORKSPACE_ROOT treatment as actual cells.
        List<String> expected = r.expectedRows().stream().map(paths::rewrite).map(normalizer::replaceRoot).toList();
        List<List<String>> actual = normalizer.normalize(rows.rows());
        ResultComparator.Difference d = ResultComparator.compare(actual, expected, mode);
        if (d != null) {
            return RecordOutcome.failed(r, d.describe() + "\n" + block("expected", expected)
                    + block("actual", ResultComparator.lines(ResultComparator.sort(actual, mode))));
        }
        return RecordOutcome.passed(r);
    }

    private static RecordOutcome errorMatches(SltRecord.Executable r, ExpectedError expected, String actual) {
        if (expected.matches(actual)) {
            return RecordOutcome.passed(r);
        }
        return RecordOutcome.failed(r, "error mismatch: expected " + expected.describe() + "\nactual error: " + actual);
    }

    private static final int BLOCK_LINES = 40;

    private static String block(String title, List<String> lines) {
        StringBuilder sb = new StringBuilder(title).append(" (").append(lines.size()).append(" lines):\n");
        for (int i = 0; i < Math.min(lines.size(), BLOCK_LINES); i++) {
            sb.append("    ").append(lines.get(i)).append('\n');
        }
        if (lines.size() > BLOCK_LINES) {
            sb.append("    ...\n");
        }
        return sb.toString();
    }
}
