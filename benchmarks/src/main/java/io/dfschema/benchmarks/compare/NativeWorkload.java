package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchQueries;
import io.dfschema.jdbc.DfSchemaResultSet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * {@code native}: what the JDBC layer itself costs. dfschema runs each TPC-H query two ways on the same
 * connection, alternating run by run so both see the same machine: through JDBC, every value read as in
 * {@code tpch} (engine {@code dfschema-jdbc}), and through the driver's Arrow escape hatch
 * ({@link DfSchemaResultSet#arrowReader}: the engine's batches handed over the Arrow C stream interface,
 * only the rows of each batch counted; engine {@code dfschema-arrow}).
 */
final class NativeWorkload extends Workload {
    static final String JDBC = "dfschema-jdbc";
    static final String ARROW = "dfschema-arrow";

    NativeWorkload() {
        super("native", List.of(Engine.DFSCHEMA));
    }

    @Override
    void run(Engine engine, Context context, Sink out) throws Exception {
        Effort effort = context.effort();
        try (BufferAllocator allocator = new RootAllocator(); Connection c = engine.connect()) {
            engine.mountTpch(c, context.tpchDir());
            for (Map.Entry<String, String> q : TpchQueries.at(context.scale()).entrySet()) {
                String sql = q.getValue();
                double[] jdbc = new double[effort.queryRuns()];
                double[] arrow = new double[effort.queryRuns()];
                long jdbcRows = 0;
                long arrowRows = 0;
                try {
                    for (int i = 0; i < effort.queryWarmup(); i++) {
                        TpchWorkload.execute(c, sql);
                        batches(c, sql, allocator);
                    }
                    for (int i = 0; i < effort.queryRuns(); i++) {
                        long t0 = System.nanoTime();
                        jdbcRows = TpchWorkload.execute(c, sql);
                        long t1 = System.nanoTime();
                        arrowRows = batches(c, sql, allocator);
                        long t2 = System.nanoTime();
                        jdbc[i] = (t1 - t0) / 1e6;
                        arrow[i] = (t2 - t1) / 1e6;
                    }
                } catch (SQLException e) {
                    out.failed(name(), q.getKey(), engine.name(), e.getMessage());
                    continue;
                }
                out.measured(new Measurement(name(), q.getKey(), JDBC, "ms", jdbc, jdbcRows, "rows=" + jdbcRows));
                out.measured(new Measurement(name(), q.getKey(), ARROW, "ms", arrow, arrowRows, "rows=" + arrowRows));
            }
        }
    }

    /** Runs the query and counts the rows of each Arrow batch, without reading a value. */
    private static long batches(Connection c, String sql, BufferAllocator allocator) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql);
             ArrowReader reader = rs.unwrap(DfSchemaResultSet.class).arrowReader(allocator)) {
            long rows = 0;
            while (reader.loadNextBatch()) {
                rows += reader.getVectorSchemaRoot().getRowCount();
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new SQLException("reading Arrow batches: " + e.getMessage(), e);
        }
    }
}
