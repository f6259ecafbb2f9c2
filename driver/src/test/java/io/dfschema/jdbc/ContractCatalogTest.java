package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.metadata.catalog.ContractSession;
import io.dfschema.metadata.catalog.DatasetHandle;
import io.dfschema.metadata.contract.ContractParser;
import io.dfschema.metadata.contract.DatasetSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract catalogs end to end: real Parquet files written by the engine, a contract file, connections
 * opened on it, and what the dfschema diagnostics say afterwards.
 */
class ContractCatalogTest {
    @TempDir
    static Path dir;

    static final String FILES_SQL = "SELECT CAST(column1 AS BIGINT) AS file_id, column2 AS path,"
            + " map(['origin', 'encoding'], [column3, 'utf-8']) AS attrs,"
            + " named_struct('bstart', CAST(column4 AS BIGINT), 'bend', CAST(column5 AS BIGINT)) AS span,"
            + " column6 AS repo FROM (VALUES (1, 'a.py', 'generated', 0, 10, 'alpha'), (2, 'b.py', 'manual', 5, 20, 'beta'),"
            + " (3, 'c.py', 'manual', 7, 9, 'beta'))";

    static final String CATALOG = """
            dfschema: 1
            catalog: cst
            default_schema: public
            profile: strict
            evolution: compatible
            datasets:
              - name: files
                version: 1
                description: One row per parsed file
                format: parquet
                location: files/
                partition_columns: [{name: repo, type: VARCHAR}]
                scan: {parquet_pruning: false, collect_statistics: false, file_sort_order: [file_id], list_files_cache_ttl: 60s}
                columns:
                  - {name: file_id, type: BIGINT, nullable: false, description: Stable file id}
                  - {name: path, type: VARCHAR}
                  - {name: attrs, type: "MAP(VARCHAR, VARCHAR)"}
                  - {name: span, type: "STRUCT(bstart BIGINT, bend BIGINT)"}
                primary_key: [file_id]
                views:
                  - name: files_origin
                    sql: SELECT file_id, map_extract(attrs, 'origin') AS origin_values, get_field(span, 'bstart') AS bstart FROM files
                    columns: [{name: file_id, type: BIGINT}, {name: origin_values, type: "VARCHAR[]"}, {name: bstart, type: BIGINT}]
              - name: notes
                format: parquet
                description: In-memory notes with a default
                columns:
                  - {name: id, type: BIGINT, nullable: false}
                  - {name: body, type: VARCHAR, default: "'(empty)'"}
                primary_key: [id]
            """;

    @BeforeAll
    static void writeFiles() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:?view_types=false")) {
            Db.exec(c, "COPY (" + FILES_SQL + ") TO '" + dir.resolve("files") + "/' STORED AS PARQUET PARTITIONED BY (repo)");
        }
        Files.writeString(dir.resolve("cst.dfschema.yaml"), CATALOG, StandardCharsets.UTF_8);
    }

    /** The demo catalog for a file one folder below {@code dir}, next to the shared files. */
    static final String CATALOG_IN_SUBFOLDER = CATALOG.replace("location: files/", "location: ../files/");

    /** Writes {@code yaml} as {@code <folder>/c.dfschema.yaml} under {@code dir}; returns that relative path. */
    static String writeCatalog(String folder, String yaml) throws Exception {
        Path d = Files.createDirectories(dir.resolve(folder));
        Files.writeString(d.resolve("c.dfschema.yaml"), yaml, StandardCharsets.UTF_8);
        return folder + "/c.dfschema.yaml";
    }

    /** A catalog of the shared files alone, with {@code file_id} and {@code path} declared as given. */
    static String filesOnly(String profileLine, String fileIdType, String pathType) {
        return "dfschema: 1\n" + profileLine + """
                datasets:
                  - name: files
                    format: parquet
                    location: ../files/
                    partition_columns: [{name: repo, type: VARCHAR}]
                    columns:
                      - {name: file_id, type: %s}
                      - {name: path, type: %s}
                      - {name: attrs, type: "MAP(VARCHAR, VARCHAR)"}
                      - {name: span, type: "STRUCT(bstart BIGINT, bend BIGINT)"}
                """.formatted(fileIdType, pathType);
    }

    static Connection open(String catalogFile, String props) throws SQLException {
        return DriverManager.getConnection("jdbc:dfschema:" + dir.resolve(catalogFile) + (props.isEmpty() ? "" : "?" + props));
    }

    @Test
    void datasetsAreQueryableUnderTheirNameAndVersionedAlias() throws Exception {
        try (Connection c = open("cst.dfschema.yaml", "")) {
            assertEquals("cst", c.getCatalog());
            assertEquals(List.of("1", "2", "3"), Db.column(c, "SELECT file_id FROM files ORDER BY file_id"));
            assertEquals(List.of("alpha", "beta", "beta"), Db.column(c, "SELECT repo FROM files ORDER BY file_id"));
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files_v1"));
            assertEquals(List.of("[generated]", "[manual]", "[manual]"),
                    Db.column(c, "SELECT origin_values FROM files_origin ORDER BY file_id"));
        }
    }

    @Test
    void registrationsRecordFingerprintScanPolicyAndResolution() throws Exception {
        DatasetSpec spec = ContractParser.parse(dir.resolve("cst.dfschema.yaml")).dataset("files").orElseThrow();
        try (Connection c = open("cst.dfschema.yaml", "")) {
            // The view over files is created and checked while connecting, over the contract's columns:
            // that builds nothing.
            assertEquals(List.of("registered"), Db.column(c,
                    "SELECT status FROM dfschema.registrations WHERE dataset = 'public.files'"));
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files_origin"));
            assertEquals(List.of("registered", "resolved"), Db.column(c,
                    "SELECT status FROM dfschema.registrations WHERE dataset = 'public.files'"),
                    "a query through the view builds the dataset");
            assertEquals(List.of(spec.fingerprint(), spec.fingerprint()), Db.column(c,
                    "SELECT fingerprint FROM dfschema.registrations WHERE dataset = 'public.files'"));
            String scan = Db.one(c, "SELECT scan_policy FROM dfschema.registrations WHERE dataset = 'public.files'"
                    + " AND status = 'registered'");
            assertTrue(scan.contains("parquet_pruning=false (table option format.pruning)"), scan);
            assertTrue(scan.contains("list_files_cache_ttl=60s (session setting datafusion.runtime.list_files_cache_ttl)"), scan);
            String ddl = Db.one(c, "SELECT ddl FROM dfschema.registrations WHERE dataset = 'public.files'"
                    + " AND status = 'registered'");
            assertTrue(ddl.startsWith("CREATE EXTERNAL TABLE \"public\".\"files\""), ddl);
            Db.one(c, "SELECT count(*) FROM files");
            assertEquals(List.of("registered", "resolved"), Db.column(c,
                    "SELECT status FROM dfschema.registrations WHERE dataset = 'public.files'"),
                    "a built dataset is not built again");
        }
    }

    @Test
    void viewChecksAndFunctionChecksAreRecorded() throws Exception {
        try (Connection c = open("cst.dfschema.yaml", "")) {
            assertEquals(List.of("file_id|ok", "origin_values|ok", "bstart|ok"), Db.column(c,
                    "SELECT column_name || '|' || status FROM dfschema.view_checks WHERE view = 'public.files_origin'"));
            assertEquals(List.of("ok"), Db.column(c,
                    "SELECT DISTINCT status FROM dfschema.function_checks"));
            assertTrue(Db.column(c, "SELECT function_name FROM dfschema.function_checks")
                    .containsAll(List.of("arrow_typeof", "get_field", "map_extract", "map_entries", "unnest")));
        }
    }

    @Test
    void profileSettingsShowInDfSettingsAndDiagnostics() throws Exception {
        try (Connection c = open("cst.dfschema.yaml", "")) {
            assertEquals("false", Db.one(c, "SELECT value FROM information_schema.df_settings"
                    + " WHERE name = 'datafusion.sql_parser.map_string_types_to_utf8view'"));
            assertEquals("profile", Db.one(c, "SELECT source FROM dfschema.settings"
                    + " WHERE name = 'datafusion.sql_parser.map_string_types_to_utf8view'"));
            assertEquals("Utf8", Db.one(c, "SELECT arrow_typeof(path) FROM files LIMIT 1"));
        }
        try (Connection c = open("cst.dfschema.yaml", "profile=view_types&timezone=Europe/Berlin")) {
            assertEquals("true", Db.one(c, "SELECT value FROM information_schema.df_settings"
                    + " WHERE name = 'datafusion.sql_parser.map_string_types_to_utf8view'"));
            assertEquals("Europe/Berlin", Db.one(c, "SELECT value FROM dfschema.settings"
                    + " WHERE name = 'datafusion.execution.time_zone'"));
            assertEquals("override timezone", Db.one(c, "SELECT source FROM dfschema.settings"
                    + " WHERE name = 'datafusion.execution.time_zone'"));
        }
    }

    @Test
    void inMemoryDatasetsUseDeclaredDefaults() throws Exception {
        try (Connection c = open("cst.dfschema.yaml", "")) {
            Db.exec(c, "INSERT INTO notes (id) VALUES (1)");
            assertEquals("(empty)", Db.one(c, "SELECT body FROM notes"));
        }
    }

    @Test
    void readOnlyDatasetsRefuseInserts() throws Exception {
        try (Connection c = open("cst.dfschema.yaml", "")) {
            SQLException e = assertThrows(SQLException.class, () -> Db.exec(c,
                    "INSERT INTO files (file_id, path, repo) VALUES (9, 'x', 'alpha')"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
    }

    @Test
    void driftIsRejectedNamingColumnAndBothTypes() throws Exception {
        String catalog = writeCatalog("drift", filesOnly("", "VARCHAR", "VARCHAR"));
        try (Connection c = open(catalog, "")) {
            assertEquals(List.of("registered"), Db.column(c, "SELECT status FROM dfschema.registrations"
                    + " WHERE dataset = 'public.files'"), "nothing reads the files before the first query");
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM files"));
            assertEquals("42804", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("file_id") && e.getMessage().contains("Int64")
                    && e.getMessage().contains("Utf8"), e.getMessage());
            assertEquals(List.of("drift"), Db.column(c, "SELECT status FROM dfschema.registrations"
                    + " WHERE status <> 'registered' AND dataset = 'public.files'"));
        }
        SQLException eager = assertThrows(SQLException.class, () -> open(catalog, "resolve=eager"));
        assertEquals("42804", eager.getSQLState(), eager.getMessage());
    }

    /**
     * A view that fails its check does not take the catalog down: it is listed with its declared columns, its
     * check rows say why, and only reading it fails, with 42P17 and the comparison. resolve=eager, which asks
     * for everything to be checked while connecting, fails the connection instead.
     */
    @Test
    void aMismatchedViewIsListedWithItsDeclaredColumnsAndFailsOnlyWhenRead() throws Exception {
        String catalog = writeCatalog("badview",
                CATALOG_IN_SUBFOLDER.replace("{name: bstart, type: BIGINT}", "{name: bstart, type: INT}"));
        try (Connection c = open(catalog, "")) {
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files"), "the rest of the catalog works");
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM files_origin"));
            assertEquals("42P17", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("view public.files_origin") && e.getMessage().contains("| expected")
                    && e.getMessage().contains("bstart") && e.getMessage().contains("Int32")
                    && e.getMessage().contains("Int64") && e.getMessage().contains("type differs"), e.getMessage());
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(null, "public", "files_origin", null)) {
                assertTrue(rs.next(), "the broken view is listed");
                assertEquals("VIEW", rs.getString("TABLE_TYPE"));
                assertTrue(rs.getString("REMARKS").contains("does not match its declared columns"), rs.getString("REMARKS"));
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(null, "public", "files_origin", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("DATA_TYPE"));
                }
            }
            assertEquals(List.of("file_id " + java.sql.Types.BIGINT, "origin_values " + java.sql.Types.ARRAY,
                    "bstart " + java.sql.Types.INTEGER), columns, "the declared columns, not what the SQL produces");
            assertEquals(List.of("bstart|mismatch|Int32|Int64", "file_id|ok|Int64|Int64 NOT NULL"),
                    Db.column(c, "SELECT column_name || '|' || status || '|' || expected || '|' || actual"
                            + " FROM dfschema.view_checks WHERE view = 'public.files_origin' AND column_name <> 'origin_values'"
                            + " ORDER BY column_name"));
            assertEquals("3", Db.one(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'files_origin'"));
        }
        SQLException eager = assertThrows(SQLException.class, () -> open(catalog, "resolve=eager"));
        assertEquals("42P17", eager.getSQLState(), eager.getMessage());
        assertTrue(eager.getMessage().contains("type differs"), eager.getMessage());
    }

    @Test
    void aViewWhoseSqlDoesNotPlanIsListedAndFailsWhenRead() throws Exception {
        String catalog = writeCatalog("unplannable", CATALOG_IN_SUBFOLDER.replace(
                "get_field(span, 'bstart') AS bstart FROM files", "no_such_column AS bstart FROM files"));
        try (Connection c = open(catalog, "")) {
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT * FROM files_origin"));
            assertEquals("42P17", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("view public.files_origin") && e.getMessage().contains("cannot be created")
                    && e.getMessage().contains("no_such_column"), e.getMessage());
            assertEquals(List.of("failed"), Db.column(c,
                    "SELECT DISTINCT status FROM dfschema.view_checks WHERE view = 'public.files_origin'"));
            assertEquals("3", Db.one(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'files_origin'"));
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files"));
        }
    }

    @Test
    void partitionMismatchIsAnErrorUnderStrictAndRecordedOtherwise() throws Exception {
        String catalog = writeCatalog("parts", CATALOG_IN_SUBFOLDER.replace(
                "partition_columns: [{name: repo, type: VARCHAR}]", "partition_columns: [{name: repo, type: INT}]"));
        try (Connection c = open(catalog, "")) {
            // connecting creates the view over files without building it; reading it does
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM files_origin"));
            assertEquals("42P16", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("value 'alpha' is not a Int32"), e.getMessage());
        }
        SQLException eager = assertThrows(SQLException.class, () -> open(catalog, "resolve=eager"));
        assertEquals("42P16", eager.getSQLState(), eager.getMessage());
        try (Connection c = open(catalog, "profile=default")) {
            assertEquals("0", Db.one(c, "SELECT count(*) FROM dfschema.partition_checks"));
            // Whatever the profile, a folder value that is not its declared type cannot be read: the build
            // records the check, then fails naming the path.
            SQLException lenient = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM files"));
            assertEquals("42P16", lenient.getSQLState(), lenient.getMessage());
            assertTrue(lenient.getMessage().contains("partition value 'alpha' of column 'repo' in path ")
                    && lenient.getMessage().contains("repo=alpha/"), lenient.getMessage());
            assertEquals("mismatch", Db.one(c, "SELECT status FROM dfschema.partition_checks WHERE column_name = 'repo'"));
        }
    }

    @Test
    void partitionFoldersAreCheckedAtTheFirstReferenceNotWhileConnecting() throws Exception {
        String catalog = writeCatalog("lazyparts", filesOnly("profile: strict\n", "BIGINT", "VARCHAR")
                .replace("{name: repo, type: VARCHAR}", "{name: repo, type: INT}"));
        try (Connection c = open(catalog, "")) {
            assertEquals("0", Db.one(c, "SELECT count(*) FROM dfschema.partition_checks"), "connecting walks no folder");
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM files"));
            assertEquals("42P16", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("'repo': value 'alpha' is not a Int32"), e.getMessage());
            assertEquals(List.of("public.files|mismatch|folder level 1, Int32|values alpha, beta|value 'alpha' is not a Int32"),
                    Db.column(c, "SELECT concat_ws('|', dataset, status, expected, actual, reason)"
                            + " FROM dfschema.partition_checks"));
            assertEquals("partition", Db.one(c, "SELECT status FROM dfschema.registrations WHERE status <> 'registered'"));
        }
    }

    @Test
    void aDatasetWhoseFolderIsMissingFailsWhenQueriedAndCanBeDropped() throws Exception {
        String catalog = writeCatalog("missing", filesOnly("", "BIGINT", "VARCHAR").replace("../files/", "../nowhere/"));
        try (Connection c = open(catalog, "")) {
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM files"));
            assertEquals("58030", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("public.files") && e.getMessage().contains("nowhere"), e.getMessage());
            assertEquals("failed", Db.one(c, "SELECT status FROM dfschema.registrations WHERE status <> 'registered'"));
            Db.exec(c, "DROP TABLE files");
            assertFalse(Db.column(c, "SELECT table_name FROM information_schema.tables").contains("files"));
            assertEquals("0", Db.one(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'files'"));
        }
        try (Connection c = open(catalog, "")) {
            assertEquals("1", Db.one(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'files'"),
                    "a drop holds for its own session only");
        }
    }

    @Test
    void laterConnectionsMountThePreparedCatalogAndSeeTheSameRows() throws Exception {
        String catalog = writeCatalog("prepared", filesOnly("", "BIGINT", "VARCHAR"));
        String rows = "SELECT concat_ws('|', dataset, version, fingerprint, ddl, location, profile, status, scan_policy)"
                + " FROM dfschema.registrations ORDER BY 1";
        io.dfschema.metadata.catalog.PreparedCatalogs.clear();
        List<String> first;
        try (Connection c = open(catalog, "")) {
            first = Db.column(c, rows);
        }
        int kept = io.dfschema.metadata.catalog.PreparedCatalogs.size();
        assertEquals(1, kept);
        try (Connection c = open(catalog, "")) {
            assertEquals(first, Db.column(c, rows), "same inputs, same rows apart from the time stamps");
            assertEquals(kept, io.dfschema.metadata.catalog.PreparedCatalogs.size(), "prepared once, mounted again");
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files"));
        }
        // A changed contract file is prepared again.
        Path file = dir.resolve(catalog);
        Files.writeString(file, Files.readString(file) + """
                  - name: more
                    format: parquet
                    location: ../files/
                """);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        try (Connection c = open(catalog, "")) {
            assertEquals("3", Db.one(c, "SELECT count(*) FROM more"));
        }
    }

    @Test
    void preparedCatalogsLeavingTheCacheFreeTheirNativeMemory() throws Exception {
        io.dfschema.metadata.catalog.PreparedCatalogs.clear();
        assertEquals(0, io.dfschema.engine.NativeStats.read().datasetSets());
        for (int i = 0; i < 10; i++) {
            String catalog = writeCatalog("many" + i, filesOnly("", "BIGINT", "VARCHAR"));
            try (Connection c = open(catalog, "")) {
                assertEquals("3", Db.one(c, "SELECT count(*) FROM files"));
            }
        }
        int kept = io.dfschema.metadata.catalog.PreparedCatalogs.size();
        assertTrue(kept <= 8, "at most 8 kept, was " + kept);
        assertEquals(kept, io.dfschema.engine.NativeStats.read().datasetSets());
        io.dfschema.metadata.catalog.PreparedCatalogs.clear();
        assertEquals(0, io.dfschema.engine.NativeStats.read().datasetSets());
    }

    @Test
    void concurrentConnectionsShareAndEvictPreparedCatalogsSafely() throws Exception {
        io.dfschema.metadata.catalog.PreparedCatalogs.clear();
        List<String> catalogs = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            catalogs.add(writeCatalog("busy" + i, filesOnly("", "BIGINT", "VARCHAR")));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String catalog : catalogs) {
                    results.add(pool.submit(() -> {
                        try (Connection c = open(catalog, "")) {
                            return Db.one(c, "SELECT count(*) FROM files_v1");
                        }
                    }));
                }
            }
            for (var r : results) {
                assertEquals("3", r.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(io.dfschema.metadata.catalog.PreparedCatalogs.size() <= 8);
        assertEquals(io.dfschema.metadata.catalog.PreparedCatalogs.size(), io.dfschema.engine.NativeStats.read().datasetSets());
        io.dfschema.metadata.catalog.PreparedCatalogs.clear();
        assertEquals(0, io.dfschema.engine.NativeStats.read().datasetSets());
    }

    @Test
    void inferredSchemasGoToTheRegistryAndLaterDriftIsRejected() throws Exception {
        Path d = Files.createDirectories(dir.resolve("infer"));
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            Db.exec(c, "COPY (SELECT 1 AS id, 'x' AS name) TO '" + d.resolve("data") + "/part-0.parquet' STORED AS PARQUET");
        }
        Files.writeString(d.resolve("c.dfschema.yaml"), """
                dfschema: 1
                datasets:
                  - name: things
                    format: parquet
                    location: data/
                """);
        try (Connection c = open("infer/c.dfschema.yaml", "")) {
            assertEquals("1", Db.one(c, "SELECT id FROM things"));
            assertEquals("inferred", Db.one(c, "SELECT status FROM dfschema.registrations WHERE status = 'inferred'"));
        }
        String registry = Files.readString(d.resolve("c.registry.json"));
        assertTrue(registry.contains("\"public.things\"") && registry.contains("\"source\":\"inferred\""), registry);
        // The files change type under the same contract version: the next connection refuses them.
        Files.delete(d.resolve("data/part-0.parquet"));
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            Db.exec(c, "COPY (SELECT 'one' AS id, 'x' AS name) TO '" + d.resolve("data") + "/part-0.parquet' STORED AS PARQUET");
        }
        try (Connection c = open("infer/c.dfschema.yaml", "")) {
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, "SELECT id FROM things"));
            assertEquals("42804", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("id"), e.getMessage());
        }
    }

    @Test
    void createExternalTableOverJdbcLeavesARegistration() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            Db.exec(c, "CREATE EXTERNAL TABLE ext STORED AS PARQUET LOCATION '" + dir.resolve("files") + "/'");
            assertEquals("external", Db.one(c, "SELECT status FROM dfschema.registrations WHERE dataset = 'public.ext'"));
            assertEquals(64, Db.one(c, "SELECT fingerprint FROM dfschema.registrations WHERE dataset = 'public.ext'").length());
        }
    }

    @Test
    void diagnosticsFileGetsJsonLines() throws Exception {
        Path log = dir.resolve("diag.jsonl");
        try (Connection c = open("cst.dfschema.yaml", "diagnostics=" + log)) {
            Db.one(c, "SELECT count(*) FROM files");
        }
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"table\":\"registrations\"") && l.contains("\"status\":\"resolved\"")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"table\":\"settings\"")));
    }

    @Test
    void diagnosticsAreReadOnlyAndExistInEverySession() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            assertEquals("0", Db.one(c, "SELECT count(*) FROM dfschema.adapter_events"));
            assertThrows(SQLException.class, () -> Db.exec(c, "INSERT INTO dfschema.registrations (dataset) VALUES ('x')"));
        }
    }

    @Test
    void malformedContractsListEveryProblemAndOpenNothing() throws Exception {
        Path d = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(d.resolve("c.dfschema.yaml"), """
                dfschema: 1
                datasets:
                  - name: a
                    format: parket
                    columns: [{name: x, type: BIGINTT}]
                """);
        SQLException e = assertThrows(SQLException.class, () -> open("bad/c.dfschema.yaml", ""));
        assertTrue(e.getMessage().contains("c.dfschema.yaml:4") && e.getMessage().contains("c.dfschema.yaml:5"), e.getMessage());
    }

    @Test
    void handlesRegisterThroughTheConnection() throws Exception {
        DatasetSpec spec = DatasetSpec.builder("more").format(io.dfschema.metadata.contract.DataFormat.PARQUET)
                .location(dir.resolve("files") + "/").partitionColumn("repo", "VARCHAR")
                .column("file_id", "BIGINT").column("path", "VARCHAR").column("attrs", "MAP(VARCHAR, VARCHAR)")
                .column("span", "STRUCT(bstart BIGINT, bend BIGINT)").build();
        DatasetHandle h = spec.toHandle();
        assertEquals(1, h.version());
        assertEquals(spec.fingerprint(), h.fingerprint());
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            assertTrue(c.isWrapperFor(ContractSession.class));
            h.register(c);
            assertEquals("3", Db.one(c, "SELECT count(*) FROM more"));
            assertEquals("3", Db.one(c, "SELECT count(*) FROM more_v1"));
            assertFalse(Db.column(c, "SELECT dataset FROM dfschema.registrations").isEmpty());
        }
    }

    @Test
    void repoUrlsMountAFolderAsASchemaAndDatasetUrlsPickOneDataset() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("Team Repo"));
        Files.writeString(repo.resolve("a.dfschema.yaml"), CATALOG_IN_SUBFOLDER);
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:repo://" + repo)) {
            assertEquals("3", Db.one(c, "SELECT count(*) FROM team_repo.files"));
            assertEquals("team_repo", c.getSchema());
        }
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:dataset://files@1?registry=" + repo)) {
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files"));
            assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM notes"));
        }
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:dfschema:dataset://files@7?registry=" + repo));
        assertTrue(e.getMessage().contains("no version 7"), e.getMessage());
        // Both URL forms derive their contract once, so later connections mount what the first prepared.
        io.dfschema.metadata.catalog.PreparedCatalogs.clear();
        for (String url : List.of("repo://" + repo, "dataset://files@1?registry=" + repo)) {
            for (int i = 0; i < 3; i++) {
                try (Connection c = DriverManager.getConnection("jdbc:dfschema:" + url)) {
                    assertTrue(c.isValid(1));
                }
            }
        }
        assertEquals(2, io.dfschema.metadata.catalog.PreparedCatalogs.size());
    }

    @Test
    void databaseMetaDataAndIntrospectorReportContractKeysDescriptionsAndDefaults() throws Exception {
        try (Connection c = open("cst.dfschema.yaml", "")) {
            java.sql.DatabaseMetaData md = c.getMetaData();
            try (java.sql.ResultSet rs = md.getPrimaryKeys("cst", "public", "files")) {
                assertTrue(rs.next());
                assertEquals("file_id", rs.getString("COLUMN_NAME"));
                assertFalse(rs.next());
            }
            try (java.sql.ResultSet rs = md.getTables("cst", "public", "files", null)) {
                assertTrue(rs.next());
                assertEquals("One row per parsed file", rs.getString("REMARKS"));
            }
            try (java.sql.ResultSet rs = md.getColumns("cst", "public", "notes", "body")) {
                assertTrue(rs.next());
                assertEquals("'(empty)'", rs.getString("COLUMN_DEF"));
            }
            try (java.sql.ResultSet rs = md.getTables("cst", "dfschema", "%", null)) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(6, n);
            }
            var introspector = c.unwrap(io.dfschema.metadata.introspect.SchemaIntrospector.class);
            assertEquals(List.of("file_id"), introspector.tableConstraints("files").primaryKey().columns());
            assertEquals("origin_values", introspector.describeQuery("SELECT * FROM files_origin").get(1).name());
        }
    }

    @Test
    void arrowTypeNamesPinWhatSqlLeavesToTheSession() throws Exception {
        String catalog = writeCatalog("pinned", filesOnly("profile: strict\n", "Int64", "Utf8View"));
        try (Connection c = open(catalog, "")) {
            // strict makes VARCHAR Utf8; the Arrow name pins Utf8View for this one column.
            assertEquals("Utf8View|Utf8|Int64", Db.one(c,
                    "SELECT arrow_typeof(path) || '|' || arrow_typeof(repo) || '|' || arrow_typeof(file_id) FROM files LIMIT 1"));
        }
    }

    @Test
    void aRegistryThatCannotBeWrittenDoesNotStopTheCatalogFromOpening() throws Exception {
        String catalog = writeCatalog("unwritable", CATALOG_IN_SUBFOLDER);
        // A non-empty folder where the registry file belongs: no process, root included, can replace it.
        Files.createDirectories(dir.resolve("unwritable/c.registry.json/occupied"));
        try (Connection c = open(catalog, "")) {
            assertEquals("3", Db.one(c, "SELECT count(*) FROM files"));
            String message = Db.one(c, "SELECT message FROM dfschema.registrations WHERE status = 'unrecorded'");
            assertTrue(message.contains("c.registry.json"), message);
        }
    }
}
