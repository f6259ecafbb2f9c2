package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.ManyTablesFixture;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * {@code metadata}: DatabaseMetaData over 1,000 empty tables of 20 columns, made by the same CREATE TABLE
 * statements in both engines ({@link ManyTablesFixture}); every result read with the values a tool
 * reads. Figures: {@code get_tables} ({@code getTables(null, null, "%", null)}), {@code get_columns_all}
 * ({@code getColumns(null, null, "%", "%")}) and {@code get_columns_one} ({@code getColumns(null, null,
 * "table_N", null)}, a different table each run, the name as tools pass it). The engines list different
 * system tables, so only the one-table figure has a check both must agree on.
 */
final class MetadataWorkload extends Workload {
    static final int TABLES = 1000;
    static final int COLUMNS = 20;

    MetadataWorkload() {
        super("metadata", Engine.BOTH);
    }

    @Override
    void run(Engine engine, Context context, Sink out) throws Exception {
        Effort effort = context.effort();
        try (Connection c = engine.connect()) {
            ManyTablesFixture.create(c, TABLES, COLUMNS);
            DatabaseMetaData md = c.getMetaData();
            long[] rows = {0};
            double[] ms = Repeats.millis(effort.metadataWarmup(), effort.metadataRuns(),
                    () -> rows[0] = atLeast(ManyTablesFixture.readTables(md.getTables(null, null, "%", null)), TABLES));
            out.measured(new Measurement(name(), "get_tables", engine.name(), "ms", ms, rows[0], null));

            ms = Repeats.millis(effort.metadataWarmup(), effort.metadataRuns(),
                    () -> rows[0] = atLeast(ManyTablesFixture.readColumns(md.getColumns(null, null, "%", "%")),
                            (long) TABLES * COLUMNS));
            out.measured(new Measurement(name(), "get_columns_all", engine.name(), "ms", ms, rows[0], null));

            int[] next = {0};
            ms = Repeats.millis(effort.metadataWarmup() * 10, effort.metadataRuns() * 10, () -> {
                String table = "table_" + (next[0]++ * 7919 % TABLES);
                rows[0] = atLeast(ManyTablesFixture.readColumns(md.getColumns(null, null, table, null)), COLUMNS);
            });
            out.measured(new Measurement(name(), "get_columns_one", engine.name(), "ms", ms, rows[0], "rows=" + rows[0]));
        }
    }

    private static long atLeast(long rows, long expected) throws SQLException {
        if (rows < expected) {
            throw new SQLException("metadata returned " + rows + " rows, expected at least " + expected);
        }
        return rows;
    }
}
