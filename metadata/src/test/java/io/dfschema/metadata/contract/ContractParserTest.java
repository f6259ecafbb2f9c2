package io.dfschema.metadata.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

class ContractParserTest {

    @Test
    void theIssueExampleParsesCompletely() {
        Path file = TestContracts.example();
        Contract c = ContractParser.parse(file);

        assertEquals(1, c.formatVersion());
        assertEquals("cst", c.catalog());
        assertEquals("public", c.defaultSchema());
        assertEquals(Profile.STRICT, c.profile());
        assertEquals(EvolutionMode.COMPATIBLE, c.evolution());
        assertEquals(file, c.source());
        assertEquals(1, c.datasets().size());

        DatasetSpec d = c.dataset("libcst_files").orElseThrow();
        assertEquals("libcst_files", d.name());
        assertEquals("public", d.schema());
        assertEquals(1, d.version());
        assertEquals("libcst_files_v1", d.alias());
        assertEquals("One row per parsed source file", d.description());
        assertEquals(DataFormat.PARQUET, d.format());
        assertEquals(file.toAbsolutePath().getParent().resolve("data/libcst_files") + File.separator, d.location());
        assertEquals(Map.of(), d.options());
        assertEquals(List.of(PartitionColumn.of("repo", "VARCHAR")), d.partitionColumns());

        ScanPolicy s = d.scan();
        assertEquals(List.of(SortKey.asc("path")), s.fileSortOrder());
        assertEquals(true, s.parquetPruning());
        assertEquals(false, s.skipMetadata());
        assertEquals(false, s.skipArrowMetadata());
        assertEquals(false, s.binaryAsString());
        assertEquals(false, s.schemaForceViewTypes());
        assertEquals(false, s.inferPartitions());
        assertEquals(true, s.ignoreSubdirectory());
        assertEquals(Duration.ofSeconds(60), s.listFilesCacheTtl());
        assertEquals(1024L * 1024, s.listFilesCacheLimit());
        assertEquals(32, s.metaFetchConcurrency());
        assertEquals(true, s.collectStatistics());
        assertEquals(".parquet", s.fileExtension());
        assertEquals(false, s.cache());
        assertEquals(false, s.mutable());
        assertEquals(false, s.unbounded());

        assertEquals(List.of(
                new ColumnSpec("file_id", TypeSpec.parse("BIGINT"), false, "Stable file id", null),
                new ColumnSpec("path", TypeSpec.parse("VARCHAR"), false, null, null),
                new ColumnSpec("attrs", TypeSpec.parse("MAP(VARCHAR, VARCHAR)"), true, null, "MAP {}"),
                new ColumnSpec("span", TypeSpec.parse("STRUCT(bstart BIGINT, bend BIGINT)"), true, null, null)),
                d.columns());
        assertEquals(List.of("file_id"), d.primaryKey());
        assertEquals(List.of(List.of("path")), d.uniqueKeys());
        assertEquals(List.of(ForeignKeySpec.of(List.of("repo"), "repos", List.of("name"))), d.foreignKeys());
        assertEquals(new EvolutionSpec(EvolutionMode.COMPATIBLE, Map.of("path", List.of("file_path"))), d.evolution());

        assertEquals(1, d.views().size());
        ViewSpec v = d.views().get(0);
        assertEquals("libcst_files_attr_origin", v.name());
        assertEquals("SELECT file_id, map_extract(attrs, 'origin') AS origin_values, get_field(span, 'bstart') AS bstart"
                + " FROM libcst_files", v.sql());
        assertNull(v.description());
        assertEquals(List.of(ViewColumn.of("file_id", "BIGINT"), ViewColumn.of("origin_values", "VARCHAR[]"),
                ViewColumn.of("bstart", "BIGINT")), v.columns());
    }

    @Test
    void absentKeysTakeTheirDefaults() {
        Contract c = ContractParser.parse("""
                dfschema: 1
                datasets:
                  - name: t
                    format: csv
                """, null);
        assertEquals("datafusion", c.catalog());
        assertEquals("public", c.defaultSchema());
        assertEquals(Profile.DEFAULT, c.profile());
        assertEquals(EvolutionMode.COMPATIBLE, c.evolution());
        DatasetSpec d = c.datasets().get(0);
        assertEquals("public", d.schema());
        assertEquals(1, d.version());
        assertNull(d.location());
        assertEquals(ScanPolicy.NONE, d.scan());
        assertFalse(d.declaresColumns());
        assertEquals(EvolutionSpec.of(EvolutionMode.COMPATIBLE), d.evolution());
        assertNull(c.source());
    }

    @Test
    void datasetsInheritTheContractDefaultsUnlessTheyStateTheirOwn() {
        Contract c = ContractParser.parse("""
                dfschema: 1
                default_schema: cst
                evolution: lenient
                datasets:
                  - {name: a, format: csv}
                  - {name: b, format: csv, schema: other, evolution: strict}
                  - {name: c, format: csv, evolution: {renamed_from: {x: [y]}}}
                """, null);
        assertEquals("cst", c.datasets().get(0).schema());
        assertEquals(EvolutionMode.LENIENT, c.datasets().get(0).evolution().mode());
        assertEquals("other", c.datasets().get(1).schema());
        assertEquals(EvolutionMode.STRICT, c.datasets().get(1).evolution().mode());
        assertEquals(new EvolutionSpec(EvolutionMode.LENIENT, Map.of("x", List.of("y"))), c.datasets().get(2).evolution());
    }

    @Test
    void locationsResolveAgainstTheContractFolderUnlessAbsoluteOrUrls() {
        Path file = Path.of("/catalogs/cst/catalog.dfschema.yaml");
        Contract c = ContractParser.parse("""
                dfschema: 1
                datasets:
                  - {name: a, format: csv, location: data/a.csv}
                  - {name: b, format: csv, location: ../shared/b/}
                  - {name: c, format: csv, location: /abs/c.csv}
                  - {name: d, format: parquet, location: "s3://bucket/d/"}
                  - {name: e, format: parquet, location: "file:///tmp/e/"}
                """, file);
        List<String> locations = c.datasets().stream().map(DatasetSpec::location).toList();
        assertEquals(List.of(Path.of("/catalogs/cst/data/a.csv").toString(),
                Path.of("/catalogs/shared/b") + File.separator, "/abs/c.csv", "s3://bucket/d/", "file:///tmp/e/"), locations);
    }

    @Test
    void optionsKeepTheirOrderAndReadScalarsAsText() {
        Contract c = ContractParser.parse("""
                dfschema: 1
                datasets:
                  - name: t
                    format: csv
                    options: {format.has_header: true, format.delimiter: ";", format.quote: '"', max_rows: 1000}
                """, null);
        assertEquals(List.of("format.has_header", "format.delimiter", "format.quote", "max_rows"),
                List.copyOf(c.datasets().get(0).options().keySet()));
        assertEquals(Map.of("format.has_header", "true", "format.delimiter", ";", "format.quote", "\"", "max_rows", "1000"),
                c.datasets().get(0).options());
    }

    @Test
    void aFolderMergesItsContractFilesInNameOrder() {
        Path folder = TestContracts.resource("folder");
        Contract c = ContractParser.parse(folder);
        assertEquals(folder, c.source());
        assertEquals("cst", c.catalog());
        assertEquals("code", c.defaultSchema()); // stated in a_repos, applies to b_files too
        assertEquals(EvolutionMode.LENIENT, c.evolution()); // stated in b_files, applies to a_repos too
        assertEquals(List.of("repos", "files"), c.datasets().stream().map(DatasetSpec::name).toList());
        DatasetSpec repos = c.dataset("code", "repos").orElseThrow();
        assertEquals(EvolutionMode.LENIENT, repos.evolution().mode());
        assertEquals(folder.toAbsolutePath().resolve("repos.csv").toString(), repos.location());
        assertEquals(Map.of("format.has_header", "true", "format.delimiter", ";"), repos.options());
        DatasetSpec files = c.dataset("code", "files").orElseThrow();
        assertEquals("/srv/data/files/", files.location());
        assertEquals(new ForeignKeySpec("files_repo", List.of("repo"), null, "repos", List.of("name")), files.foreignKeys().get(0));
        assertEquals(List.of(folder.resolve("a_repos.dfschema.yaml"), folder.resolve("b_files.dfschema.yaml")),
                ContractParser.contractFiles(folder));
    }

    @Test
    void conflictsBetweenTheFilesOfAFolderAreProblemsInTheLaterFile() {
        Path folder = TestContracts.resource("conflicts");
        ContractException e = assertThrows(ContractException.class, () -> ContractParser.parse(folder));
        Path b = folder.resolve("b.dfschema.yaml");
        assertEquals(List.of(
                b + ":2: catalog: catalog 'other' conflicts with 'cst' in a.dfschema.yaml:2",
                b + ":9: datasets[0].foreign_keys[0].references.columns[0]: column 'url' is not a column of dataset 'public.repos'",
                b + ":10: datasets[1].name: dataset 'public.repos' is declared twice (also at a.dfschema.yaml:4)"),
                e.lines());
        assertEquals(String.join("\n", e.lines()), e.getMessage());
    }

    @Test
    void aFolderWithoutContractFilesIsAProblem(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("catalog.yaml"), "dfschema: 1\n"); // not named *.dfschema.yaml
        ContractException e = assertThrows(ContractException.class, () -> ContractParser.parse(folder));
        assertEquals(List.of(folder + ": no *.dfschema.yaml files in this folder"), e.lines());
    }

    @Test
    void aMissingFileIsAProblem() {
        Path missing = TestContracts.resource("example").resolve("missing.dfschema.yaml");
        ContractException e = assertThrows(ContractException.class, () -> ContractParser.parse(missing));
        assertEquals(List.of(missing + ": no such file or folder"), e.lines());
    }

    @Test
    void anchorsAndAliasesAreResolved() {
        Contract c = ContractParser.parse("""
                dfschema: 1
                datasets:
                  - name: a
                    format: parquet
                    scan: &fast {parquet_pruning: true, meta_fetch_concurrency: 64}
                  - name: b
                    format: parquet
                    scan: *fast
                """, null);
        assertEquals(c.datasets().get(0).scan(), c.datasets().get(1).scan());
        assertTrue(c.datasets().get(1).scan().parquetPruning());
    }
}
