package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import io.dfschema.metadata.introspect.SchemaIntrospector;
import io.dfschema.metadata.introspect.TableColumn;
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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract catalog with one healthy dataset and three broken ones (a missing folder, a file that is not
 * Parquet, files whose columns drifted from the contract), and views over the healthy and the missing one.
 * Browsing it answers from the contracts and builds nothing (counted by the native build counter); the
 * broken datasets are listed with their columns, and only the queries that read them fail, each with its
 * own SQLState, after which getTables says why in REMARKS.
 */
class BrokenDatasetCatalogTest {
    @TempDir
    static Path dir;

    static final String CATALOG = """
            dfschema: 1
            catalog: lz
            profile: strict
            datasets:
              - name: good
                description: Healthy rows
                format: parquet
                location: good/
                columns:
                  - {name: id, type: BIGINT, nullable: false}
                  - {name: name, type: VARCHAR}
                primary_key: [id]
                views:
                  - name: good_names
                    sql: SELECT name FROM good
                    columns: [{name: name, type: VARCHAR}]
              - name: missing
                format: parquet
                location: nowhere/
                columns:
                  - {name: id, type: BIGINT, nullable: false}
                  - {name: name, type: VARCHAR}
                primary_key: [id]
                unique: [[name]]
                views:
                  - name: missing_ids
                    sql: SELECT id FROM missing
                    columns: [{name: id, type: BIGINT}]
              - name: corrupt
                format: parquet
                location: corrupt/
                columns:
                  - {name: id, type: BIGINT}
                  - {name: name, type: VARCHAR}
              - name: drifted
                format: parquet
                location: drifted/
                evolution: strict
                columns:
                  - {name: id, type: BIGINT}
                  - {name: name, type: VARCHAR}
              - name: parts
                format: parquet
                location: parts/
                partition_columns: [{name: repo, type: VARCHAR}]
                columns:
                  - {name: id, type: BIGINT}
                  - {name: span, type: "STRUCT(bstart BIGINT, bend BIGINT)"}
                  - {name: attrs, type: "MAP(VARCHAR, VARCHAR)"}
              - name: notes
                format: parquet
                columns:
                  - {name: id, type: BIGINT, nullable: false}
                  - {name: body, type: VARCHAR, default: "'(empty)'"}
            """;

    static final List<String> DATASETS = List.of("corrupt", "drifted", "good", "missing", "parts");

    @BeforeAll
    static void writeFiles() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:?view_types=false")) {
            Db.exec(c, "COPY (SELECT CAST(column1 AS BIGINT) AS id, column2 AS name FROM (VALUES (1, 'a'), (2, 'b')))"
                    + " TO '" + dir.resolve("good") + "/' STORED AS PARQUET");
            Db.exec(c, "COPY (SELECT CAST(column1 AS BIGINT) AS id, column2 AS label FROM (VALUES (1, 'a')))"
                    + " TO '" + dir.resolve("drifted") + "/' STORED AS PARQUET");
            Db.exec(c, "COPY (SELECT CAST(column1 AS BIGINT) AS id,"
                    + " named_struct('bstart', CAST(column1 AS BIGINT), 'bend', CAST(column1 AS BIGINT)) AS span,"
                    + " map(['k'], [column2]) AS attrs, column2 AS repo FROM (VALUES (1, 'x'), (2, 'y')))"
                    + " TO '" + dir.resolve("parts") + "/' STORED AS PARQUET PARTITIONED BY (repo)");
        }
        Files.createDirectories(dir.resolve("corrupt"));
        Files.writeString(dir.resolve("corrupt/part-0.parquet"), "this is not a parquet file", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lz.dfschema.yaml"), CATALOG, StandardCharsets.UTF_8);
    }

    static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:dfschema:" + dir.resolve("lz.dfschema.yaml"));
    }

    static long builds() {
        return NativeStats.read().datasetBuilds();
    }

    @Test
    void connectingAndBrowsingBuildNoDataset() throws Exception {
        long before = builds();
        try (Connection c = open()) {
            assertEquals(before, builds(), "connecting (views included) builds nothing");
            DatabaseMetaData md = c.getMetaData();

            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rs = md.getTables(null, "public", "%", null)) {
                while (rs.next()) {
                    tables.put(rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE"));
                }
            }
            for (String d : DATASETS) {
                assertEquals("TABLE", tables.get(d), tables.toString());
            }
            assertEquals("VIEW", tables.get("good_names"), tables.toString());
            assertEquals("VIEW", tables.get("missing_ids"), tables.toString());

            Map<String, List<String>> columns = columns(md, "%");
            assertEquals(List.of("id BIGINT", "name VARCHAR"), columns.get("missing"));
            assertEquals(List.of("id BIGINT", "name VARCHAR"), columns.get("corrupt"));
            assertEquals(List.of("id BIGINT", "name VARCHAR"), columns.get("drifted"));
            assertEquals(List.of("id BIGINT"), columns.get("missing_ids"));
            assertEquals(List.of("name VARCHAR"), columns.get("good_names"));

            try (ResultSet rs = md.getPrimaryKeys(null, "public", "missing")) {
                assertTrue(rs.next());
                assertEquals("id", rs.getString("COLUMN_NAME"));
                assertEquals("missing_pkey", rs.getString("PK_NAME"));
            }
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = md.getIndexInfo(null, "public", "missing", false, false)) {
                while (rs.next()) {
                    indexes.add(rs.getString("INDEX_NAME") + "(" + rs.getString("COLUMN_NAME") + ")");
                }
            }
            assertEquals(List.of("missing_name_key(name)", "missing_pkey(id)"), indexes.stream().sorted().toList());
            for (String t : List.of("%", "missing", "good")) {
                try (ResultSet rs = md.getImportedKeys(null, "public", t)) {
                    assertFalse(rs.next());
                }
                try (ResultSet rs = md.getExportedKeys(null, "public", t)) {
                    assertFalse(rs.next());
                }
            }
            try (ResultSet rs = md.getCrossReference(null, "public", "good", null, "public", "missing")) {
                assertFalse(rs.next());
            }

            SchemaIntrospector introspector = c.unwrap(SchemaIntrospector.class);
            assertEquals(List.of("id", "name"), introspector.tableColumns("missing").stream().map(TableColumn::name).toList());
            assertEquals(List.of("id"), introspector.tableColumns("missing_ids").stream().map(TableColumn::name).toList());
            assertEquals("id", introspector.tableConstraints("missing").primaryKey().columns().get(0));

            assertEquals("2", Db.one(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'drifted'"));
            assertEquals("8", Db.one(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_name NOT LIKE '%\\_v%' ESCAPE '\\'"));
            assertEquals(List.of("good_names", "missing_ids", "notes_v1"),
                    Db.column(c, "SELECT table_name FROM information_schema.views WHERE definition IS NOT NULL"
                            + " AND table_schema = 'public' ORDER BY table_name"));
            assertEquals(List.of("id", "name"), Db.column(c, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'corrupt' ORDER BY ordinal_position"));
            assertEquals(List.of("registered"),
                    Db.column(c, "SELECT DISTINCT status FROM dfschema.registrations WHERE dataset LIKE 'public.%'"));
            assertEquals(List.of("ok"), Db.column(c, "SELECT DISTINCT status FROM dfschema.view_checks"
                    + " WHERE view = 'public.missing_ids'"));
            assertEquals(before, builds(), "browsing builds nothing");

            assertEquals("2", Db.one(c, "SELECT count(*) FROM good"));
            assertEquals(before + 1, builds(), "the first query of a dataset builds it, once");
            assertEquals(List.of("a", "b"), Db.column(c, "SELECT name FROM good_names ORDER BY name"));
            assertEquals(before + 1, builds(), "a view over a built dataset builds nothing more");
        }
    }

    @Test
    void onlyTheQueriesThatReadABrokenDatasetFail() throws Exception {
        try (Connection c = open()) {
            assertEquals("2", Db.one(c, "SELECT count(*) FROM good"));
            SQLException missing = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM missing"));
            assertEquals("58030", missing.getSQLState(), missing.getMessage());
            assertTrue(missing.getMessage().contains("lz.public.missing") && missing.getMessage().contains("nowhere"),
                    missing.getMessage());
            SQLException viaView = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM missing_ids"));
            assertEquals("58030", viaView.getSQLState(), viaView.getMessage());
            SQLException corrupt = assertThrows(SQLException.class, () -> Db.one(c, "SELECT count(*) FROM corrupt"));
            assertEquals("22000", corrupt.getSQLState(), corrupt.getMessage());
            assertTrue(corrupt.getMessage().contains("lz.public.corrupt"), corrupt.getMessage());
            SQLException drifted = assertThrows(SQLException.class, () -> Db.one(c, "SELECT * FROM drifted"));
            assertEquals("42804", drifted.getSQLState(), drifted.getMessage());
            assertTrue(drifted.getMessage().contains("'label'"), drifted.getMessage());
            assertEquals(List.of("1", "2"), Db.column(c, "SELECT id FROM good ORDER BY id"), "the rest still works");

            Map<String, String> remarks = new TreeMap<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    remarks.put(rs.getString("TABLE_NAME"), String.valueOf(rs.getString("REMARKS")));
                }
            }
            assertEquals("Healthy rows", remarks.get("good"));
            assertEquals("null", remarks.get("parts"), "never read, so nothing is known against it");
            for (String broken : List.of("missing", "missing_v1", "corrupt", "drifted")) {
                assertTrue(remarks.get(broken).startsWith("cannot be read, last build failed: "), broken + ": " + remarks);
            }
            assertTrue(remarks.get("missing").contains("does not exist"), remarks.get("missing"));
            assertTrue(remarks.get("drifted").contains("schema drift"), remarks.get("drifted"));
            assertEquals(List.of("id BIGINT", "name VARCHAR"), columns(c.getMetaData(), "missing").get("missing"),
                    "a failed build leaves the contract's columns listed");
            assertEquals(List.of("public.corrupt:failed", "public.drifted:drift", "public.missing:failed"),
                    Db.column(c, "SELECT DISTINCT dataset || ':' || status FROM dfschema.registrations"
                            + " WHERE status NOT IN ('registered', 'resolved') ORDER BY 1"));
        }
    }

    @Test
    void aPartitionedDatasetListsTheColumnsItHasOnceBuilt() throws Exception {
        String sql = "SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'parts' ORDER BY ordinal_position";
        try (Connection c = open()) {
            List<String> unbuilt = Db.column(c, sql);
            assertEquals(4, unbuilt.size(), unbuilt.toString());
            assertEquals(List.of("1:x", "2:y"), Db.column(c, "SELECT id || ':' || repo FROM parts ORDER BY id"));
            assertEquals(unbuilt, Db.column(c, sql), "the declared schema is the built one");
        }
    }

    /**
     * The driver lists contract datasets' columns from the contracts and the other tables' from the engine
     * directly ({@link ConnectionKnownColumns}); information_schema, which walks every table, must give the
     * same rows, before and after the datasets are built.
     */
    @Test
    void columnsFromTheContractsAreTheColumnsInformationSchemaLists() throws Exception {
        try (Connection c = open()) {
            Db.exec(c, "CREATE TABLE public.own (k INT PRIMARY KEY, v VARCHAR DEFAULT 'x')");
            Db.exec(c, "CREATE VIEW public.own_view AS SELECT k FROM public.own");
            DatabaseMetaData fromInformationSchema = new io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData(c,
                    "jdbc:dfschema:", "", new io.dfschema.metadata.jdbc.SnapshotLoader(c),
                    c.unwrap(DfSchemaConnection.class).contractMetadata());
            for (int round = 0; round < 2; round++) {
                List<String> expected = allColumns(fromInformationSchema);
                assertTrue(expected.size() > 40, expected.toString());
                assertEquals(expected, allColumns(c.getMetaData()), round == 0 ? "unbuilt" : "built");
                assertEquals(tableRows(fromInformationSchema), tableRows(c.getMetaData()));
                Db.column(c, "SELECT count(*) FROM parts");
                Db.column(c, "SELECT count(*) FROM good");
                ((io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData) fromInformationSchema).invalidate();
                c.unwrap(DfSchemaConnection.class).schemaChanged();
            }
        }
    }

    private static List<String> allColumns(DatabaseMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, null, "%", "%")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> tableRows(DatabaseMetaData md) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, null, "%", null)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3) + ":" + rs.getString(4));
            }
        }
        return out;
    }

    /** getColumns rows as "name TYPE" per table of lz.public matching {@code table}. */
    private static Map<String, List<String>> columns(DatabaseMetaData md, String table) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (ResultSet rs = md.getColumns(null, "public", table, "%")) {
            while (rs.next()) {
                String type = java.sql.JDBCType.valueOf(rs.getInt("DATA_TYPE")).getName();
                out.computeIfAbsent(rs.getString("TABLE_NAME"), k -> new ArrayList<>())
                        .add(rs.getString("COLUMN_NAME") + " " + type);
            }
        }
        return out;
    }
}
