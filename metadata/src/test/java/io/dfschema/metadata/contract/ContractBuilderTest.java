package io.dfschema.metadata.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

class ContractBuilderTest {

    /** The example, declared in code. */
    static Contract exampleInCode(Path file) {
        String location = file.toAbsolutePath().getParent().resolve("data/libcst_files") + File.separator;
        return Contract.builder()
                .catalog("cst")
                .defaultSchema("public")
                .profile(Profile.STRICT)
                .evolution(EvolutionMode.COMPATIBLE)
                .source(file)
                .dataset(DatasetSpec.builder("libcst_files")
                        .schema("public")
                        .version(1)
                        .description("One row per parsed source file")
                        .format(DataFormat.PARQUET)
                        .location(location)
                        .partitionColumn("repo", "VARCHAR")
                        .scan(ScanPolicy.builder()
                                .fileSortOrder("path")
                                .parquetPruning(true).skipMetadata(false).skipArrowMetadata(false)
                                .binaryAsString(false).schemaForceViewTypes(false).inferPartitions(false)
                                .ignoreSubdirectory(true)
                                .listFilesCacheTtl(Duration.ofSeconds(60))
                                .listFilesCacheLimit(Quantities.parseSize("1M"))
                                .metaFetchConcurrency(32).collectStatistics(true).fileExtension(".parquet")
                                .cache(false).mutable(false).unbounded(false)
                                .build())
                        .column(ColumnSpec.builder("file_id", "BIGINT").nullable(false).description("Stable file id").build())
                        .column(ColumnSpec.builder("path", "VARCHAR").nullable(false).build())
                        .column(ColumnSpec.builder("attrs", "MAP(VARCHAR, VARCHAR)").defaultExpression("MAP {}").build())
                        .column("span", "STRUCT(bstart BIGINT, bend BIGINT)")
                        .primaryKey("file_id")
                        .unique("path")
                        .foreignKey(ForeignKeySpec.of(List.of("repo"), "repos", List.of("name")))
                        .evolution(EvolutionMode.COMPATIBLE)
                        .renamedFrom("path", "file_path")
                        .view(ViewSpec.builder("libcst_files_attr_origin",
                                        "SELECT file_id, map_extract(attrs, 'origin') AS origin_values,"
                                                + " get_field(span, 'bstart') AS bstart FROM libcst_files")
                                .column("file_id", "BIGINT")
                                .column("origin_values", "VARCHAR[]")
                                .column("bstart", "BIGINT")
                                .build()))
                .build();
    }

    @Test
    void theBuilderApiDeclaresTheSameModelAsTheFile() {
        Path file = TestContracts.example();
        Contract fromFile = ContractParser.parse(file);
        Contract inCode = exampleInCode(file);
        assertEquals(fromFile, inCode);
        assertEquals(fromFile.datasets().get(0).fingerprint(), inCode.datasets().get(0).fingerprint());
        assertEquals(ContractWriter.write(fromFile), ContractWriter.write(inCode));
    }

    @Test
    void datasetBuildersTakeTheContractDefaultsLikeFileDatasetsDo() {
        Contract c = Contract.builder().defaultSchema("cst").evolution(EvolutionMode.LENIENT)
                .dataset(DatasetSpec.builder("a").format(DataFormat.CSV))
                .dataset(DatasetSpec.builder("b").format(DataFormat.CSV).schema("x").evolution(EvolutionMode.STRICT))
                .build();
        assertEquals("cst", c.datasets().get(0).schema());
        assertEquals(EvolutionMode.LENIENT, c.datasets().get(0).evolution().mode());
        assertEquals("x", c.datasets().get(1).schema());
        assertEquals(EvolutionMode.STRICT, c.datasets().get(1).evolution().mode());

        DatasetSpec alone = DatasetSpec.builder("t").format(DataFormat.JSON).build();
        assertEquals(DatasetSpec.DEFAULT_SCHEMA, alone.schema());
        assertEquals(DatasetSpec.DEFAULT_EVOLUTION, alone.evolution().mode());
        assertEquals("t_v1", alone.alias());
        assertEquals(alone, alone.toBuilder().build());
    }

    @Test
    void builtDatasetsAreCheckedByTheFileRules() {
        ContractException e = assertThrows(ContractException.class, () -> DatasetSpec.builder("Bad Name")
                .format(DataFormat.CSV).version(0)
                .column("id", "BIGINT")
                .column("id", "INT")
                .primaryKey("id", "missing")
                .build());
        assertEquals(List.of(
                "name: dataset name 'Bad Name' is not a lowercase SQL identifier (a-z, 0-9 and '_', not starting with a digit)",
                "version: version must be a positive integer, got 0",
                "columns[1].name: column 'id' is declared twice",
                "primary_key[1]: primary key column 'missing' is not a declared column",
                "primary_key[0]: primary key column 'id' must be declared nullable: false"), e.lines());
    }

    @Test
    void builtContractsAreCheckedByTheFileRules() {
        ContractException e = assertThrows(ContractException.class, () -> Contract.builder()
                .catalog("Cat")
                .formatVersion(2)
                .dataset(DatasetSpec.builder("a").format(DataFormat.CSV))
                .dataset(DatasetSpec.builder("a").format(DataFormat.JSON))
                .build());
        assertEquals(List.of(
                "dfschema: unsupported format version 2; this version of dfschema reads version 1",
                "catalog: catalog name 'Cat' is not a lowercase SQL identifier (a-z, 0-9 and '_', not starting with a digit)",
                "datasets[1].name: dataset 'public.a' is declared twice (also at datasets[0])"), e.lines());
    }

    @Test
    void recordsAreImmutable() {
        DatasetSpec d = DatasetSpec.builder("t").format(DataFormat.CSV).column("a", "INT").option("k", "v").build();
        assertThrows(UnsupportedOperationException.class, () -> d.columns().add(ColumnSpec.of("b", "INT")));
        assertThrows(UnsupportedOperationException.class, () -> d.options().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> d.evolution().renamedFrom().put("x", List.of()));
    }
}
