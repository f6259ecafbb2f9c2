package io.dfschema.benchmarks;

import io.dfschema.engine.NativeStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a database tool's first look at a large contract catalog costs: a catalog of {@code datasets}
 * Parquet datasets (default 10,000; eight declared columns each, every dataset a folder with one real
 * Parquet file written by the engine, profile {@code strict}), browsed on fresh connections as a
 * navigator does right after connecting:
 * <ul>
 *   <li>the first {@code getTables(null, null, "%", null)}, which loads the catalog's metadata snapshot
 *       (target: median &le; 50 ms);</li>
 *   <li>then the first {@code getColumns(null, null, "%", "%")} (target: median &le; 50 ms);</li>
 * </ul>
 * after {@code warmups} connections that browse the same way (the first prepares the catalog for the
 * JVM; together they warm the JIT as a database tool's long-running JVM is warm), once with every
 * dataset healthy and once with 1% of them broken (every hundredth: alternately a
 * missing folder and a file that is not Parquet). Every result set is read to the end with the values
 * a tool reads. The native build counter must not move while browsing: metadata is answered from the
 * contracts, no dataset is built.
 *
 * <pre>
 * mvn -q -B install -DskipTests -pl benchmarks -am
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt) \
 *     io.dfschema.benchmarks.CatalogBrowseBenchmark [--datasets=10000] [--runs=11] [--warmups=5]
 * </pre>
 * Exits with status 1 when a target is missed or browsing built a dataset.
 */
public final class CatalogBrowseBenchmark {

    static final double TARGET_MS = 50.0;

    public static void main(String[] args) throws Exception {
        int datasets = 10000;
        int runs = 11;
        int warmups = 5;
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            switch (kv[0]) {
                case "datasets" -> datasets = Integer.parseInt(kv[1]);
                case "runs" -> runs = Integer.parseInt(kv[1]);
                case "warmups" -> warmups = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        Path dir = Files.createTempDirectory("dfschema-browse-bench");
        boolean ok = true;
        try {
            Path data = dir.resolve("data.parquet");
            ContractCatalogFixture.writeDataFile(data);
            for (int i = 0; i < datasets; i++) {
                Files.copy(data, Files.createDirectories(dir.resolve("d" + i)).resolve("part-0.parquet"));
                if (broken(i)) {
                    Files.writeString(Files.createDirectories(dir.resolve("bad" + i)).resolve("part-0.parquet"),
                            "not parquet", StandardCharsets.UTF_8);
                }
            }
            System.out.printf(Locale.ROOT, "%-10s %-9s %22s %24s %8s%n", "datasets", "broken", "first getTables ms",
                    "first getColumns ms", "builds");
            for (boolean withBroken : new boolean[] {false, true}) {
                Path yaml = dir.resolve((withBroken ? "broken" : "healthy") + ".dfschema.yaml");
                Files.writeString(yaml, catalog(datasets, dir, withBroken), StandardCharsets.UTF_8);
                String url = "jdbc:dfschema:" + yaml;
                for (int w = 0; w < warmups; w++) {
                    // the first prepares the catalog for this JVM; all of them warm the JIT, as a tool's JVM is
                    try (Connection warm = DriverManager.getConnection(url)) {
                        browse(warm);
                    }
                }
                List<Double> tables = new ArrayList<>();
                List<Double> columns = new ArrayList<>();
                long builds = 0;
                for (int r = 0; r < runs; r++) {
                    try (Connection c = DriverManager.getConnection(url)) {
                        long b0 = NativeStats.read().datasetBuilds();
                        DatabaseMetaData md = c.getMetaData();
                        long t0 = System.nanoTime();
                        int t = readTables(md);
                        long t1 = System.nanoTime();
                        int n = readColumns(md);
                        long t2 = System.nanoTime();
                        builds += NativeStats.read().datasetBuilds() - b0;
                        if (t < datasets * 2 || n < datasets * 2 * 8) {
                            throw new IllegalStateException("saw " + t + " tables and " + n + " columns");
                        }
                        tables.add((t1 - t0) / 1e6);
                        columns.add((t2 - t1) / 1e6);
                    }
                }
                double mt = median(tables);
                double mc = median(columns);
                int brokenCount = withBroken ? (int) java.util.stream.IntStream.range(0, datasets)
                        .filter(CatalogBrowseBenchmark::broken).count() : 0;
                System.out.printf(Locale.ROOT, "%-10d %-9d %22.1f %24.1f %8d%n", datasets, brokenCount, mt, mc, builds);
                ok &= mt <= TARGET_MS && mc <= TARGET_MS && builds == 0;
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (!ok) {
            System.out.println("MISSED: a median above " + TARGET_MS + " ms, or browsing built a dataset");
            System.exit(1);
        }
    }

    /** Every hundredth dataset is broken in the broken variant. */
    private static boolean broken(int i) {
        return i % 100 == 0;
    }

    private static String catalog(int n, Path dir, boolean withBroken) {
        StringBuilder sb = new StringBuilder("dfschema: 1\ncatalog: bench\nprofile: strict\ndatasets:\n");
        for (int i = 0; i < n; i++) {
            // a broken dataset of the even hundreds reads its non-Parquet file, of the odd ones a missing folder
            Path location = !withBroken || !broken(i) ? dir.resolve("d" + i)
                    : dir.resolve((i % 200 == 0 ? "bad" : "gone") + i);
            sb.append("  - name: d").append(i).append('\n')
                    .append("    format: parquet\n")
                    .append("    location: ").append(location).append("/\n")
                    .append("    columns:\n");
            ContractCatalogFixture.columns(sb);
        }
        return sb.toString();
    }

    private static void browse(Connection c) throws Exception {
        DatabaseMetaData md = c.getMetaData();
        readTables(md);
        readColumns(md);
    }

    private static int readTables(DatabaseMetaData md) throws Exception {
        int n = 0;
        try (ResultSet rs = md.getTables(null, null, "%", null)) {
            while (rs.next()) {
                rs.getString("TABLE_CAT");
                rs.getString("TABLE_SCHEM");
                rs.getString("TABLE_NAME");
                rs.getString("TABLE_TYPE");
                rs.getString("REMARKS");
                n++;
            }
        }
        return n;
    }

    private static int readColumns(DatabaseMetaData md) throws Exception {
        int n = 0;
        try (ResultSet rs = md.getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                rs.getString("TABLE_NAME");
                rs.getString("COLUMN_NAME");
                rs.getInt("DATA_TYPE");
                rs.getString("TYPE_NAME");
                rs.getInt("COLUMN_SIZE");
                rs.getInt("NULLABLE");
                rs.getInt("ORDINAL_POSITION");
                n++;
            }
        }
        return n;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
