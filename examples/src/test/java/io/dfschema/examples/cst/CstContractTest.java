package io.dfschema.examples.cst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractParser;
import io.dfschema.metadata.contract.DataFormat;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.EvolutionMode;
import io.dfschema.metadata.contract.ForeignKeySpec;
import io.dfschema.metadata.contract.Profile;
import io.dfschema.metadata.contract.ViewSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code demo/cst/cst.dfschema.yaml} read by the driver's own parser (which throws on any problem). */
class CstContractTest {
    private static Contract contract;

    @BeforeAll
    static void parse() throws Exception {
        contract = ContractParser.parse(CstDemo.contractFile());
    }

    private static DatasetSpec dataset(String name) {
        return contract.dataset(name).orElseThrow(() -> new AssertionError("no dataset " + name));
    }

    @Test
    void topLevelKeys() {
        assertEquals("cst", contract.catalog());
        assertEquals("public", contract.defaultSchema());
        assertEquals(Profile.STRICT, contract.profile());
        assertEquals(EvolutionMode.COMPATIBLE, contract.evolution());
        assertEquals(List.of("repos", "libcst_files", "libcst_nodes", "refs"),
                contract.datasets().stream().map(DatasetSpec::name).toList());
    }

    @Test
    void everyDatasetAndColumnIsDescribedAndItsLocationExists() throws Exception {
        for (DatasetSpec d : contract.datasets()) {
            assertTrue(d.description() != null && !d.description().isBlank(), d.name());
            for (ColumnSpec c : d.columns()) {
                assertTrue(c.description() != null && !c.description().isBlank(), d.name() + "." + c.name());
            }
            // Relative locations come back resolved against the contract file's folder.
            Path location = Path.of(d.location());
            assertTrue(location.isAbsolute(), d.location());
            assertTrue(location.startsWith(CstDemo.contractFile().getParent().resolve("data")), d.location());
            assertTrue(Files.exists(location), d.location());
        }
    }

    @Test
    void libcstFilesIsPartitionedByRepo() {
        DatasetSpec files = dataset("libcst_files");
        assertEquals(DataFormat.PARQUET, files.format());
        assertTrue(files.location().endsWith("/data/libcst_files/"), files.location());
        assertEquals(1, files.partitionColumns().size());
        assertEquals("repo", files.partitionColumns().get(0).name());
        assertEquals("VARCHAR", files.partitionColumns().get(0).type().canonical());
        assertEquals(List.of("file_id", "path", "attrs", "span"), files.columns().stream().map(ColumnSpec::name).toList());
        assertEquals("MAP(VARCHAR, VARCHAR)", files.column("attrs").orElseThrow().type().canonical());
        assertEquals("STRUCT(bstart BIGINT, bend BIGINT)", files.column("span").orElseThrow().type().canonical());
        assertFalse(files.column("file_id").orElseThrow().nullable());
    }

    @Test
    void scanPolicyStatesSeveralKeys() {
        var scan = dataset("libcst_files").scan();
        assertEquals("file_id", scan.fileSortOrder().get(0).column());
        assertEquals(Boolean.TRUE, scan.parquetPruning());
        assertEquals(Boolean.FALSE, scan.schemaForceViewTypes());
        assertEquals(Boolean.FALSE, scan.inferPartitions());
        assertEquals(Boolean.TRUE, scan.collectStatistics());
        assertEquals(".parquet", scan.fileExtension());
        assertEquals(8, scan.metaFetchConcurrency());
        assertEquals(60, scan.listFilesCacheTtl().toSeconds());
    }

    @Test
    void keys() {
        assertEquals(List.of("name"), dataset("repos").primaryKey());
        assertEquals(List.of(List.of("url")), dataset("repos").uniqueKeys());
        assertEquals(List.of("file_id"), dataset("libcst_files").primaryKey());
        assertEquals(List.of(List.of("repo", "path")), dataset("libcst_files").uniqueKeys());
        assertEquals(List.of("node_id"), dataset("libcst_nodes").primaryKey());
        assertEquals(List.of("from_node", "to_node", "kind"), dataset("refs").primaryKey());

        assertEquals(List.of(new ForeignKeySpec("files_repo", List.of("repo"), null, "repos", List.of("name"))),
                dataset("libcst_files").foreignKeys());
        assertEquals(List.of(new ForeignKeySpec("nodes_file", List.of("file_id"), null, "libcst_files", List.of("file_id"))),
                dataset("libcst_nodes").foreignKeys());
        assertEquals(List.of(
                        new ForeignKeySpec("refs_from", List.of("from_node"), null, "libcst_nodes", List.of("node_id")),
                        new ForeignKeySpec("refs_to", List.of("to_node"), null, "libcst_nodes", List.of("node_id"))),
                dataset("refs").foreignKeys());
    }

    @Test
    void defaultAndEvolution() {
        DatasetSpec nodes = dataset("libcst_nodes");
        assertEquals("MAP {}", nodes.column("attrs").orElseThrow().defaultExpression());
        assertNull(nodes.column("kind").orElseThrow().defaultExpression());
        assertEquals(EvolutionMode.COMPATIBLE, nodes.evolution().mode());
        assertEquals(List.of("node_type"), nodes.evolution().renamedFrom().get("kind"));
        assertEquals(EvolutionMode.COMPATIBLE, dataset("repos").evolution().mode(), "the top-level default");
    }

    @Test
    void viewsDeclareTheirColumns() {
        ViewSpec origin = dataset("libcst_files").views().get(0);
        assertEquals("libcst_files_attr_origin", origin.name());
        assertEquals("SELECT file_id, map_extract(attrs, 'origin') AS origin_values, get_field(span, 'bstart') AS bstart"
                + " FROM libcst_files", origin.sql());
        assertEquals(List.of("BIGINT", "VARCHAR[]", "BIGINT"),
                origin.columns().stream().map(c -> c.type().canonical()).toList());

        List<String> views = contract.datasets().stream()
                .flatMap(d -> d.views().stream()).map(ViewSpec::name).toList();
        assertEquals(List.of("libcst_files_attr_origin", "libcst_node_children", "libcst_names", "call_edges"), views);
        assertTrue(dataset("libcst_nodes").views().get(0).sql().contains("unnest(children)"));
        contract.datasets().stream().flatMap(d -> d.views().stream())
                .forEach(v -> assertFalse(v.columns().isEmpty(), v.name()));
    }
}
