package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchQueries;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * {@code tpch}: the 22 TPC-H queries on one connection, each executed and read to the end (every value
 * through getObject and getString), {@code queryWarmup} times unmeasured, then {@code queryRuns} times
 * measured. The check is the row count, which both engines must agree on.
 */
final class TpchWorkload extends Workload {
    TpchWorkload() {
        super("tpch", Engine.BOTH);
    }

    @Override
    void run(Engine engine, Context context, Sink out) throws Exception {
        try (Connection c = engine.connect()) {
            engine.mountTpch(c, context.tpchDir());
            for (Map.Entry<String, String> q : TpchQueries.at(context.scale()).entrySet()) {
                long[] rows = {0};
                try {
                    double[] ms = Repeats.millis(context.effort().queryWarmup(), context.effort().queryRuns(),
                            () -> rows[0] = execute(c, q.getValue()));
                    out.measured(new Measurement(name(), q.getKey(), engine.name(), "ms", ms, rows[0], "rows=" + rows[0]));
                } catch (SQLException e) {
                    out.failed(name(), q.getKey(), engine.name(), e.getMessage());
                }
            }
        }
    }

    static long execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return RowReader.readAll(rs);
        }
    }
}
