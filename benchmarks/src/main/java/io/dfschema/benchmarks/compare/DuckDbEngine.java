package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * DuckDB through its own JDBC driver with its default settings (an in-memory database per connection,
 * as many threads as cores, a result materialised before its first row is handed out); or, as
 * {@code duckdb-stream}, the same with {@code jdbc_stream_results} on, so a large result streams as
 * dfschema's does and its peak memory compares.
 */
final class DuckDbEngine implements Engine {
    private final boolean streamResults;

    DuckDbEngine(boolean streamResults) {
        this.streamResults = streamResults;
    }

    @Override
    public String name() {
        return streamResults ? DUCKDB_STREAM : DUCKDB;
    }

    @Override
    public Connection connect() throws SQLException {
        Properties p = new Properties();
        if (streamResults) {
            p.setProperty("jdbc_stream_results", "true");
        }
        return DriverManager.getConnection("jdbc:duckdb:", p);
    }

    @Override
    public String parallelismQuery() {
        return "SELECT current_setting('threads')";
    }

    /** Views over {@code read_parquet}: DuckDB scans the same files dfschema does, nothing is imported. */
    @Override
    public void mountTpch(Connection c, Path dir) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : TpchData.tableNames()) {
                st.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('"
                        + TpchData.sql(TpchData.parquetFile(dir, table)) + "')");
            }
        }
    }
}
