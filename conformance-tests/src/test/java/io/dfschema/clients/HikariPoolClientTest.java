package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.dfschema.engine.NativeStats;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HikariCP 5 over the driver: pool start-up (isValid, then a connectionTestQuery), 16 threads
 * running queries and metadata calls on pooled connections, and after the pool closes, no native
 * session, plan or stream left behind ({@link NativeStats}); and a small pool over the CST contract
 * catalog's URL.
 */
class HikariPoolClientTest {

    private static HikariConfig config(String url, String name) {
        HikariConfig cfg = new HikariConfig();
        cfg.setDriverClassName("io.dfschema.jdbc.DfSchemaDriver");
        cfg.setJdbcUrl(url);
        cfg.setPoolName(name);
        cfg.setMaximumPoolSize(8);
        cfg.setMinimumIdle(2);
        cfg.setConnectionTimeout(30_000);
        cfg.setValidationTimeout(5_000);
        cfg.setInitializationFailTimeout(10_000);
        cfg.setRegisterMbeans(false);
        return cfg;
    }

    @Test
    void sixteenThreadsOnAPoolThenNothingLeaks(@TempDir Path dir) throws Exception {
        String url = ClientFixture.fixtureUrl(dir);
        NativeStats baseline = NativeStats.read();

        // two pools: the default validation (Connection.isValid) and a connectionTestQuery
        HikariConfig withTestQuery = config(url, "dfschema-test-query");
        withTestQuery.setConnectionTestQuery("SELECT 1");
        withTestQuery.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(withTestQuery);
             Connection c = ds.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM orders")) {
            assertTrue(rs.next());
            assertEquals(6, rs.getLong(1));
        }
        assertBackToBaseline(baseline);

        int threads = 16;
        int rounds = 25;
        try (HikariDataSource ds = new HikariDataSource(config(url, "dfschema-16"))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int checks = 0;
                    for (int r = 0; r < rounds; r++) {
                        try (Connection c = ds.getConnection()) {
                            assertTrue(c.isValid(2));
                            switch ((thread + r) % 4) {
                                case 0 -> {
                                    try (PreparedStatement ps = c.prepareStatement(
                                            "SELECT count(*), sum(amount) FROM orders WHERE customer_id = ?")) {
                                        ps.setLong(1, 1 + (r % 3));
                                        try (ResultSet rs = ps.executeQuery()) {
                                            assertTrue(rs.next());
                                            assertEquals(r % 3 == 2 ? 1 : 2, rs.getLong(1));
                                        }
                                    }
                                }
                                case 1 -> {
                                    DatabaseMetaData md = c.getMetaData();
                                    try (ResultSet rs = md.getTables(null, "public", "%", null)) {
                                        int n = 0;
                                        while (rs.next()) {
                                            n++;
                                        }
                                        assertEquals(5, n);
                                    }
                                    try (ResultSet rs = md.getColumns(null, "public", "orders", "%")) {
                                        int n = 0;
                                        while (rs.next()) {
                                            n++;
                                        }
                                        assertEquals(5, n);
                                    }
                                }
                                case 2 -> {
                                    // a big streamed result closed before its end
                                    try (Statement st = c.createStatement()) {
                                        st.setFetchSize(100);
                                        try (ResultSet rs = st.executeQuery(
                                                "SELECT value FROM generate_series(1, 100000) AS t(value)")) {
                                            for (int i = 0; i < 150; i++) {
                                                assertTrue(rs.next());
                                            }
                                        }
                                    }
                                }
                                default -> {
                                    try (Statement st = c.createStatement();
                                         ResultSet rs = st.executeQuery("SELECT name FROM big_orders ORDER BY order_id")) {
                                        List<String> names = new ArrayList<>();
                                        while (rs.next()) {
                                            names.add(rs.getString(1));
                                        }
                                        assertEquals(List.of("Ada", "Grace"), names);
                                    }
                                    // a statement left open: the pool closes it when the connection returns
                                    Statement leaked = c.createStatement();
                                    leaked.executeQuery("SELECT * FROM customers");
                                }
                            }
                            checks++;
                        }
                    }
                    return checks;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(threads * rounds, total);

            HikariPoolMXBean bean = ds.getHikariPoolMXBean();
            assertEquals(0, bean.getActiveConnections());
            assertTrue(bean.getTotalConnections() <= 8, "pool size " + bean.getTotalConnections());
            assertTrue(bean.getTotalConnections() >= 1);
            // one native session per pooled connection (Hikari may still be adding one it asked for at peak)
            NativeStats during = NativeStats.read();
            for (int i = 0; i < 100 && during.sessions() != baseline.sessions() + bean.getTotalConnections(); i++) {
                Thread.sleep(20);
                during = NativeStats.read();
            }
            assertEquals(baseline.sessions() + bean.getTotalConnections(), during.sessions(),
                    "one native session per pooled connection: " + during);
        }
        assertBackToBaseline(baseline);
    }

    /**
     * A pool over the CST contract catalog's URL: every pooled connection opens the catalog (the same copy,
     * so connections opening at once share its registry file), validates with isValid and queries its views.
     */
    @Test
    void poolOverTheContractCatalog(@TempDir Path dir) throws Exception {
        NativeStats baseline = NativeStats.read();
        HikariConfig cfg = config(CstCatalog.url(dir), "dfschema-cst");
        cfg.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(cfg);
             Connection a = ds.getConnection();
             Connection b = ds.getConnection()) {
            assertTrue(a.isValid(2) && b.isValid(2));
            assertEquals("cst", a.getCatalog());
            assertEquals(List.of(List.of("27")), ClientFixture.rows(a, "SELECT count(*) FROM call_edges"));
            try (PreparedStatement ps = b.prepareStatement(
                    "SELECT name, bstart, bend FROM libcst_names WHERE node_id = ?")) {
                ps.setLong(1, 202);
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(List.of(List.of("config", "7", "13")), ClientFixture.rows(rs));
                }
            }
        }
        assertBackToBaseline(baseline);
    }

    private static void assertBackToBaseline(NativeStats baseline) throws InterruptedException {
        // Hikari closes connections on its housekeeping threads; give them a moment
        NativeStats now = NativeStats.read();
        for (int i = 0; i < 100 && (now.sessions() != baseline.sessions() || now.streams() != 0 || now.plans() != 0); i++) {
            Thread.sleep(50);
            now = NativeStats.read();
        }
        assertEquals(baseline.sessions(), now.sessions(), "sessions back to the baseline: " + now);
        assertEquals(0, now.streams(), "live streams: " + now);
        assertEquals(0, now.plans(), "live plans: " + now);
        assertFalse(now.cancelTokens() > baseline.cancelTokens(), "cancel tokens: " + now);
    }
}
