package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;

/**
 * A contract catalog in which three of four datasets cannot be read (a missing folder, a file that is
 * not Parquet, files whose columns drifted from the contract), plus a view over the missing one and two
 * views that fail their check (one does not match its declared columns, one does not plan), as
 * SchemaCrawler (at its maximum info level) and DBeaver's navigator sequence see it: every table and
 * view listed with its contract columns and keys, no warning, no dataset built; after the broken
 * datasets' queries have failed, the next crawl shows why in their remarks.
 */
class BrokenCatalogClientsTest {
    @TempDir
    static Path dir;

    static final String CATALOG = """
            dfschema: 1
            catalog: lz
            profile: strict
            datasets:
              - name: healthy
                description: Rows that can be read
                format: parquet
                location: healthy/
                columns:
                  - {name: id, type: BIGINT, nullable: false, description: Row id}
                  - {name: label, type: VARCHAR}
                primary_key: [id]
                views:
                  - name: healthy_ids
                    sql: SELECT id FROM healthy
                    columns: [{name: id, type: INT}]
                  - name: healthy_notes
                    sql: SELECT note FROM healthy
                    columns: [{name: note, type: VARCHAR}]
              - name: missing
                description: Its folder is gone
                format: parquet
                location: gone/
                columns:
                  - {name: id, type: BIGINT, nullable: false}
                  - {name: label, type: VARCHAR}
                primary_key: [id]
                views:
                  - name: missing_labels
                    sql: SELECT label FROM missing
                    columns: [{name: label, type: VARCHAR}]
              - name: corrupt
                format: parquet
                location: corrupt/
                columns:
                  - {name: id, type: BIGINT}
                  - {name: label, type: VARCHAR}
              - name: drifted
                format: parquet
                location: drifted/
                evolution: strict
                columns:
                  - {name: id, type: BIGINT}
                  - {name: label, type: VARCHAR}
            """;

    /** Every table of lz.public and its columns as "name JDBC-type", views included. */
    static final Map<String, List<String>> EXPECTED_COLUMNS = new TreeMap<>(Map.ofEntries(
            Map.entry("healthy", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("healthy_v1", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("healthy_ids", List.of("id INTEGER")),
            Map.entry("healthy_notes", List.of("note VARCHAR")),
            Map.entry("missing", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("missing_v1", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("missing_labels", List.of("label VARCHAR")),
            Map.entry("corrupt", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("corrupt_v1", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("drifted", List.of("id BIGINT", "label VARCHAR")),
            Map.entry("drifted_v1", List.of("id BIGINT", "label VARCHAR"))));

    @BeforeAll
    static void writeFiles() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:?view_types=false");
             Statement st = c.createStatement()) {
            st.execute("COPY (SELECT CAST(column1 AS BIGINT) AS id, column2 AS label FROM (VALUES (1, 'one'), (2, 'two')))"
                    + " TO '" + dir.resolve("healthy") + "/' STORED AS PARQUET");
            st.execute("COPY (SELECT CAST(column1 AS INT) AS id, column2 AS label FROM (VALUES (1, 'one')))"
                    + " TO '" + dir.resolve("drifted") + "/' STORED AS PARQUET");
        }
        Files.createDirectories(dir.resolve("corrupt"));
        Files.writeString(dir.resolve("corrupt/part-0.parquet"), "PAR1 but not really", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lz.dfschema.yaml"), CATALOG, StandardCharsets.UTF_8);
    }

    static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:dfschema:" + dir.resolve("lz.dfschema.yaml"));
    }

    static Catalog crawl(Connection c) throws Exception {
        return SchemaCrawlerRun.crawl(c, LimitOptionsBuilder.builder()
                .includeSchemas(new RegularExpressionInclusionRule("lz\\.public"))
                .tableTypes("TABLE", "VIEW"));
    }

    @Test
    void schemaCrawlerSeesEveryTableWithItsContractAndBuildsNothing() throws Exception {
        try (Connection c = open()) {
            long builds = NativeStats.read().datasetBuilds();
            Catalog catalog = crawl(c);
            assertEquals(builds, NativeStats.read().datasetBuilds(), "the crawl built a dataset");
            Schema pub = catalog.lookupSchema("lz.public").orElseThrow();

            Map<String, List<String>> seen = new TreeMap<>();
            Map<String, String> types = new TreeMap<>();
            for (Table t : catalog.getTables(pub)) {
                List<String> cols = new ArrayList<>();
                for (Column col : t.getColumns()) {
                    cols.add(col.getName() + " " + col.getColumnDataType().getJavaSqlType().getName());
                }
                seen.put(t.getName(), cols);
                types.put(t.getName(), t.getTableType().isView() ? "VIEW" : "TABLE");
            }
            assertEquals(EXPECTED_COLUMNS, seen);
            assertEquals("VIEW", types.get("missing_labels"));
            assertEquals("TABLE", types.get("missing"));

            Table missing = table(catalog, pub, "missing");
            assertEquals("Its folder is gone", missing.getRemarks());
            assertEquals(List.of("id"), missing.getPrimaryKey().getConstrainedColumns().stream()
                    .map(Column::getName).toList());
            assertFalse(missing.lookupColumn("id").orElseThrow().isNullable());
            Table healthy = table(catalog, pub, "healthy");
            assertEquals("Row id", healthy.lookupColumn("id").orElseThrow().getRemarks());
            assertNull(table(catalog, pub, "corrupt").getPrimaryKey());

            // the healthy dataset reads; each broken one fails only its own query, with its own SQLState
            assertEquals(List.of(List.of("1", "one"), List.of("2", "two")),
                    ClientFixture.rows(c, "SELECT id, label FROM healthy ORDER BY id"));
            assertEquals("58030", failure(c, "SELECT * FROM missing").getSQLState());
            assertEquals("58030", failure(c, "SELECT * FROM missing_labels").getSQLState());
            assertEquals("22000", failure(c, "SELECT * FROM corrupt").getSQLState());
            assertEquals("42804", failure(c, "SELECT * FROM drifted").getSQLState());
            assertEquals("42P17", failure(c, "SELECT * FROM healthy_ids").getSQLState());
            assertEquals("42P17", failure(c, "SELECT * FROM healthy_notes").getSQLState());

            Catalog again = crawl(c);
            Schema pub2 = again.lookupSchema("lz.public").orElseThrow();
            Map<String, List<String>> seenAgain = new TreeMap<>();
            for (Table t : again.getTables(pub2)) {
                seenAgain.put(t.getName(), t.getColumns().stream()
                        .map(col -> col.getName() + " " + col.getColumnDataType().getJavaSqlType().getName()).toList());
            }
            assertEquals(EXPECTED_COLUMNS, seenAgain, "a failed build changes no listing");
            String remarks = table(again, pub2, "missing").getRemarks();
            assertTrue(remarks.startsWith("Its folder is gone (cannot be read, last build failed: ")
                    && remarks.contains("does not exist"), remarks);
            assertTrue(table(again, pub2, "drifted").getRemarks().contains("schema drift"),
                    table(again, pub2, "drifted").getRemarks());
            assertTrue(table(again, pub2, "corrupt").getRemarks().startsWith("cannot be read, last build failed: "),
                    table(again, pub2, "corrupt").getRemarks());
            assertEquals("Rows that can be read", table(again, pub2, "healthy").getRemarks());
            assertTrue(table(again, pub2, "healthy_ids").getRemarks().contains("does not match its declared columns"),
                    table(again, pub2, "healthy_ids").getRemarks());
        }
    }

    /** DBeaver's navigator calls on the catalog: schemas, tables, columns, keys and indexes per table. */
    @Test
    void dbeaverNavigatorSequenceListsTheBrokenCatalog() throws Exception {
        try (Connection c = open()) {
            long builds = NativeStats.read().datasetBuilds();
            DatabaseMetaData md = c.getMetaData();
            assertEquals("lz", c.getCatalog());
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = md.getSchemas()) {
                while (rs.next()) {
                    schemas.add(rs.getString("TABLE_CATALOG") + "." + rs.getString("TABLE_SCHEM"));
                }
            }
            assertTrue(schemas.contains("lz.public"), schemas.toString());
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rs = md.getTables("lz", "public", "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    tables.put(rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE"));
                }
            }
            assertEquals(EXPECTED_COLUMNS.keySet(), tables.keySet());
            Map<String, List<String>> columns = new TreeMap<>();
            for (String t : tables.keySet()) {
                // the navigator expands each table: columns, primary key, indexes, foreign keys both ways
                try (ResultSet rs = md.getColumns("lz", "public", t, "%")) {
                    List<String> cols = new ArrayList<>();
                    while (rs.next()) {
                        cols.add(rs.getString("COLUMN_NAME") + " " + java.sql.JDBCType.valueOf(rs.getInt("DATA_TYPE")));
                    }
                    columns.put(t, cols);
                }
                List<String> pk = new ArrayList<>();
                try (ResultSet rs = md.getPrimaryKeys("lz", "public", t)) {
                    while (rs.next()) {
                        pk.add(rs.getString("COLUMN_NAME"));
                    }
                }
                assertEquals(t.equals("healthy") || t.equals("missing") ? List.of("id") : List.of(), pk, t);
                try (ResultSet rs = md.getIndexInfo("lz", "public", t, false, true)) {
                    assertEquals(!pk.isEmpty(), rs.next(), t);
                }
                try (ResultSet rs = md.getImportedKeys("lz", "public", t)) {
                    assertFalse(rs.next(), t);
                }
                try (ResultSet rs = md.getExportedKeys("lz", "public", t)) {
                    assertFalse(rs.next(), t);
                }
            }
            assertEquals(EXPECTED_COLUMNS, columns);
            assertEquals(builds, NativeStats.read().datasetBuilds(), "the navigator built a dataset");

            // the SQL editor: a query on the healthy dataset works; the broken one's error names it
            assertEquals(List.of(List.of("2")), ClientFixture.rows(c, "SELECT count(*) FROM healthy"));
            SQLException e = failure(c, "SELECT count(*) FROM missing");
            assertTrue(e.getMessage().contains("lz.public.missing"), e.getMessage());
            assertTrue(c.isValid(1));
        }
    }

    private static SQLException failure(Connection c, String sql) {
        return assertThrows(SQLException.class, () -> ClientFixture.rows(c, sql), sql);
    }

    private static Table table(Catalog catalog, Schema schema, String name) {
        return catalog.lookupTable(schema, name).orElseThrow(() -> new AssertionError("no table " + name));
    }
}
