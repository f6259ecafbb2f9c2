package io.dfschema.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.benchmarks.tpch.TpchData;
import io.dfschema.benchmarks.tpch.TpchQueries;
import io.dfschema.clients.CstCatalog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver on a real Ballista cluster: one scheduler and two executors of {@code dfschema-cluster} on
 * 127.0.0.1 (docs/distributed.md). Every answer must equal the embedded engine's; a query must actually run on
 * the cluster (its plan says so); killing an executor mid-query must end in an SQLException or a correct
 * answer, never a hang; and stopping the cluster leaves no process behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterTest {
    static final double SCALE = 0.01;

    @TempDir
    static Path tmp;
    LocalCluster cluster;
    Path tpch;
    String tpchInit;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = LocalCluster.start(Files.createDirectories(tmp.resolve("cluster")), 2);
        tpch = TpchData.at(SCALE);
        Path init = tmp.resolve("tpch.sql");
        Files.writeString(init, TpchData.initScript(tpch));
        tpchInit = "?init=" + URLEncoder.encode(init.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
            assertTrue(cluster.allStopped(), "every cluster process is gone after close");
        }
    }

    @Test
    void tpchQueriesGiveTheEmbeddedAnswers() throws Exception {
        Map<String, String> queries = new TreeMap<>(TpchQueries.at(SCALE));
        assertEquals(22, queries.size());
        try (Connection embedded = DriverManager.getConnection("jdbc:dfschema:" + tpchInit);
             Connection onCluster = DriverManager.getConnection(cluster.url(tpchInit))) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<String> expected = rows(embedded, q.getValue());
                List<String> actual = withLogs(() -> rows(onCluster, q.getValue()));
                assertSameRows(q.getKey(), expected, actual);
            }
            assertTrue(plan(onCluster, queries.get("q01")).contains("ClusterJob"), "q01 is planned as a cluster job");
            assertFalse(plan(embedded, queries.get("q01")).contains("ClusterJob"));
        }
    }

    @Test
    void theCstCatalogsDatasetsAndViewsGiveTheEmbeddedAnswers() throws Exception {
        Path contract = CstCatalog.copyTo(tmp.resolve("cst"));
        try (Connection embedded = DriverManager.getConnection("jdbc:dfschema:" + contract.toAbsolutePath());
             Connection onCluster = DriverManager.getConnection(cluster.url(contract.toAbsolutePath().toString()))) {
            List<String> relations = relations(onCluster.getMetaData());
            assertEquals(relations(embedded.getMetaData()), relations, "the same tables and views are listed");
            assertTrue(relations.size() >= 8, "datasets and views of the demo catalog: " + relations);
            for (String relation : relations) {
                String sql = "SELECT * FROM " + relation;
                assertSameRows(relation, rows(embedded, sql), withLogs(() -> rows(onCluster, sql)));
            }
            String join = "SELECT r.name, count(*) AS files FROM cst.public.repos r JOIN cst.public.libcst_files f "
                    + "ON f.repo = r.name GROUP BY r.name";
            assertSameRows(join, rows(embedded, join), rows(onCluster, join));
            // The builds happened in this connection too, so its diagnostics say what embedded ones say.
            String registrations = "SELECT dataset, status, fingerprint FROM dfschema.registrations";
            assertEquals(rows(embedded, registrations), rows(onCluster, registrations));
            String views = "SELECT * FROM dfschema.view_checks";
            assertEquals(rows(embedded, views).size(), rows(onCluster, views).size());
        }
    }

    /**
     * A contract dataset whose files differ from the contract and from each other (a narrower type, a renamed
     * column, a column only a default fills) reads the same on the cluster, through the contract's adapters,
     * and its adaptations are recorded in the connection's diagnostics; a file the mode refuses is refused there
     * too, with the same SQLState.
     */
    @Test
    void anEvolvingContractDatasetIsAdaptedOnTheExecutorsAsEmbedded() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("evolving"));
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT CAST(value AS INT) AS id, 'n' || value AS name FROM generate_series(1, 500)) TO '"
                    + folder.resolve("data/a.parquet") + "' STORED AS PARQUET");
            st.execute("COPY (SELECT CAST(value AS BIGINT) AS id, 'l' || value AS label FROM generate_series(501, 900)) TO '"
                    + folder.resolve("data/b.parquet") + "' STORED AS PARQUET");
        }
        Path contract = folder.resolve("e.dfschema.yaml");
        Files.writeString(contract, "dfschema: 1\nevolution: compatible\ndatasets:\n  - name: t\n    format: parquet\n"
                + "    location: data/\n    evolution: {mode: compatible, renamed_from: {name: [label]}}\n"
                + "    columns: [{name: id, type: BIGINT}, {name: name, type: VARCHAR}, "
                + "{name: score, type: BIGINT, nullable: false, default: '7'}]\n", StandardCharsets.UTF_8);
        String query = "SELECT id, name, score FROM t WHERE id % 7 = 0";
        // Ballista turns view types off (docs/distributed.md), so Utf8View reads as Utf8 there.
        String events = "SELECT event, column_name, replace(from_type, 'Utf8View', 'Utf8'), "
                + "replace(to_type, 'Utf8View', 'Utf8') FROM dfschema.adapter_events";
        try (Connection embedded = DriverManager.getConnection("jdbc:dfschema:" + contract);
             Connection onCluster = DriverManager.getConnection(cluster.url(contract.toString()))) {
            List<String> expected = rows(embedded, query);
            assertEquals(128, expected.size());
            assertTrue(expected.contains("504 | l504 | 7"), "the renamed column and the default are read embedded");
            assertSameRows("the evolving dataset", expected, withLogs(() -> rows(onCluster, query)));
            List<String> adapted = rows(onCluster, events);
            assertFalse(adapted.isEmpty(), "the cluster connection records the adaptations");
            assertEquals(rows(embedded, events), adapted);
        }
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT 'x' AS id, 'n' AS name) TO '" + folder.resolve("data/c.parquet") + "' STORED AS PARQUET");
        }
        try (Connection embedded = DriverManager.getConnection("jdbc:dfschema:" + contract);
             Connection onCluster = DriverManager.getConnection(cluster.url(contract.toString()))) {
            SQLException here = assertThrows(SQLException.class, () -> rows(embedded, query));
            SQLException there = assertThrows(SQLException.class, () -> rows(onCluster, query));
            assertEquals(here.getSQLState(), there.getSQLState(), there.getMessage());
            assertTrue(there.getMessage().contains("c.parquet"), "names the file: " + there.getMessage());
        }
    }

    @Test
    void aConnectionsOwnTableIsReadHereButNeverMixedWithClusterFiles() throws Exception {
        try (Connection c = DriverManager.getConnection(cluster.url(tpchInit)); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE picked AS VALUES (1), (2)");
            assertEquals(List.of("1", "2"), rows(c, "SELECT * FROM picked"));
            SQLException mixed = assertThrows(SQLException.class,
                    () -> rows(c, "SELECT count(*) FROM nation JOIN picked ON n_nationkey = picked.column1"));
            assertEquals("0A000", mixed.getSQLState());
            assertTrue(mixed.getMessage().contains("picked"), mixed.getMessage());
            SQLException write = assertThrows(SQLException.class,
                    () -> st.execute("COPY (SELECT * FROM nation) TO '" + tmp.resolve("n.parquet") + "'"));
            assertEquals("0A000", write.getSQLState());
        }
    }

    @Test
    void anUnreachableSchedulerFailsTheConnectionAt08001() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:dfschema:ballista://127.0.0.1:1"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void cancelStopsAClusterQuery() throws Exception {
        try (Connection c = DriverManager.getConnection(cluster.url(tpchInit)); Statement st = c.createStatement()) {
            CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> attempt(st, SLOW_QUERY));
            Thread.sleep(1500);
            long t0 = System.nanoTime();
            st.cancel();
            Object outcome = run.get(60, TimeUnit.SECONDS);
            assertTrue(outcome instanceof SQLException, "the cancelled query fails: " + outcome);
            assertEquals("57014", ((SQLException) outcome).getSQLState(), String.valueOf(outcome));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "cancel takes effect at once");
            assertEquals(List.of("25"), rows(c, "SELECT count(*) FROM nation"), "the connection still works");
        }
    }

    /** Last: it leaves the cluster with one executor. */
    @Test
    @Order(Integer.MAX_VALUE)
    void killingAnExecutorMidQueryEndsInAnErrorOrTheRightAnswerNeverAHang() throws Exception {
        String expected;
        try (Connection embedded = DriverManager.getConnection("jdbc:dfschema:" + tpchInit)) {
            expected = rows(embedded, SLOW_QUERY).get(0);
        }
        try (Connection c = DriverManager.getConnection(cluster.url(tpchInit)); Statement st = c.createStatement()) {
            st.setQueryTimeout(120);
            CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> attempt(st, SLOW_QUERY));
            Thread.sleep(1500);
            cluster.killExecutor(0);
            Object outcome;
            try {
                outcome = run.get(180, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the query hangs after an executor was killed\n" + cluster.logTails());
            }
            if (outcome instanceof SQLException e) {
                assertFalse(e.getSQLState() == null || e.getSQLState().isEmpty(), "the error has an SQLState: " + e);
                assertFalse(e.getMessage().isBlank());
            } else {
                assertEquals(expected, outcome, "a retried query gives the right answer");
            }
        }
    }

    /** A query over lineitem that runs for seconds at SF 0.01: ~720 M joined pairs, each comparing two strings. */
    static final String SLOW_QUERY = "SELECT count(*) FROM lineitem a JOIN lineitem b ON a.l_orderkey % 5 = b.l_orderkey % 5 "
            + "WHERE a.l_comment < b.l_comment";

    private static Object attempt(Statement st, String sql) {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return e;
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /** Runs {@code q}, adding the cluster's log tails to any SQLException. */
    private <T> T withLogs(Query<T> q) throws SQLException {
        try {
            return q.run();
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n" + cluster.logTails(), e.getSQLState(), e);
        }
    }

    /** Fails with the row counts and the first rows that differ, not both whole lists. */
    static void assertSameRows(String what, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        throw new AssertionError(what + " on the cluster: " + actual.size() + " rows, embedded " + expected.size()
                + "; missing " + missing.subList(0, Math.min(5, missing.size()))
                + ", extra " + extra.subList(0, Math.min(5, extra.size())));
    }

    /** Every row as one string, sorted: the engines may return rows of equal sort keys in any order. */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static String plan(Connection c, String sql) throws SQLException {
        return String.join("\n", rows(c, "EXPLAIN " + sql));
    }

    /** Tables and views of every schema but the driver's own (dfschema, information_schema), by full name. */
    private static List<String> relations(DatabaseMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!schema.equals("dfschema") && !schema.equals("information_schema")) {
                    out.add(rs.getString("TABLE_CAT") + "." + schema + "." + rs.getString("TABLE_NAME"));
                }
            }
        }
        out.sort(null);
        return out;
    }
}
