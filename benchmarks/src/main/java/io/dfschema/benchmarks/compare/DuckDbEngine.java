package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB through its own JDBC driver with its default settings (an in-memory database per connection,
 * as many threads as cores, results materialised before the first row is handed out).
 */
final class DuckDbEngine implements Engine {
    @Override
    public String name() {
        return DUCKDB;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
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
