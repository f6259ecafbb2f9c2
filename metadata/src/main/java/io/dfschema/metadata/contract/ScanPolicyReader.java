package io.dfschema.metadata.contract;

import static io.dfschema.metadata.contract.ContractKeys.*;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads a dataset's {@code scan} mapping into a {@link ScanPolicy}, reporting bad keys and values. */
final class ScanPolicyReader {
    private ScanPolicyReader() {
    }

    static ScanPolicy read(YamlMap s) {
        if (s == null) {
            return ScanPolicy.NONE;
        }
        s.allowOnly(SCAN_KEYS);
        ScanPolicy.Builder b = ScanPolicy.builder();
        List<Node> order = s.list(FILE_SORT_ORDER);
        if (order != null) {
            List<SortKey> keys = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                String path = s.child(FILE_SORT_ORDER) + "[" + i + "]";
                String text = YamlMap.text(order.get(i), path, s.problems());
                if (text != null) {
                    try {
                        keys.add(SortKey.parse(text));
                    } catch (IllegalArgumentException e) {
                        s.problems().add(order.get(i), path, e.getMessage());
                    }
                }
            }
            b.fileSortOrder(keys);
        }
        b.parquetPruning(s.bool(PARQUET_PRUNING))
                .skipMetadata(s.bool(SKIP_METADATA))
                .skipArrowMetadata(s.bool(SKIP_ARROW_METADATA))
                .binaryAsString(s.bool(BINARY_AS_STRING))
                .schemaForceViewTypes(s.bool(SCHEMA_FORCE_VIEW_TYPES))
                .inferPartitions(s.bool(INFER_PARTITIONS))
                .ignoreSubdirectory(s.bool(IGNORE_SUBDIRECTORY))
                .collectStatistics(s.bool(COLLECT_STATISTICS))
                .fileExtension(s.text(FILE_EXTENSION))
                .cache(s.bool(CACHE))
                .mutable(s.bool(MUTABLE))
                .unbounded(s.bool(UNBOUNDED));
        parsed(s, LIST_FILES_CACHE_TTL, Quantities::parseDuration, b::listFilesCacheTtl);
        parsed(s, LIST_FILES_CACHE_LIMIT, Quantities::parseSize, b::listFilesCacheLimit);
        Long concurrency = s.integer(META_FETCH_CONCURRENCY);
        if (concurrency != null) {
            if (concurrency < Integer.MIN_VALUE || concurrency > Integer.MAX_VALUE) {
                s.problem(META_FETCH_CONCURRENCY, "meta_fetch_concurrency " + concurrency + " is too large");
            } else {
                b.metaFetchConcurrency(concurrency.intValue());
            }
        }
        return b.build();
    }

    /** A text value run through {@code parse}; its IllegalArgumentException becomes a problem. */
    private static <T> void parsed(YamlMap s, String key, Function<String, T> parse, Consumer<T> set) {
        String text = s.text(key);
        if (text == null) {
            return;
        }
        try {
            set.accept(parse.apply(text));
        } catch (IllegalArgumentException e) {
            s.problem(key, e.getMessage());
        }
    }
}
