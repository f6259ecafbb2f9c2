package io.dfschema.examples.cst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.examples.cst.CstCorpus.Repo;
import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractParser;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ForeignKeySpec;
import io.dfschema.metadata.contract.PartitionColumn;
import io.dfschema.metadata.contract.SqlTypeSettings;
import io.dfschema.metadata.contract.ViewColumn;
import io.dfschema.metadata.contract.ViewSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated files against the contract, in a session with the strict profile's string settings:
 * the files hold the declared types, the declared keys hold in the data, and every view runs and
 * produces exactly its declared columns.
 *
 * <p>Until the driver opens a contract URL itself, the datasets are registered here as plain external
 * tables with inferred schemas ({@code <name>_files}), which is what makes the comparison with the
 * declared types meaningful. The dataset's own name is a view over that table which puts the columns in
 * declared order and gives partition columns their declared type (DataFusion infers a partition column
 * as {@code Dictionary(UInt16, Utf8)}).
 */
class CstDemoDataTest {
    /** The strict profile's type settings: SQL string types are Utf8. */
    private static final SqlTypeSettings STRICT = new SqlTypeSettings(false, null);

    private static Contract contract;
    private static Connection conn;

    /** One row of DESCRIBE. */
    record Described(String name, String type, boolean nullable) {}

    @BeforeAll
    static void registerTheCatalog() throws Exception {
        contract = ContractParser.parse(CstDemo.contractFile());
        conn = DriverManager.getConnection("jdbc:dfschema:", GenerateCstDemo.stringsAsUtf8());
        try (Statement st = conn.createStatement()) {
            for (DatasetSpec d : contract.datasets()) {
                st.execute(externalTable(d));
                st.execute(datasetView(d));
            }
            for (ViewSpec v : views()) {
                st.execute("CREATE VIEW " + v.name() + " AS " + v.sql());
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (conn != null) {
            conn.close();
        }
    }

    private static String externalTable(DatasetSpec d) {
        String partitions = d.partitionColumns().isEmpty() ? "" : d.partitionColumns().stream()
                .map(PartitionColumn::name).collect(Collectors.joining(", ", " PARTITIONED BY (", ")"));
        String options = d.options().isEmpty() ? "" : d.options().entrySet().stream()
                .map(e -> CstSql.text(e.getKey()) + " " + CstSql.text(e.getValue()))
                .collect(Collectors.joining(", ", " OPTIONS (", ")"));
        return "CREATE EXTERNAL TABLE " + d.name() + "_files STORED AS " + d.format().name() + partitions
                + " LOCATION " + CstSql.text(d.location()) + options;
    }

    private static String datasetView(DatasetSpec d) {
        List<String> select = new ArrayList<>();
        d.columns().forEach(c -> select.add(c.name()));
        for (PartitionColumn p : d.partitionColumns()) {
            select.add("CAST(" + p.name() + " AS " + p.type().sqlDdl(STRICT).orElseThrow() + ") AS " + p.name());
        }
        return "CREATE VIEW " + d.name() + " AS SELECT " + String.join(", ", select) + " FROM " + d.name() + "_files";
    }

    private static List<ViewSpec> views() {
        return contract.datasets().stream().flatMap(d -> d.views().stream()).toList();
    }

    private static Map<String, Described> describe(String table) throws SQLException {
        Map<String, Described> columns = new LinkedHashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("DESCRIBE " + table)) {
            while (rs.next()) {
                columns.put(rs.getString(1), new Described(rs.getString(1), rs.getString(2), rs.getString(3).equals("YES")));
            }
        }
        return columns;
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(column(sql).get(0));
    }

    @Test
    void filesHoldTheDeclaredTypes() throws SQLException {
        for (DatasetSpec d : contract.datasets()) {
            Map<String, Described> inFiles = describe(d.name() + "_files");
            List<String> expectedNames = new ArrayList<>();
            for (ColumnSpec c : d.columns()) {
                expectedNames.add(c.name());
                Described actual = inFiles.get(c.name());
                String where = d.name() + "." + c.name();
                assertTrue(actual != null, where + " is not in the files: " + inFiles.keySet());
                assertEquals(c.type().arrowText(STRICT), actual.type(), where);
                // CSV and JSON schemas are inferred as all nullable; Parquet files record it.
                if (!c.nullable() && d.format().name().equals("PARQUET")) {
                    assertFalse(actual.nullable(), where + " is declared NOT NULL but nullable in the files");
                }
            }
            d.partitionColumns().forEach(p -> expectedNames.add(p.name()));
            assertEquals(expectedNames.stream().sorted().toList(), inFiles.keySet().stream().sorted().toList(),
                    d.name() + ": the files have no undeclared columns");
        }
    }

    /** The exact Arrow types DataFusion reads back, spelled out once (examples/README.md lists them). */
    @Test
    void nestedColumnTypesAsTheEngineReadsThem() throws SQLException {
        String map = "Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Utf8), unsorted)";
        String span = "Struct(\"bstart\": Int64, \"bend\": Int64)";
        assertEquals(List.of(
                new Described("node_id", "Int64", false),
                new Described("file_id", "Int64", false),
                new Described("kind", "Utf8", false),
                new Described("span", span, true),
                new Described("attrs", map, true),
                new Described("children", "List(Int64)", true)), List.copyOf(describe("libcst_nodes_files").values()));
        assertEquals(List.of(
                new Described("file_id", "Int64", false),
                new Described("path", "Utf8", false),
                new Described("attrs", map, true),
                new Described("span", span, true),
                new Described("repo", "Dictionary(UInt16, Utf8)", false)), List.copyOf(describe("libcst_files_files").values()));
        assertEquals("Utf8", describe("libcst_files").get("repo").type(), "the partition column as declared");
    }

    @Test
    void libcstFilesHasOneFolderPerRepository() throws Exception {
        Path folder = Path.of(contract.dataset("libcst_files").orElseThrow().location());
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<String> expected = new CstCorpus().repos().stream().map(Repo::name).sorted()
                .map(r -> "repo=" + r + "/part-0.parquet").toList();
        assertEquals(expected, files);
        assertEquals(List.of("datawell|10", "httpkit|10", "tinyparse|10"),
                column("SELECT repo || '|' || CAST(count(*) AS VARCHAR) FROM libcst_files GROUP BY repo ORDER BY repo"));
    }

    @Test
    void viewsProduceTheDeclaredColumns() throws SQLException {
        for (ViewSpec v : views()) {
            List<Described> actual = List.copyOf(describe(v.name()).values());
            assertEquals(v.columns().stream().map(ViewColumn::name).toList(),
                    actual.stream().map(Described::name).toList(), v.name());
            for (int i = 0; i < actual.size(); i++) {
                ViewColumn expected = v.columns().get(i);
                assertEquals(expected.type().arrowText(STRICT), actual.get(i).type(), v.name() + "." + expected.name());
                if (expected.nullable() != null) {
                    assertEquals(expected.nullable(), actual.get(i).nullable(), v.name() + "." + expected.name());
                }
            }
            assertTrue(count("SELECT count(*) FROM " + v.name()) > 0, v.name() + " has rows");
        }
    }

    @Test
    void declaredKeysHoldInTheData() throws SQLException {
        for (DatasetSpec d : contract.datasets()) {
            List<List<String>> keys = new ArrayList<>(d.uniqueKeys());
            keys.add(d.primaryKey());
            for (List<String> key : keys) {
                String cols = String.join(", ", key);
                assertEquals(0, count("SELECT count(*) FROM (SELECT " + cols + " FROM " + d.name()
                        + " GROUP BY " + cols + " HAVING count(*) > 1)"), d.name() + " (" + cols + ") is unique");
            }
            for (ForeignKeySpec fk : d.foreignKeys()) {
                List<String> on = new ArrayList<>();
                for (int i = 0; i < fk.columns().size(); i++) {
                    on.add("c." + fk.columns().get(i) + " = p." + fk.referencedColumns().get(i));
                }
                assertEquals(0, count("SELECT count(*) FROM " + d.name() + " c LEFT JOIN " + fk.referencedDataset()
                        + " p ON " + String.join(" AND ", on) + " WHERE p." + fk.referencedColumns().get(0) + " IS NULL"),
                        fk.name() + ": every row has its referenced row");
            }
        }
    }

    @Test
    void viewValues() throws SQLException {
        assertEquals(List.of("[generated]"),
                column("SELECT origin_values FROM libcst_files_attr_origin WHERE file_id = 30"));
        assertEquals(List.of("[vendored]"),
                column("SELECT origin_values FROM libcst_files_attr_origin WHERE file_id = 27"));
        // Per file: Module 2, Import 1, FunctionDef 2, Param 1, Return 1, Call 2 children.
        assertEquals(30 * 9, count("SELECT count(*) FROM libcst_node_children"));
        assertEquals(List.of("1208", "1209"),
                column("SELECT child_id FROM libcst_node_children WHERE parent_id = 1207 ORDER BY child_id"));
        assertEquals(List.of("tinyparse|src/errors.py|config|7|13"), column(
                "SELECT repo || '|' || path || '|' || name || '|' || CAST(bstart AS VARCHAR) || '|' || CAST(bend AS VARCHAR)"
                        + " FROM libcst_names WHERE node_id = 1202"));
        assertEquals(27, count("SELECT count(*) FROM call_edges"));
        assertEquals(List.of("11|read_config"),
                column("SELECT CAST(callee_file_id AS VARCHAR) || '|' || callee FROM call_edges WHERE call_node = 1207"));
    }
}
