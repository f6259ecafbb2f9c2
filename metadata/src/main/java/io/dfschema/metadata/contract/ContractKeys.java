package io.dfschema.metadata.contract;

import java.util.List;

/**
 * The key names of the format at each level, in the order the writer puts them. The reader accepts
 * exactly these (anything else is an "unknown key" problem with a hint), so this class and
 * docs/contract-format.md are the format's vocabulary.
 */
final class ContractKeys {
    private ContractKeys() {
    }

    static final String DFSCHEMA = "dfschema";
    static final String CATALOG = "catalog";
    static final String DEFAULT_SCHEMA = "default_schema";
    static final String PROFILE = "profile";
    static final String EVOLUTION = "evolution";
    static final String DATASETS = "datasets";
    static final List<String> TOP = List.of(DFSCHEMA, CATALOG, DEFAULT_SCHEMA, PROFILE, EVOLUTION, DATASETS);

    static final String NAME = "name";
    static final String SCHEMA = "schema";
    static final String VERSION = "version";
    static final String DESCRIPTION = "description";
    static final String FORMAT = "format";
    static final String LOCATION = "location";
    static final String OPTIONS = "options";
    static final String PARTITION_COLUMNS = "partition_columns";
    static final String SCAN = "scan";
    static final String COLUMNS = "columns";
    static final String PRIMARY_KEY = "primary_key";
    static final String UNIQUE = "unique";
    static final String FOREIGN_KEYS = "foreign_keys";
    static final String VIEWS = "views";
    static final List<String> DATASET = List.of(NAME, SCHEMA, VERSION, DESCRIPTION, FORMAT, LOCATION, OPTIONS,
            PARTITION_COLUMNS, SCAN, COLUMNS, PRIMARY_KEY, UNIQUE, FOREIGN_KEYS, EVOLUTION, VIEWS);

    static final String TYPE = "type";
    static final String NULLABLE = "nullable";
    static final String DEFAULT = "default";
    static final List<String> COLUMN = List.of(NAME, TYPE, NULLABLE, DESCRIPTION, DEFAULT);
    static final List<String> PARTITION_COLUMN = List.of(NAME, TYPE);

    static final String FILE_SORT_ORDER = "file_sort_order";
    static final String PARQUET_PRUNING = "parquet_pruning";
    static final String SKIP_METADATA = "skip_metadata";
    static final String SKIP_ARROW_METADATA = "skip_arrow_metadata";
    static final String BINARY_AS_STRING = "binary_as_string";
    static final String SCHEMA_FORCE_VIEW_TYPES = "schema_force_view_types";
    static final String INFER_PARTITIONS = "infer_partitions";
    static final String IGNORE_SUBDIRECTORY = "ignore_subdirectory";
    static final String LIST_FILES_CACHE_TTL = "list_files_cache_ttl";
    static final String LIST_FILES_CACHE_LIMIT = "list_files_cache_limit";
    static final String META_FETCH_CONCURRENCY = "meta_fetch_concurrency";
    static final String COLLECT_STATISTICS = "collect_statistics";
    static final String FILE_EXTENSION = "file_extension";
    static final String CACHE = "cache";
    static final String MUTABLE = "mutable";
    static final String UNBOUNDED = "unbounded";
    static final List<String> SCAN_KEYS = List.of(FILE_SORT_ORDER, PARQUET_PRUNING, SKIP_METADATA, SKIP_ARROW_METADATA,
            BINARY_AS_STRING, SCHEMA_FORCE_VIEW_TYPES, INFER_PARTITIONS, IGNORE_SUBDIRECTORY, LIST_FILES_CACHE_TTL,
            LIST_FILES_CACHE_LIMIT, META_FETCH_CONCURRENCY, COLLECT_STATISTICS, FILE_EXTENSION, CACHE, MUTABLE, UNBOUNDED);

    static final String REFERENCES = "references";
    static final String DATASET_KEY = "dataset";
    static final List<String> FOREIGN_KEY = List.of(NAME, COLUMNS, REFERENCES);
    static final List<String> REFERENCE = List.of(SCHEMA, DATASET_KEY, COLUMNS);

    static final String MODE = "mode";
    static final String RENAMED_FROM = "renamed_from";
    static final List<String> EVOLUTION_KEYS = List.of(MODE, RENAMED_FROM);

    static final String SQL = "sql";
    static final List<String> VIEW = List.of(NAME, DESCRIPTION, SQL, COLUMNS);
    static final List<String> VIEW_COLUMN = List.of(NAME, TYPE, NULLABLE, DESCRIPTION);
}
