package io.dfschema.slt;

import java.util.List;

/** What running one SQL text through JDBC produced, before any comparison. */
public sealed interface DbOutput {

    /** A ResultSet with columns: their Arrow type names and the rendered cells per row. */
    record Rows(List<String> arrowTypes, List<List<String>> rows) implements DbOutput {
    }

    /**
     * No result set, only an update count; or a result set with no columns (DataFusion's
     * "statement complete" for DDL). JDBC can't tell DDL from DML here: see
     * {@link RecordChecker} for how query records treat it.
     */
    record Complete(long count) implements DbOutput {
    }

    /** The engine refused the SQL: the error text the patterns are matched against. */
    record Error(String text) implements DbOutput {
    }

    /**
     * The driver misbehaved (an unchecked exception, a value it could not convert, a
     * timeout): the record fails whatever it expected, so a driver bug can't pass as an
     * expected error.
     */
    record Broken(String description) implements DbOutput {
    }
}
