package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** dfschema with its default settings: the embedded DataFusion session a {@code jdbc:dfschema:} URL opens. */
final class DfSchemaEngine implements Engine {
    @Override
    public String name() {
        return DFSCHEMA;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:dfschema:");
    }

    @Override
    public String parallelismQuery() {
        return "SELECT value FROM information_schema.df_settings WHERE name = 'datafusion.execution.target_partitions'";
    }

    /** The same external tables the load test's init script declares. */
    @Override
    public void mountTpch(Connection c, Path dir) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String ddl : TpchData.initScript(dir).split(";\n")) {
                if (!ddl.isBlank()) {
                    st.execute(ddl);
                }
            }
        }
    }
}
