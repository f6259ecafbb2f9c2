package io.dfschema.jdbc;

import io.dfschema.metadata.jdbc.RowResultSet;
import java.sql.ResultSet;
import java.util.List;

/** Correctly shaped empty results for features the engine does not have. */
final class EmptyResults {
    private EmptyResults() {}

    /** The engine generates no keys: an empty result with one (unnamed) key column, as pgjdbc returns. */
    static ResultSet generatedKeys() {
        return RowResultSet.empty(List.of(RowResultSet.Column.bigint("GENERATED_KEY")));
    }
}
