package io.dfschema.metadata.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

class FingerprintTest {

    private static DatasetSpec example() {
        return ContractParser.parse(TestContracts.example()).datasets().get(0);
    }

    @Test
    void reformattingTheFileDoesNotChangeTheFingerprint() {
        DatasetSpec original = example();
        DatasetSpec reformatted = ContractParser.parse(TestContracts.resource("reformatted/catalog.dfschema.yaml")).datasets().get(0);
        assertNotEquals(original, reformatted, "the files really are written differently");
        assertEquals(Fingerprint.canonicalForm(original), Fingerprint.canonicalForm(reformatted));
        assertEquals(original.fingerprint(), reformatted.fingerprint());
        assertTrue(original.fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void theCanonicalFormIsTheDocumentedJson() {
        DatasetSpec d = DatasetSpec.builder("t").format(DataFormat.CSV).description("ignored").location("/ignored/")
                .option("b", "2").option("a", "1")
                .column(ColumnSpec.builder("id", "integer").nullable(false).defaultExpression("  1 +\n 1 ").build())
                .column("name", "Utf8")
                .primaryKey("id")
                .scan(ScanPolicy.builder().fileSortOrder("id").listFilesCacheTtl(Duration.ofSeconds(90)).build())
                .view(ViewSpec.builder("v", "SELECT  id\n FROM t -- note\n;").column("id", "INT").build())
                .build();
        String expected = "{\"columns\":[{\"default\":\"1 + 1\",\"name\":\"id\",\"nullable\":false,\"type\":\"INT\"},"
                + "{\"name\":\"name\",\"nullable\":true,\"type\":\"Utf8\"}],"
                + "\"evolution\":{\"mode\":\"compatible\",\"renamed_from\":{}},"
                + "\"fingerprint\":\"dfschema-dataset-v1\",\"foreign_keys\":[],\"format\":\"csv\",\"name\":\"t\","
                + "\"options\":{\"a\":\"1\",\"b\":\"2\"},\"partition_columns\":[],\"primary_key\":[\"id\"],"
                + "\"scan\":{\"file_sort_order\":[\"id ASC\"],\"list_files_cache_ttl\":\"PT1M30S\"},"
                + "\"schema\":\"public\",\"unique\":[],\"version\":1,"
                + "\"views\":[{\"columns\":[{\"name\":\"id\",\"type\":\"INT\"}],\"name\":\"v\",\"sql\":\"SELECT id FROM t\"}]}";
        assertEquals(expected, Fingerprint.canonicalForm(d));
        // `printf '%s' "$expected" | sha256sum`, computed outside Java: if this changes, every stored fingerprint does
        assertEquals(GOLDEN_SHA256, Fingerprint.of(d));
    }

    private static final String GOLDEN_SHA256 = "f15e251dc83dffe2d5d801f480b19754956895dc0fad54dcfc17a35d61965692";

    @Test
    void changesThatDoNotAlterTheDatasetKeepTheFingerprint() {
        DatasetSpec base = example();
        List<DatasetSpec> same = List.of(
                base.toBuilder().description("new words").build(),
                base.toBuilder().location("/moved/elsewhere/").build(),
                base.toBuilder().uniqueKeys(List.of(List.of("path"))).build(),
                base.toBuilder().foreignKeys(List.of(new ForeignKeySpec(null, List.of("repo"), "public", "repos",
                        List.of("name")))).build(),
                base.toBuilder().columns(replace(base.columns(), 0,
                        ColumnSpec.builder("file_id", "bigint").nullable(false).description("other").build())).build(),
                base.toBuilder().views(List.of(ViewSpec.builder(base.views().get(0).name(),
                        "/* reflowed */ " + base.views().get(0).sql().replace(" FROM", "\n  FROM") + " ;")
                        .column("file_id", "BIGINT").column("origin_values", "ARRAY<STRING>").column("bstart", "bigint")
                        .build())).build());
        for (DatasetSpec d : same) {
            assertEquals(base.fingerprint(), d.fingerprint(), Fingerprint.canonicalForm(d));
        }
    }

    @Test
    void everyRealChangeChangesTheFingerprint() {
        DatasetSpec base = example();
        Map<String, UnaryOperator<DatasetSpec.Builder>> changes = new LinkedHashMap<>();
        changes.put("name", b -> DatasetSpec.builder("renamed").format(DataFormat.PARQUET));
        changes.put("version", b -> b.version(2));
        changes.put("schema", b -> b.schema("other"));
        changes.put("format", b -> b.format(DataFormat.ARROW).scan(ScanPolicy.NONE));
        changes.put("option", b -> b.option("k", "v"));
        changes.put("partition column type", b -> b.partitionColumns(List.of(PartitionColumn.of("repo", "INT"))));
        changes.put("scan key", b -> b.scan(base.scan().toBuilder().metaFetchConcurrency(8).build()));
        changes.put("scan ttl", b -> b.scan(base.scan().toBuilder().listFilesCacheTtl(Duration.ofSeconds(61)).build()));
        changes.put("scan key unstated", b -> b.scan(base.scan().toBuilder().cache(null).build()));
        changes.put("sort direction", b -> b.scan(base.scan().toBuilder().fileSortOrder("path DESC").build()));
        changes.put("column type", b -> b.columns(replace(base.columns(), 0,
                ColumnSpec.builder("file_id", "INT").nullable(false).build())));
        changes.put("pinned Arrow type", b -> b.columns(replace(base.columns(), 1,
                ColumnSpec.builder("path", "Utf8").nullable(false).build())));
        changes.put("nullability", b -> b.columns(replace(base.columns(), 2,
                ColumnSpec.builder("attrs", "MAP(VARCHAR, VARCHAR)").nullable(false).defaultExpression("MAP {}").build())));
        changes.put("default", b -> b.columns(replace(base.columns(), 2,
                ColumnSpec.builder("attrs", "MAP(VARCHAR, VARCHAR)").defaultExpression("MAP {'a': 'b'}").build())));
        changes.put("column order", b -> b.columns(List.of(base.columns().get(1), base.columns().get(0),
                base.columns().get(2), base.columns().get(3))));
        changes.put("new column", b -> b.column("extra", "BOOLEAN"));
        changes.put("primary key", b -> b.primaryKey("file_id", "path"));
        changes.put("unique key", b -> b.unique("file_id"));
        changes.put("foreign key", b -> b.foreignKeys(List.of()));
        changes.put("evolution mode", b -> b.evolution(new EvolutionSpec(EvolutionMode.LENIENT, base.evolution().renamedFrom())));
        changes.put("rename", b -> b.renamedFrom("attrs", "attributes"));
        changes.put("view sql", b -> b.views(List.of(ViewSpec.builder(base.views().get(0).name(), "SELECT file_id FROM libcst_files")
                .build())));
        changes.put("view column", b -> b.views(List.of(ViewSpec.builder(base.views().get(0).name(), base.views().get(0).sql())
                .column("file_id", "INT").build())));
        changes.put("new view", b -> b.view(ViewSpec.builder("second", "SELECT 1").build()));

        Map<String, String> seen = new HashMap<>();
        seen.put(base.fingerprint(), "the example");
        for (Map.Entry<String, UnaryOperator<DatasetSpec.Builder>> e : changes.entrySet()) {
            String fp = e.getValue().apply(base.toBuilder()).build().fingerprint();
            String clash = seen.put(fp, e.getKey());
            assertEquals(null, clash, "changing the " + e.getKey() + " gives the fingerprint of " + clash);
        }
    }

    private static List<ColumnSpec> replace(List<ColumnSpec> columns, int index, ColumnSpec column) {
        List<ColumnSpec> out = new ArrayList<>(columns);
        out.set(index, column);
        return out;
    }
}
