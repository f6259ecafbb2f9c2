package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.ContractCatalogFixture;
import io.dfschema.metadata.catalog.PreparedCatalogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code connect}: what a new connection costs. Both engines: {@code open_close} (getConnection and
 * close of an empty in-memory session) and {@code first_query} ({@code SELECT 1} on the new connection,
 * executed and read). dfschema only, on a contract catalog of 1,000 Parquet datasets
 * ({@link ContractCatalogFixture}, as CatalogConnectBenchmark): {@code catalog_first_open}, the first
 * connection of a JVM to the catalog (prepared catalogs cleared before each run, registry file present),
 * and {@code catalog_connect}, later connections, which mount the prepared catalog.
 */
final class ConnectWorkload extends Workload {
    static final int CATALOG_DATASETS = 1000;

    ConnectWorkload() {
        super("connect", Engine.BOTH);
    }

    @Override
    void run(Engine engine, Context context, Sink out) throws Exception {
        Effort effort = context.effort();
        int total = effort.connectWarmup() + effort.connectRuns();
        double[] openClose = new double[effort.connectRuns()];
        double[] firstQuery = new double[effort.connectRuns()];
        for (int i = 0; i < total; i++) {
            long t0 = System.nanoTime();
            Connection c = engine.connect();
            long t1 = System.nanoTime();
            selectOne(c);
            long t2 = System.nanoTime();
            c.close();
            long t3 = System.nanoTime();
            int r = i - effort.connectWarmup();
            if (r >= 0) {
                openClose[r] = ((t1 - t0) + (t3 - t2)) / 1e6;
                firstQuery[r] = (t2 - t1) / 1e6;
            }
        }
        out.measured(new Measurement(name(), "open_close", engine.name(), "ms", openClose, 0, null));
        out.measured(new Measurement(name(), "first_query", engine.name(), "ms", firstQuery, 1, "rows=1"));
        if (engine.name().equals(Engine.DFSCHEMA)) {
            catalog(effort, out);
        }
    }

    private void catalog(Effort effort, Sink out) throws Exception {
        Path dir = Files.createTempDirectory("dfschema-compare-catalog");
        try {
            Path data = dir.resolve("data.parquet");
            ContractCatalogFixture.writeDataFile(data);
            Path yaml = dir.resolve("c" + CATALOG_DATASETS + ".dfschema.yaml");
            Files.writeString(yaml, ContractCatalogFixture.catalogOverOneFile(CATALOG_DATASETS, data), StandardCharsets.UTF_8);
            String url = "jdbc:dfschema:" + yaml;
            try (Connection warm = DriverManager.getConnection(url)) {
                selectOne(warm); // writes the registry file, as the first use does
            }
            // preparing takes ~0.1 s: fewer runs than the plain connects
            int prepareRuns = Math.max(5, effort.connectRuns() / 20);
            double[] first = Repeats.millis(Math.max(2, effort.connectWarmup() / 10), prepareRuns, () -> {
                PreparedCatalogs.clear();
                DriverManager.getConnection(url).close();
            });
            out.measured(new Measurement(name(), "catalog_first_open", Engine.DFSCHEMA, "ms", first, 0, null));
            double[] again = Repeats.millis(effort.connectWarmup(), effort.connectRuns(),
                    () -> DriverManager.getConnection(url).close());
            out.measured(new Measurement(name(), "catalog_connect", Engine.DFSCHEMA, "ms", again, 0, null));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void selectOne(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            while (rs.next()) {
                Blackhole.consume(rs.getInt(1));
            }
        }
    }
}
