package io.dfschema.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.SortKeyDecl;
import io.dfschema.metadata.contract.DataFormat;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ScanPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanPlanTest {

    private static DatasetSpec dataset(DataFormat format, ScanPolicy scan) {
        return DatasetSpec.builder("t").format(format).location("/data/t/").option("has_header", "true")
                .option("format.delimiter", ";").scan(scan).column("a", "BIGINT").column("b", "BIGINT").build();
    }

    @Test
    void everyStatedKeyGoesSomewhereAndIsRecorded() {
        ScanPolicy scan = ScanPolicy.builder().fileSortOrder("a DESC", "b").parquetPruning(false).skipMetadata(true)
                .skipArrowMetadata(true).binaryAsString(true).schemaForceViewTypes(false).inferPartitions(false)
                .ignoreSubdirectory(false).listFilesCacheTtl(Duration.ofSeconds(90)).listFilesCacheLimit(1536L)
                .metaFetchConcurrency(8).collectStatistics(false).fileExtension(".pq").cache(true).mutable(true)
                .unbounded(false).build();
        ScanPlan p = ScanPlan.of(dataset(DataFormat.PARQUET, scan));
        assertEquals(Map.of("format.has_header", "true", "format.delimiter", ";", "format.pruning", "false",
                "format.skip_metadata", "true", "format.skip_arrow_metadata", "true", "format.binary_as_string", "true",
                "format.schema_force_view_types", "false"), p.tableOptions());
        assertEquals(Map.of("datafusion.execution.listing_table_factory_infer_partitions", "false",
                "datafusion.execution.listing_table_ignore_subdirectory", "false",
                "datafusion.execution.meta_fetch_concurrency", "8",
                "datafusion.execution.collect_statistics", "false"), p.tableSettings());
        assertEquals(Map.of("datafusion.runtime.list_files_cache_ttl", "90s",
                "datafusion.runtime.list_files_cache_limit", "1.5K"), p.sessionSettings());
        assertEquals(List.of(new SortKeyDecl("a", false, true), new SortKeyDecl("b", true, false)), p.sortOrder());
        assertEquals(".pq", p.fileExtension());
        assertTrue(p.cache() && p.mutable());
        assertFalse(p.unbounded());
        List<String> keys = p.applied().stream().map(AppliedScanKey::key).toList();
        assertEquals(List.of("file_sort_order", "parquet_pruning", "skip_metadata", "skip_arrow_metadata",
                "binary_as_string", "schema_force_view_types", "infer_partitions", "ignore_subdirectory",
                "list_files_cache_ttl", "list_files_cache_limit", "meta_fetch_concurrency", "collect_statistics",
                "file_extension", "cache", "mutable", "unbounded"), keys);
    }

    @Test
    void nothingStatedMeansNothingApplied() {
        ScanPlan p = ScanPlan.of(dataset(DataFormat.CSV, ScanPolicy.NONE));
        assertTrue(p.applied().isEmpty());
        assertTrue(p.tableSettings().isEmpty());
        assertFalse(p.mutable());
    }

    @Test
    void cacheLimitsAreExactInKibibytes() {
        assertEquals("1024K", ScanPlan.kibibytes(1L << 20));
        assertEquals("0.0009765625K", ScanPlan.kibibytes(1));
        assertEquals("0", ScanPlan.kibibytes(0));
    }
}
