package io.dfschema.benchmarks.compare;

import io.trino.tpch.LineItem;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchColumnType;
import io.trino.tpch.TpchTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * {@code bulk_fetch}: {@code SELECT * FROM lineitem}, every column read with its typed getter (getLong for
 * keys, getInt, getBigDecimal for money and quantities, getString, getDate), as an application mapping
 * rows into objects does. Each engine runs in a fresh JVM, so the peak RSS ({@code VmHWM}) at the end is
 * this workload's alone: the JVM, the engine's library and everything the fetch allocated. The check is
 * the row count and a checksum of every value read, which both engines must agree on. DuckDB runs twice:
 * with its default (the result materialised) and with streamed results ({@code duckdb-stream}).
 */
final class BulkFetchWorkload extends Workload {
    static final String QUERY = "SELECT * FROM lineitem";

    BulkFetchWorkload() {
        super("bulk_fetch", List.of(Engine.DFSCHEMA, Engine.DUCKDB, Engine.DUCKDB_STREAM));
    }

    @Override
    void run(Engine engine, Context context, Sink out) throws Exception {
        try (Connection c = engine.connect()) {
            engine.mountTpch(c, context.tpchDir());
            double before = ProcStatus.rssMiB();
            long[] result = new long[2];
            double[] ms = Repeats.millis(context.effort().fetchWarmup(), context.effort().fetchRuns(),
                    () -> fetch(c, result));
            String check = String.format(Locale.ROOT, "rows=%d checksum=%d", result[0], result[1]);
            out.measured(new Measurement(name(), "select_star", engine.name(), "ms", ms, result[0], check));
            out.measured(new Measurement(name(), "rss_before_fetch", engine.name(), "MiB", new double[] {before}, 0, null));
            out.measured(new Measurement(name(), "peak_rss", engine.name(), "MiB",
                    new double[] {ProcStatus.peakRssMiB()}, result[0], null));
        }
    }

    /** Reads the whole table; leaves the row count and the checksum in {@code result}. */
    private static void fetch(Connection c, long[] result) throws SQLException {
        List<TpchColumn<LineItem>> columns = TpchTable.LINE_ITEM.getColumns();
        long rows = 0;
        long sum = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            checkColumns(rs.getMetaData(), columns);
            int n = columns.size();
            TpchColumnType.Base[] types = new TpchColumnType.Base[n];
            for (int i = 0; i < n; i++) {
                types[i] = columns.get(i).getType().getBase();
            }
            while (rs.next()) {
                long row = 0;
                for (int i = 0; i < n; i++) {
                    row = row * 31 + switch (types[i]) {
                        case IDENTIFIER -> rs.getLong(i + 1);
                        case INTEGER -> rs.getInt(i + 1);
                        case DOUBLE -> {
                            // DECIMAL(15, 2): cents, whatever scale a driver's BigDecimal carries
                            BigDecimal d = rs.getBigDecimal(i + 1);
                            yield d.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
                        }
                        case VARCHAR -> rs.getString(i + 1).hashCode();
                        case DATE -> {
                            Date d = rs.getDate(i + 1);
                            yield d.toLocalDate().toEpochDay();
                        }
                    };
                }
                sum += row; // a sum of row hashes: the same whatever order the engine returns rows in
                rows++;
            }
        }
        result[0] = rows;
        result[1] = sum;
    }

    /** SELECT * must give the generator's columns in its order, or the typed getters would read the wrong ones. */
    private static void checkColumns(ResultSetMetaData md, List<TpchColumn<LineItem>> columns) throws SQLException {
        if (md.getColumnCount() != columns.size()) {
            throw new SQLException("lineitem has " + md.getColumnCount() + " columns, expected " + columns.size());
        }
        for (int i = 0; i < columns.size(); i++) {
            String expected = columns.get(i).getColumnName();
            if (!md.getColumnLabel(i + 1).equalsIgnoreCase(expected)) {
                throw new SQLException("column " + (i + 1) + " is " + md.getColumnLabel(i + 1) + ", expected " + expected);
            }
        }
    }
}
