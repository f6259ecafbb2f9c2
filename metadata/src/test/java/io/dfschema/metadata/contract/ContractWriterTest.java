package io.dfschema.metadata.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

class ContractWriterTest {

    @Test
    void theExampleIsWrittenInTheDocumentedLayout() {
        Path file = TestContracts.example();
        String expected = """
                dfschema: 1
                catalog: cst
                default_schema: public
                profile: strict
                evolution: compatible
                datasets:
                  - name: libcst_files
                    schema: public
                    version: 1
                    description: One row per parsed source file
                    format: parquet
                    location: data/libcst_files/
                    partition_columns:
                      - {name: repo, type: VARCHAR}
                    scan:
                      file_sort_order: [path]
                      parquet_pruning: true
                      skip_metadata: false
                      skip_arrow_metadata: false
                      binary_as_string: false
                      schema_force_view_types: false
                      infer_partitions: false
                      ignore_subdirectory: true
                      list_files_cache_ttl: 1m
                      list_files_cache_limit: 1M
                      meta_fetch_concurrency: 32
                      collect_statistics: true
                      file_extension: ".parquet"
                      cache: false
                      mutable: false
                      unbounded: false
                    columns:
                      - {name: file_id, type: BIGINT, nullable: false, description: Stable file id}
                      - {name: path, type: VARCHAR, nullable: false}
                      - {name: attrs, type: "MAP(VARCHAR, VARCHAR)", default: "MAP {}"}
                      - {name: span, type: "STRUCT(bstart BIGINT, bend BIGINT)"}
                    primary_key: [file_id]
                    unique: [[path]]
                    foreign_keys:
                      - columns: [repo]
                        references: {dataset: repos, columns: [name]}
                    evolution:
                      mode: compatible
                      renamed_from:
                        path: [file_path]
                    views:
                      - name: libcst_files_attr_origin
                        sql: "SELECT file_id, map_extract(attrs, 'origin') AS origin_values, get_field(span, 'bstart') AS bstart FROM libcst_files"
                        columns:
                          - {name: file_id, type: BIGINT}
                          - {name: origin_values, type: "VARCHAR[]"}
                          - {name: bstart, type: BIGINT}
                """;
        assertEquals(expected, ContractWriter.write(ContractParser.parse(file), file));
    }

    @Test
    void theExampleRoundTrips() {
        Path file = TestContracts.example();
        Contract c = ContractParser.parse(file);
        assertEquals(c, ContractParser.parse(ContractWriter.write(c, file), file));
        assertEquals(c, ContractParser.parse(ContractWriter.write(c), file), "absolute locations read back unchanged");
        String once = ContractWriter.write(c, file);
        assertEquals(once, ContractWriter.write(ContractParser.parse(once, file), file), "writing is stable");
    }

    @Test
    void aFolderRoundTripsThroughOneFile(@TempDir Path dir) throws IOException {
        Contract folder = ContractParser.parse(TestContracts.resource("folder"));
        Path file = dir.resolve("all.dfschema.yaml");
        ContractWriter.writeFile(folder, file);
        assertEquals(folder.withSource(file), ContractParser.parse(file));
        assertEquals(List.of(file), ContractParser.contractFiles(dir), "no temporary file is left behind");
    }

    @Test
    void locationsInsideTheTargetFolderAreWrittenRelative(@TempDir Path dir) {
        Path target = dir.resolve("c.dfschema.yaml");
        Contract c = Contract.builder()
                .dataset(DatasetSpec.builder("inside").format(DataFormat.CSV).location(dir.resolve("data/x.csv").toString()))
                .dataset(DatasetSpec.builder("folder").format(DataFormat.PARQUET).location(dir.resolve("data") + "/"))
                .dataset(DatasetSpec.builder("outside").format(DataFormat.CSV).location("/elsewhere/y.csv"))
                .dataset(DatasetSpec.builder("remote").format(DataFormat.PARQUET).location("s3://bucket/z/"))
                .build();
        String yaml = ContractWriter.write(c, target);
        assertTrue(yaml.contains("location: data/x.csv\n"), yaml);
        assertTrue(yaml.contains("location: data/\n"), yaml);
        assertTrue(yaml.contains("location: /elsewhere/y.csv\n"), yaml);
        assertTrue(yaml.contains("location: \"s3://bucket/z/\"\n"), yaml);
        assertEquals(c.withSource(target), ContractParser.parse(yaml, target));
    }

    @Test
    void awkwardTextRoundTripsExactly() {
        String sql = "SELECT \"Weird Col\",\n       'it''s: # not a comment' AS s\n\n  FROM t -- trailing\nWHERE x > 1";
        Contract c = Contract.builder()
                .catalog("c").defaultSchema("s").profile(Profile.VIEW_TYPES).evolution(EvolutionMode.LENIENT)
                .dataset(DatasetSpec.builder("t")
                        .version(3)
                        .description("yes")
                        .format(DataFormat.CSV)
                        .location("/data/with space/#hash: colon/")
                        .option("format.delimiter", "|")
                        .option("format.has_header", "true")
                        .option("null", "~")
                        .option("key with spaces", "- dash first")
                        .partitionColumn("Day Part", "DATE")
                        .scan(ScanPolicy.builder().fileSortOrder("\"Weird Col\" DESC NULLS FIRST", "x nulls last")
                                .listFilesCacheTtl(Duration.ofMillis(90_500)).listFilesCacheLimit(1000L)
                                .metaFetchConcurrency(4).fileExtension(".csv.gz").cache(true).mutable(true)
                                .unbounded(false).inferPartitions(true).ignoreSubdirectory(false).collectStatistics(false)
                                .build())
                        .column(ColumnSpec.builder("Weird Col", "Struct(\"a b\": Int64, \"c\\\"d\": Utf8)").nullable(false)
                                .description("quotes \" and 'single', tab\tand newline\nend").build())
                        .column(ColumnSpec.builder("x", "TIMESTAMP(3) WITH TIME ZONE").defaultExpression("now()").build())
                        .column(ColumnSpec.builder("n", "DECIMAL(10,2)").description("123").defaultExpression("0").build())
                        .column(ColumnSpec.builder("u", "VARCHAR").description("caf\u00e9 \ud83d\ude00 \u0001 \u2028 null").build())
                        .primaryKey("Weird Col")
                        .unique("x", "n")
                        .unique("u")
                        .foreignKey(new ForeignKeySpec("fk_u", List.of("u"), "other", "targets", List.of("id")))
                        .renamedFrom("u", "old u", "older_u")
                        .view(ViewSpec.builder("v", sql).description("multi\nline description")
                                .column(new ViewColumn("Weird Col", TypeSpec.parse("Utf8"), true, "no"))
                                .column("s", "VARCHAR").build())
                        .view(ViewSpec.builder("w", "SELECT 1;\n").build()))
                .build();
        Path file = Path.of("/tmp/awkward.dfschema.yaml");
        String yaml = ContractWriter.write(c, file);
        assertTrue(yaml.contains("        sql: |-\n          SELECT \"Weird Col\",\n"), yaml);
        assertEquals(c.withSource(file), ContractParser.parse(yaml, file), yaml);
    }

    @Test
    void datasetEvolutionIsWrittenOnlyWhereItDiffersFromTheDefault() {
        Contract c = Contract.builder().evolution(EvolutionMode.COMPATIBLE)
                .dataset(DatasetSpec.builder("a").format(DataFormat.CSV))
                .dataset(DatasetSpec.builder("b").format(DataFormat.CSV).evolution(EvolutionMode.STRICT))
                .build();
        String yaml = ContractWriter.write(c);
        assertEquals(1, yaml.split("\n      mode: ", -1).length - 1, yaml);
        assertEquals(c, ContractParser.parse(yaml, null));
    }

    @Test
    void anEmptyCatalogIsWrittenToo() {
        Contract c = Contract.builder().build();
        assertEquals("""
                dfschema: 1
                catalog: datafusion
                default_schema: public
                profile: default
                evolution: compatible
                datasets: []
                """, ContractWriter.write(c));
        assertEquals(c, ContractParser.parse(ContractWriter.write(c), null));
    }
}
