package io.dfschema.metadata.catalog;

import io.dfschema.engine.SortKeyDecl;
import io.dfschema.metadata.contract.DataFormat;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ScanPolicy;
import io.dfschema.metadata.contract.SortKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each stated key of a dataset's scan policy goes when the dataset is registered. Three scopes
 * exist in DataFusion 55: table options ({@code format.*}, what {@code CREATE EXTERNAL TABLE ... OPTIONS}
 * takes), settings that the listing table factory reads while it builds the table (applied to that one
 * build only), and runtime settings of the whole session (the file listing cache has no per-table form).
 *
 * @param tableOptions    {@code format.*} options: the contract's own {@code options} followed by scan keys
 * @param tableSettings   settings applied only while the table is built
 * @param sessionSettings settings of the whole session ({@code SET} when registering)
 * @param sortOrder       {@code WITH ORDER}
 * @param fileExtension   the file extension, or null for the format's own
 * @param cache           load into memory on first reference
 * @param mutable         allow INSERT INTO
 * @param unbounded       an unbounded stream
 * @param applied         every stated key with where it went, in the policy's key order
 */
public record ScanPlan(Map<String, String> tableOptions, Map<String, String> tableSettings,
                       Map<String, String> sessionSettings, List<SortKeyDecl> sortOrder, String fileExtension,
                       boolean cache, boolean mutable, boolean unbounded, List<AppliedScanKey> applied) {

    public ScanPlan {
        tableOptions = Collections.unmodifiableMap(new LinkedHashMap<>(tableOptions));
        tableSettings = Collections.unmodifiableMap(new LinkedHashMap<>(tableSettings));
        sessionSettings = Collections.unmodifiableMap(new LinkedHashMap<>(sessionSettings));
        sortOrder = List.copyOf(sortOrder);
        applied = List.copyOf(applied);
    }

    /** The plan for {@code dataset}'s options and scan policy. */
    public static ScanPlan of(DatasetSpec dataset) {
        return new Builder(dataset).build();
    }

    private static final class Builder {
        private final DatasetSpec dataset;
        private final ScanPolicy scan;
        private final Map<String, String> options = new LinkedHashMap<>();
        private final Map<String, String> tableSettings = new LinkedHashMap<>();
        private final Map<String, String> sessionSettings = new LinkedHashMap<>();
        private final List<AppliedScanKey> applied = new ArrayList<>();

        Builder(DatasetSpec dataset) {
            this.dataset = dataset;
            this.scan = dataset.scan();
        }

        ScanPlan build() {
            // DataFusion's table options are namespaced; contracts may write csv's "has_header" bare.
            dataset.options().forEach((k, v) -> options.put(k.contains(".") ? k : "format." + k, v));
            List<SortKeyDecl> order = new ArrayList<>();
            for (SortKey k : scan.fileSortOrder()) {
                boolean nullsFirst = k.nullsFirst() != null ? k.nullsFirst() : k.descending();
                order.add(new SortKeyDecl(k.column(), !k.descending(), nullsFirst));
            }
            if (!order.isEmpty()) {
                applied.add(new AppliedScanKey("file_sort_order",
                        String.join(", ", scan.fileSortOrder().stream().map(SortKey::text).toList()), "WITH ORDER"));
            }
            if (dataset.format() == DataFormat.PARQUET) {
                option("parquet_pruning", "format.pruning", scan.parquetPruning());
                option("skip_metadata", "format.skip_metadata", scan.skipMetadata());
                option("skip_arrow_metadata", "format.skip_arrow_metadata", scan.skipArrowMetadata());
                option("binary_as_string", "format.binary_as_string", scan.binaryAsString());
                option("schema_force_view_types", "format.schema_force_view_types", scan.schemaForceViewTypes());
            }
            tableSetting("infer_partitions", "datafusion.execution.listing_table_factory_infer_partitions",
                    scan.inferPartitions());
            tableSetting("ignore_subdirectory", "datafusion.execution.listing_table_ignore_subdirectory",
                    scan.ignoreSubdirectory());
            if (scan.listFilesCacheTtl() != null) {
                sessionSetting("list_files_cache_ttl", "datafusion.runtime.list_files_cache_ttl",
                        scan.listFilesCacheTtl().toSeconds() + "s");
            }
            if (scan.listFilesCacheLimit() != null) {
                sessionSetting("list_files_cache_limit", "datafusion.runtime.list_files_cache_limit",
                        kibibytes(scan.listFilesCacheLimit()));
            }
            tableSetting("meta_fetch_concurrency", "datafusion.execution.meta_fetch_concurrency",
                    scan.metaFetchConcurrency());
            tableSetting("collect_statistics", "datafusion.execution.collect_statistics", scan.collectStatistics());
            if (scan.fileExtension() != null) {
                applied.add(new AppliedScanKey("file_extension", scan.fileExtension(), "listing file extension"));
            }
            flag("cache", scan.cache());
            flag("mutable", scan.mutable());
            flag("unbounded", scan.unbounded());
            return new ScanPlan(options, tableSettings, sessionSettings, order, scan.fileExtension(),
                    Boolean.TRUE.equals(scan.cache()), Boolean.TRUE.equals(scan.mutable()),
                    Boolean.TRUE.equals(scan.unbounded()), applied);
        }

        private void option(String key, String option, Boolean value) {
            if (value != null) {
                options.put(option, value.toString());
                applied.add(new AppliedScanKey(key, value.toString(), "table option " + option));
            }
        }

        private void tableSetting(String key, String setting, Object value) {
            if (value != null) {
                tableSettings.put(setting, value.toString());
                applied.add(new AppliedScanKey(key, value.toString(), "table setting " + setting));
            }
        }

        private void sessionSetting(String key, String setting, String value) {
            sessionSettings.put(setting, value);
            applied.add(new AppliedScanKey(key, value, "session setting " + setting));
        }

        private void flag(String key, Boolean value) {
            if (value != null) {
                applied.add(new AppliedScanKey(key, value.toString(), "registration"));
            }
        }
    }

    /** DataFusion takes cache limits with a K/M/G suffix only; K with a fraction is exact for any byte count. */
    static String kibibytes(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        return new BigDecimal(bytes).divide(BigDecimal.valueOf(1024)).stripTrailingZeros().toPlainString() + "K";
    }
}
