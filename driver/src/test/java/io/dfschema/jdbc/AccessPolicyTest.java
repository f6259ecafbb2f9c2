package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allowed_paths}: whatever way SQL spells a path, a file outside the allowed folders is neither read
 * nor written, and the refusal is 42501 naming the path. Every local trick of the corpus works on an
 * unrestricted connection, so each refusal is the policy's doing and not some other failure.
 */
class AccessPolicyTest {
    @TempDir
    static Path root;
    static Path allowed;
    static Path secret;

    @BeforeAll
    static void files() throws Exception {
        allowed = Files.createDirectories(root.resolve("allowed"));
        secret = Files.createDirectories(root.resolve("secret"));
        Files.writeString(allowed.resolve("data.csv"), "a,b\n1,x\n2,y\n");
        Files.writeString(secret.resolve("secret.csv"), "a,b\n42,hidden\n");
        Files.createDirectories(root.resolve("allowed_evil"));
        Files.writeString(root.resolve("allowed_evil/x.csv"), "a,b\n7,evil\n");
        Files.createSymbolicLink(allowed.resolve("link"), Path.of("../secret"));
        Files.createSymbolicLink(allowed.resolve("file_link.csv"), secret.resolve("secret.csv"));
        Path mixed = Files.createDirectories(allowed.resolve("mixed"));
        Files.writeString(mixed.resolve("ok.csv"), "a,b\n1,x\n");
        Files.createSymbolicLink(mixed.resolve("escape"), secret);
        Files.createDirectories(allowed.resolve("sub"));
        Files.createSymbolicLink(allowed.resolve("alias"), allowed.resolve("sub"));
    }

    static Connection restricted() throws SQLException {
        Properties p = new Properties();
        p.setProperty("allowed_paths", allowed.toString());
        return DriverManager.getConnection("jdbc:dfschema:", p);
    }

    /** Local paths that reach {@code secret.csv} (or the folder holding it) from SQL. */
    static List<String> localTricks() {
        String a = allowed.toString();
        String s = secret.toString();
        return List.of(
                s + "/secret.csv",
                s + "/",
                a + "/../secret/secret.csv",
                a + "/./../secret/",
                a + "/sub/../../secret/secret.csv",
                a + "/link/secret.csv",
                a + "/link/",
                a + "/file_link.csv",
                a + "/../secret/*.csv",
                a + "/mixed/",
                "file://" + s + "/secret.csv",
                "file://" + a + "/%2e%2e/secret/secret.csv",
                "file://" + a + "/link/secret.csv",
                // URL parsing makes localhost the local host: the path is checked like any other.
                "file://localhost" + s + "/secret.csv",
                root + "/allowed_evil/x.csv",
                root + "//secret///secret.csv");
    }

    static String external(String name, String location) {
        return "CREATE EXTERNAL TABLE " + name + " STORED AS CSV LOCATION '" + location
                + "' OPTIONS ('format.has_header' 'true')";
    }

    @Test
    void everyLocalTrickIsRefusedWith42501AndWorksWithoutAPolicy() throws SQLException {
        List<String> tricks = localTricks();
        try (Connection open = Db.connect(); Connection c = restricted()) {
            for (int i = 0; i < tricks.size(); i++) {
                String location = tricks.get(i);
                Db.exec(open, external("t" + i, location));
                assertFalse(Db.column(open, "SELECT a FROM t" + i).isEmpty(), location);
                String sql = external("t" + i, location);
                SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, sql), location);
                assertEquals("42501", e.getSQLState(), location + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
            }
            assertEquals("1", Db.one(c, "SELECT 1"), "the connection stays usable");
        }
    }

    @Test
    void theRefusalNamesThePathAndWhy() throws SQLException {
        try (Connection c = restricted()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> Db.exec(c, external("t", allowed + "/link/secret.csv")));
            assertTrue(e.getMessage().contains("secret.csv"), e.getMessage());
            assertTrue(e.getMessage().contains("outside allowed_paths"), e.getMessage());
        }
    }

    @Test
    void otherUrlSchemesAndHostsAreRefused() throws SQLException {
        List<String> urls = List.of("s3://bucket/x.csv", "http://example.com/x.csv", "https://example.com/x.csv",
                "gs://bucket/x.csv", "hdfs://host:8020/x.csv",
                "FILE://otherhost/etc/passwd", "memory:///x.csv");
        try (Connection open = Db.connect(); Connection c = restricted()) {
            for (String url : urls) {
                SQLException unrestricted = assertThrows(SQLException.class, () -> Db.exec(open, external("u", url)), url);
                assertNotEquals("42501", unrestricted.getSQLState(), url);
                SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, external("u", url)), url);
                assertEquals("42501", e.getSQLState(), url + ": " + e.getMessage());
            }
        }
    }

    @Test
    void relativePathsAreResolvedAgainstTheWorkingFolder() throws SQLException {
        // The build runs in a folder that is not allowed: a relative location resolves there.
        try (Connection c = restricted()) {
            SQLException e = assertThrows(SQLException.class, () -> Db.exec(c,
                    "CREATE EXTERNAL TABLE r STORED AS CSV LOCATION 'pom.xml'"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void copyToOutsideIsRefusedAndWritesNothing() throws Exception {
        List<String> targets = List.of(secret + "/out.csv", allowed + "/../secret/out2.csv", allowed + "/link/out3.csv",
                "file://" + secret + "/out4.csv", allowed + "/link/newdir/");
        try (Connection c = restricted()) {
            for (String target : targets) {
                SQLException e = assertThrows(SQLException.class,
                        () -> Db.exec(c, "COPY (SELECT 1 AS a) TO '" + target + "' STORED AS CSV"), target);
                assertEquals("42501", e.getSQLState(), target + ": " + e.getMessage());
            }
        }
        try (var listing = Files.list(secret)) {
            assertEquals(List.of(secret.resolve("secret.csv")), listing.toList(), "nothing was written into secret/");
        }
    }

    @Test
    void insideTheAllowedFoldersEverythingWorks() throws Exception {
        try (Connection c = restricted()) {
            Db.exec(c, external("ok", allowed + "/data.csv"));
            assertEquals(List.of("1", "2"), Db.column(c, "SELECT a FROM ok ORDER BY a"));
            Db.exec(c, "COPY (SELECT a * 10 AS a FROM ok) TO '" + allowed + "/alias/copied/' STORED AS PARQUET");
            Db.exec(c, "CREATE EXTERNAL TABLE copied STORED AS PARQUET LOCATION '" + allowed + "/sub/copied/'");
            assertEquals(List.of("10", "20"), Db.column(c, "SELECT a FROM copied ORDER BY a"));
            Db.exec(c, "CREATE EXTERNAL TABLE sink (a BIGINT) STORED AS PARQUET LOCATION '" + allowed + "/sink/'");
            Db.exec(c, "INSERT INTO sink VALUES (5)");
            assertEquals("5", Db.one(c, "SELECT a FROM sink"));
        }
    }

    @Test
    void spillAndMemorySettingsCannotBeMovedBySql() throws SQLException {
        try (Connection c = restricted()) {
            for (String sql : List.of("SET datafusion.runtime.temp_directory = '" + secret + "'",
                    "SET datafusion.runtime.memory_limit = '100G'", "RESET datafusion.runtime.memory_limit",
                    "SET DATAFUSION.RUNTIME.TEMP_DIRECTORY = '/tmp'")) {
                SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, sql), sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
            }
            Db.exec(c, "SET datafusion.execution.batch_size = 1024");
        }
    }

    @Test
    void aContractCatalogUnderAPolicyReadsItsOwnDatasetsButCannotWriteThere() throws Exception {
        Path catalog = Files.createDirectories(root.resolve("catalog"));
        Path data = Files.createDirectories(catalog.resolve("data"));
        try (Connection open = Db.connect()) {
            Db.exec(open, "COPY (SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v(id, name)) TO '" + data
                    + "/part-0.parquet' STORED AS PARQUET");
        }
        Files.writeString(catalog.resolve("c.dfschema.yaml"), """
                dfschema: 1
                datasets:
                  - name: things
                    format: parquet
                    location: data/
                    columns:
                      - {name: id, type: BIGINT}
                      - {name: name, type: VARCHAR}
                """);
        Properties p = new Properties();
        p.setProperty("allowed_paths", allowed.toString());
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:" + catalog.resolve("c.dfschema.yaml"), p)) {
            assertEquals(List.of("one", "two"), Db.column(c, "SELECT name FROM things ORDER BY id"));
            SQLException write = assertThrows(SQLException.class,
                    () -> Db.exec(c, "COPY (SELECT 3 AS id) TO '" + data + "/more.parquet' STORED AS PARQUET"));
            assertEquals("42501", write.getSQLState(), write.getMessage());
            assertTrue(write.getMessage().contains("only read"), write.getMessage());
            SQLException other = assertThrows(SQLException.class, () -> Db.exec(c, external("s", secret + "/")));
            assertEquals("42501", other.getSQLState(), other.getMessage());
            Db.exec(c, external("ok", allowed + "/data.csv"));
            assertEquals("2", Db.one(c, "SELECT count(*) FROM ok"));
        }
        assertFalse(Files.exists(data.resolve("more.parquet")));
    }

    @Test
    void allowedPathsIsListedForTools() throws SQLException {
        List<String> names = new ArrayList<>();
        for (var info : new DfSchemaDriver().getPropertyInfo("jdbc:dfschema:", new Properties())) {
            names.add(info.name);
        }
        assertTrue(names.containsAll(List.of("allowed_paths", "memory_limit", "temp_directory", "read_only")), names.toString());
    }
}
