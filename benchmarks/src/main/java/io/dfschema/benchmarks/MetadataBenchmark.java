package io.dfschema.benchmarks;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * DatabaseMetaData speed on a real session: {@code tables} tables of {@code columns} columns each
 * (default 1,000 × 20 = 20,000 columns, ten column types in turn) created with CREATE TABLE, then
 * medians of
 * <ul>
 *   <li>{@code getColumns(null, null, "table_N", null)}, a different table each run (target &lt; 1 ms): the
 *       name as most tools pass it, where {@code _} is a LIKE wildcard;</li>
 *   <li>the same with the name escaped ({@code "table\\_N"}), a literal name (target &lt; 1 ms);</li>
 *   <li>{@code getColumns(null, null, "%", "%")}, every column (target &lt; 15 ms);</li>
 *   <li>{@code getTables(null, null, "%", null)};</li>
 *   <li>the first call after DDL, which reloads the snapshot from information_schema (reported, no target).</li>
 * </ul>
 * Every call's result set is read to the end, with the values a tool reads (names, DATA_TYPE,
 * TYPE_NAME, COLUMN_SIZE, NULLABLE, ORDINAL_POSITION), so no case can skip work.
 *
 * <pre>
 * mvn -q -B install -DskipTests -pl benchmarks -am
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt) \
 *     io.dfschema.benchmarks.MetadataBenchmark [--tables=1000] [--columns=20] [--runs=2000] [--reloads=10]
 * </pre>
 * Exits with status 1 when a target is missed.
 */
public final class MetadataBenchmark {

    static final double TARGET_ONE_TABLE_MS = 1.0;
    static final double TARGET_ALL_COLUMNS_MS = 15.0;

    public static void main(String[] args) throws Exception {
        int tables = 1000;
        int columns = 20;
        int runs = 2000;
        int reloads = 10;
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected --name=value, got " + a);
            }
            int v = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "tables" -> tables = v;
                case "columns" -> columns = v;
                case "runs" -> runs = v;
                case "reloads" -> reloads = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:")) {
            long t0 = System.nanoTime();
            ManyTablesFixture.create(c, tables, columns);
            double createMs = ms(System.nanoTime() - t0);
            DatabaseMetaData md = c.getMetaData();
            long expectedAll = (long) tables * columns;

            // the first call after DDL loads the snapshot
            double[] reload = new double[reloads];
            for (int i = 0; i < reloads; i++) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE OR REPLACE TABLE reload_marker AS SELECT " + i + " AS i");
                }
                long s = System.nanoTime();
                check(ManyTablesFixture.readColumns(md.getColumns(null, null, "table_0", null)), columns, "table_0 after DDL");
                reload[i] = ms(System.nanoTime() - s);
            }

            // warm up the paths being measured
            for (int i = 0; i < Math.max(1000, runs / 2); i++) {
                ManyTablesFixture.readColumns(md.getColumns(null, null, "table_" + (i % tables), null));
            }
            for (int i = 0; i < 30; i++) {
                ManyTablesFixture.readColumns(md.getColumns(null, null, "%", "%"));
                ManyTablesFixture.readTables(md.getTables(null, null, "%", null));
            }

            // "table_N" as most tools pass it: '_' is a LIKE wildcard, so every table name is matched
            double[] one = new double[runs];
            for (int i = 0; i < runs; i++) {
                String table = "table_" + ((i * 7919) % tables);
                long s = System.nanoTime();
                long n = ManyTablesFixture.readColumns(md.getColumns(null, null, table, null));
                one[i] = ms(System.nanoTime() - s);
                check(n, columns, table);
            }
            // "table\\_N" (escaped with getSearchStringEscape): a literal name, answered by a map lookup
            double[] literal = new double[runs];
            for (int i = 0; i < runs; i++) {
                String table = "table\\_" + ((i * 7919) % tables);
                long s = System.nanoTime();
                long n = ManyTablesFixture.readColumns(md.getColumns(null, null, table, null));
                literal[i] = ms(System.nanoTime() - s);
                check(n, columns, table);
            }
            int allRuns = Math.max(20, runs / 40);
            double[] all = new double[allRuns];
            double[] tablesAll = new double[allRuns];
            for (int i = 0; i < allRuns; i++) {
                long s = System.nanoTime();
                long n = ManyTablesFixture.readColumns(md.getColumns(null, null, "%", "%"));
                all[i] = ms(System.nanoTime() - s);
                // the user tables, the marker table, and information_schema's own tables
                if (n < expectedAll) {
                    throw new IllegalStateException("getColumns(%,%) returned " + n + " rows, expected >= " + expectedAll);
                }
                s = System.nanoTime();
                long tn = ManyTablesFixture.readTables(md.getTables(null, null, "%", null));
                tablesAll[i] = ms(System.nanoTime() - s);
                if (tn < tables) {
                    throw new IllegalStateException("getTables returned " + tn + " rows");
                }
            }

            System.out.printf(Locale.ROOT, "MetadataBenchmark: %d tables x %d columns (%d columns), %s%n",
                    tables, columns, expectedAll, md.getDatabaseProductName() + " " + md.getDatabaseProductVersion());
            System.out.printf(Locale.ROOT, "  CREATE TABLE x %d                         %10.1f ms total%n", tables,
                    createMs);
            report("first getColumns after DDL (snapshot load)", reload, Double.NaN);
            report("getColumns(null, null, \"table_N\", null)", one, TARGET_ONE_TABLE_MS);
            report("getColumns(null, null, \"table\\\\_N\", null)", literal, TARGET_ONE_TABLE_MS);
            report("getColumns(null, null, \"%\", \"%\")", all, TARGET_ALL_COLUMNS_MS);
            report("getTables(null, null, \"%\", null)", tablesAll, Double.NaN);
            boolean ok = median(one) < TARGET_ONE_TABLE_MS && median(literal) < TARGET_ONE_TABLE_MS
                    && median(all) < TARGET_ALL_COLUMNS_MS;
            System.out.println(ok ? "  targets met" : "  TARGET MISSED");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    private static void check(long n, long expected, String what) {
        if (n != expected) {
            throw new IllegalStateException(what + ": " + n + " rows, expected " + expected);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static void report(String what, double[] values, double target) {
        double[] s = values.clone();
        Arrays.sort(s);
        String t = Double.isNaN(target) ? "" : String.format(Locale.ROOT, "  (target < %s ms)", trim(target));
        System.out.printf(Locale.ROOT, "  %-44s median %8.3f ms  min %8.3f  p90 %8.3f  max %8.3f  n=%d%s%n", what,
                median(values), s[0], s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.9))], s[s.length - 1],
                s.length, t);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
