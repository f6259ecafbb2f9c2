package io.dfschema.slt;

import java.util.List;

/**
 * One record of a parsed .slt file, after include expansion. Comments and blank lines
 * are dropped by the parser; condition lines are folded into the record they precede.
 */
public sealed interface SltRecord {

    Location location();

    /** Records that run SQL and count in pass/fail/skip totals. */
    sealed interface Executable extends SltRecord {
        List<Condition> conditions();

        String sql();
    }

    /**
     * {@code statement ok}, {@code statement count N} or {@code statement error ...}.
     * Exactly one of: nothing (ok), {@code expectedCount}, {@code expectedError} is set.
     */
    record Statement(Location location, List<Condition> conditions, String sql,
                     Long expectedCount, ExpectedError expectedError) implements Executable {
    }

    /**
     * {@code query <types> [sortmode] [label]} with its expected rows, or
     * {@code query error ...} (then {@code expectedError} is set and rows are empty).
     * {@code sortMode} is null when the header names none (the file default applies).
     */
    record Query(Location location, List<Condition> conditions, String sql, String typeLetters,
                 SortMode sortMode, String label, List<String> expectedRows,
                 ExpectedError expectedError) implements Executable {
    }

    /** {@code halt}: the rest of the file is not run. */
    record Halt(Location location) implements SltRecord {
    }

    /** {@code control sortmode <mode>}: default sort mode for later queries. */
    record SortModeControl(Location location, SortMode mode) implements SltRecord {
    }

    /**
     * A directive the parser accepts but this runner does not act on (sleep, subtest,
     * connection, hash-threshold, control substitution/resultmode, system). Kept so the
     * runner can say which one it ignored; none occurs in DataFusion's corpus.
     */
    record Directive(Location location, String text) implements SltRecord {
    }
}
