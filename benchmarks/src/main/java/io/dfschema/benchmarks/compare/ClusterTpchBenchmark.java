package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.tpch.TpchData;
import io.dfschema.benchmarks.tpch.TpchQueries;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 22 TPC-H queries on the embedded engine and on a running Ballista cluster (docs/distributed.md), in
 * one JVM on the same Parquet files: per query the median of {@code --runs} timed runs after one warm-up, every
 * row read, and a check that both answered with the same number of rows. Prints a Markdown table.
 *
 * <pre>
 * ./dfschema-cluster start --executors 2
 * benchmarks/run-cluster-tpch --sf=1 --engine=ballista://127.0.0.1:50050 [--runs=3]
 * </pre>
 */
public final class ClusterTpchBenchmark {
    private ClusterTpchBenchmark() {}

    public static void main(String[] args) throws Exception {
        double scale = 1;
        String engine = "ballista://127.0.0.1:50050";
        int runs = 3;
        for (String a : args) {
            if (a.startsWith("--sf=")) {
                scale = Double.parseDouble(a.substring(5));
            } else if (a.startsWith("--engine=")) {
                engine = a.substring(9);
            } else if (a.startsWith("--runs=")) {
                runs = Integer.parseInt(a.substring(7));
            } else {
                throw new IllegalArgumentException("unknown argument " + a + " (--sf=, --engine=, --runs=)");
            }
        }
        Path data = TpchData.at(scale);
        Path init = Files.createTempFile("tpch", ".sql");
        Files.writeString(init, TpchData.initScript(data));
        String props = "?init=" + URLEncoder.encode(init.toString(), StandardCharsets.UTF_8);
        Map<String, String> queries = new TreeMap<>(TpchQueries.at(scale));
        double totalHere = 0;
        double totalThere = 0;
        StringBuilder table = new StringBuilder("| query | embedded (ms) | cluster (ms) | cluster/embedded |\n| --- | ---: | ---: | ---: |\n");
        try (Connection here = DriverManager.getConnection("jdbc:dfschema:" + props);
             Connection there = DriverManager.getConnection("jdbc:dfschema:" + props + "&engine="
                     + URLEncoder.encode(engine, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                long[] rows = new long[2];
                double a = median(here, q.getValue(), runs, rows, 0);
                double b = median(there, q.getValue(), runs, rows, 1);
                if (rows[0] != rows[1]) {
                    throw new IllegalStateException(q.getKey() + ": " + rows[0] + " rows embedded, " + rows[1] + " on the cluster");
                }
                totalHere += a;
                totalThere += b;
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f |%n", q.getKey(), a, b, b / a));
                System.err.printf(Locale.ROOT, "%s: %.0f ms embedded, %.0f ms on the cluster%n", q.getKey(), a, b);
            }
        }
        table.append(String.format(Locale.ROOT, "| total | %.0f | %.0f | %.2f |%n", totalHere, totalThere, totalThere / totalHere));
        System.out.printf(Locale.ROOT, "TPC-H SF %s, %d runs per query (median), engine %s%n%n%s", scale, runs, engine, table);
        Files.deleteIfExists(init);
    }

    private static double median(Connection c, String sql, int runs, long[] rows, int slot) throws SQLException {
        read(c, sql); // warm-up
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows[slot] = read(c, sql);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Stats.of(times).median();
    }

    private static long read(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return RowReader.readAll(rs);
        }
    }
}
