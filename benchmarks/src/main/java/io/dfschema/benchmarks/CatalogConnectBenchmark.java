package io.dfschema.benchmarks;

import io.dfschema.engine.NativeStats;
import io.dfschema.metadata.catalog.PreparedCatalogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What connecting to a contract catalog costs as it grows: catalogs of 1, 100, 1,000 and 10,000
 * Parquet datasets (eight declared columns each, all pointing at one real Parquet file written by the
 * engine):
 * <ul>
 *   <li>prepare: the first connection of a JVM to a catalog (registry file present): parse the contract,
 *       register every dataset in an engine dataset set (no file is touched), encode the diagnostics rows;</li>
 * </ul>
 * and medians over later fresh connections of
 * <ul>
 *   <li>connect: mount the prepared catalog (its cost does not depend on the number of datasets); and</li>
 *   <li>the first query on one dataset, which builds that dataset (reads its file footer, checks drift);</li>
 *   <li>the native heap each of 10 connections open at once adds, each having queried one dataset.</li>
 * </ul>
 * The registry file is written by the first connection and only read by the others, as in use.
 *
 * <pre>
 * mvn -q -B install -DskipTests -pl benchmarks -am
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt) \
 *     io.dfschema.benchmarks.CatalogConnectBenchmark [--sizes=1,100,1000,10000] [--runs=5]
 * </pre>
 */
public final class CatalogConnectBenchmark {

    public static void main(String[] args) throws Exception {
        int[] sizes = {1, 100, 1000, 10000};
        int runs = 5;
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            switch (kv[0]) {
                case "sizes" -> sizes = Arrays.stream(kv[1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "runs" -> runs = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        Path dir = Files.createTempDirectory("dfschema-catalog-bench");
        try {
            Path data = dir.resolve("data.parquet");
            ContractCatalogFixture.writeDataFile(data);
            System.out.printf("%-10s %12s %12s %16s %22s%n", "datasets", "prepare ms", "connect ms", "first query ms",
                    "native KiB/connection");
            for (int n : sizes) {
                Path yaml = dir.resolve("c" + n + ".dfschema.yaml");
                Files.writeString(yaml, ContractCatalogFixture.catalogOverOneFile(n, data), StandardCharsets.UTF_8);
                String url = "jdbc:dfschema:" + yaml;
                try (Connection warm = DriverManager.getConnection(url)) {
                    query(warm, "SELECT count(*) FROM d0");
                }
                // What the first connection of a JVM pays (the registry file exists already).
                PreparedCatalogs.clear();
                long p0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection(url)) {
                    query(c, "SELECT 1");
                }
                double prepare = (System.nanoTime() - p0) / 1e6;
                List<Double> connect = new ArrayList<>();
                List<Double> first = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    try (Connection c = DriverManager.getConnection(url)) {
                        long t1 = System.nanoTime();
                        query(c, "SELECT count(*) FROM d" + (n - 1));
                        long t2 = System.nanoTime();
                        connect.add((t1 - t0) / 1e6);
                        first.add((t2 - t1) / 1e6);
                    }
                }
                System.out.printf("%-10d %12.1f %12.1f %16.1f %22.1f%n", n, prepare, median(connect), median(first),
                        nativeBytesPerConnection(url) / 1024.0);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Native heap that each of 10 connections held open together adds (one dataset queried in each). */
    private static double nativeBytesPerConnection(String url) throws Exception {
        List<Connection> open = new ArrayList<>();
        long before = NativeStats.read().heapBytes();
        try {
            for (int i = 0; i < 10; i++) {
                Connection c = DriverManager.getConnection(url);
                open.add(c);
                query(c, "SELECT count(*) FROM d0");
            }
            return (NativeStats.read().heapBytes() - before) / 10.0;
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
    }

    private static void query(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rs.getLong(1);
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
