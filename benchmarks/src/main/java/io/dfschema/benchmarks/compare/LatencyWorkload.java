package io.dfschema.benchmarks.compare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code latency}: the round trip of the smallest queries, in microseconds over many iterations after a
 * warm-up (median and p99):
 * <ul>
 *   <li>{@code select_1}: {@code SELECT 1} through one reused Statement, its one value read;</li>
 *   <li>{@code point_query}: a PreparedStatement {@code SELECT n_name, n_regionkey FROM nation_point WHERE
 *       n_nationkey = ?} with the key changing every execution, over an in-memory copy of the 25-row
 *       TPC-H nation table ({@code CREATE TABLE ... AS SELECT}), so the figure is the query path and not a
 *       Parquet file read.</li>
 * </ul>
 * The check is the number of rows returned, one an execution.
 */
final class LatencyWorkload extends Workload {
    LatencyWorkload() {
        super("latency", Engine.BOTH);
    }

    @Override
    void run(Engine engine, Context context, Sink out) throws Exception {
        Effort effort = context.effort();
        try (Connection c = engine.connect()) {
            engine.mountTpch(c, context.tpchDir());
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE nation_point AS SELECT * FROM nation");
                long[] rows = {0};
                double[] us = Repeats.micros(effort.latencyWarmup(), effort.latencyRuns(), () -> rows[0] += selectOne(st));
                long measuredRows = rows[0] - effort.latencyWarmup();
                out.measured(new Measurement(name(), "select_1", engine.name(), "us", us, measuredRows, "rows=" + measuredRows));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT n_name, n_regionkey FROM nation_point WHERE n_nationkey = ?")) {
                long[] state = {0, 0}; // executions so far, rows returned
                double[] us = Repeats.micros(effort.latencyWarmup(), effort.latencyRuns(), () -> {
                    ps.setLong(1, state[0]++ % 25);
                    state[1] += point(ps);
                });
                long measuredRows = state[1] - effort.latencyWarmup();
                out.measured(new Measurement(name(), "point_query", engine.name(), "us", us, measuredRows,
                        "rows=" + measuredRows));
            }
        }
    }

    private static long selectOne(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1")) {
            long n = 0;
            while (rs.next()) {
                Blackhole.consume(rs.getInt(1));
                n++;
            }
            return n;
        }
    }

    private static long point(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            long n = 0;
            while (rs.next()) {
                Blackhole.consume(rs.getString(1).length() + rs.getLong(2));
                n++;
            }
            return n;
        }
    }
}
