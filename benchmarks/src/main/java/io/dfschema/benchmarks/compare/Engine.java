package io.dfschema.benchmarks.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One of the engines compared, reached only through its JDBC driver. */
interface Engine {
    String DFSCHEMA = "dfschema";
    String DUCKDB = "duckdb";
    String DUCKDB_STREAM = "duckdb-stream";

    String name();

    /** A new, empty session: a fresh in-memory database for DuckDB, a fresh DataFusion session for dfschema. */
    Connection connect() throws SQLException;

    /** Makes every TPC-H table of {@code dir} readable by its name on {@code c}, reading the Parquet files in place. */
    void mountTpch(Connection c, Path dir) throws SQLException;

    /** A query answering how many threads the engine runs a query on, as the engine reports it. */
    String parallelismQuery();

    static Engine named(String name) {
        return switch (name) {
            case DFSCHEMA -> new DfSchemaEngine();
            case DUCKDB -> new DuckDbEngine(false);
            case DUCKDB_STREAM -> new DuckDbEngine(true);
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    List<String> BOTH = List.of(DFSCHEMA, DUCKDB);
}
