package io.dfschema.metadata.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * A dataset's fingerprint: the lowercase hex SHA-256 of the UTF-8 bytes of its canonical form, a JSON
 * document ({@link CanonicalJson}) holding everything that decides what the dataset's queries see and
 * how its files are read, in one normalized spelling:
 * <ul>
 *   <li>name, schema, version, format, options (sorted by key), partition columns, the stated scan keys
 *       (durations as ISO-8601, sizes in bytes, sort keys with their direction), primary key, unique keys
 *       and foreign keys (as sets: their order is not meaningful), evolution (mode, renames with old
 *       names sorted), views sorted by name;</li>
 *   <li>columns in order, each with name, canonical type ({@link TypeSpec#canonical()}), nullability and
 *       default (whitespace and comments normalized, {@link SqlText}); view SQL normalized the same way;</li>
 *   <li>a {@code "fingerprint"} member naming this algorithm ({@value #ALGORITHM}), so a future change
 *       of the canonical form cannot collide with this one.</li>
 * </ul>
 * Left out on purpose: descriptions (documentation; editing them changes no query) and the location
 * (where the files are on one machine: moving a checkout must not change the contract's identity).
 * YAML formatting, comments, key order and quoting never reach the model, so they cannot matter.
 */
public final class Fingerprint {
    /** The canonical form's version tag. */
    public static final String ALGORITHM = "dfschema-dataset-v1";

    private Fingerprint() {
    }

    /*
     * Specs are immutable and equal specs have equal fingerprints, so a fingerprint is computed once per
     * distinct spec while that spec is in use (a cached contract registers the same specs on every
     * connection). Weak keys: the memo never keeps a contract alive.
     */
    private static final Map<DatasetSpec, String> MEMO = Collections.synchronizedMap(new WeakHashMap<>());

    /** SHA-256 hex of {@link #canonicalForm}. */
    public static String of(DatasetSpec d) {
        String known = MEMO.get(d);
        if (known != null) {
            return known;
        }
        String computed = compute(d);
        MEMO.put(d, computed);
        return computed;
    }

    private static String compute(DatasetSpec d) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalForm(d).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The canonical JSON text that {@link #of} hashes (useful to see why two fingerprints differ). */
    public static String canonicalForm(DatasetSpec d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("fingerprint", ALGORITHM);
        doc.put("name", d.name());
        doc.put("schema", d.schema());
        doc.put("version", d.version());
        doc.put("format", d.format().yamlName());
        doc.put("options", new TreeMap<>(d.options()));
        doc.put("partition_columns", d.partitionColumns().stream()
                .map(p -> Map.of("name", p.name(), "type", p.type().canonical())).toList());
        doc.put("scan", scan(d.scan()));
        doc.put("columns", d.columns().stream().map(Fingerprint::column).toList());
        doc.put("primary_key", d.primaryKey());
        doc.put("unique", sortedByJson(d.uniqueKeys()));
        doc.put("foreign_keys", sortedByJson(d.foreignKeys().stream().map(fk -> foreignKey(fk, d.schema())).toList()));
        doc.put("evolution", evolution(d.evolution()));
        doc.put("views", d.views().stream().sorted(Comparator.comparing(ViewSpec::name)).map(Fingerprint::view).toList());
        return CanonicalJson.write(doc);
    }

    private static Map<String, Object> column(ColumnSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", c.type().canonical());
        m.put("nullable", c.nullable());
        if (c.defaultExpression() != null) {
            m.put("default", SqlText.normalize(c.defaultExpression()));
        }
        return m;
    }

    private static Map<String, Object> scan(ScanPolicy s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!s.fileSortOrder().isEmpty()) {
            m.put("file_sort_order", s.fileSortOrder().stream().map(SortKey::canonicalText).toList());
        }
        put(m, "parquet_pruning", s.parquetPruning());
        put(m, "skip_metadata", s.skipMetadata());
        put(m, "skip_arrow_metadata", s.skipArrowMetadata());
        put(m, "binary_as_string", s.binaryAsString());
        put(m, "schema_force_view_types", s.schemaForceViewTypes());
        put(m, "infer_partitions", s.inferPartitions());
        put(m, "ignore_subdirectory", s.ignoreSubdirectory());
        put(m, "list_files_cache_ttl", s.listFilesCacheTtl() == null ? null : s.listFilesCacheTtl().toString());
        put(m, "list_files_cache_limit", s.listFilesCacheLimit());
        put(m, "meta_fetch_concurrency", s.metaFetchConcurrency());
        put(m, "collect_statistics", s.collectStatistics());
        put(m, "file_extension", s.fileExtension());
        put(m, "cache", s.cache());
        put(m, "mutable", s.mutable());
        put(m, "unbounded", s.unbounded());
        return m;
    }

    private static Map<String, Object> foreignKey(ForeignKeySpec fk, String ownSchema) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", fk.name());
        m.put("columns", fk.columns());
        // an unstated schema means the dataset's own, so stating it changes nothing
        m.put("references", Map.of("schema", fk.referencedSchemaOr(ownSchema), "dataset", fk.referencedDataset(),
                "columns", fk.referencedColumns()));
        return m;
    }

    private static Map<String, Object> evolution(EvolutionSpec e) {
        Map<String, Object> renames = new TreeMap<>();
        e.renamedFrom().forEach((k, v) -> renames.put(k, v.stream().sorted().toList()));
        return Map.of("mode", e.mode().yamlName(), "renamed_from", renames);
    }

    private static Map<String, Object> view(ViewSpec v) {
        List<Object> columns = new ArrayList<>();
        for (ViewColumn c : v.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("type", c.type().canonical());
            put(m, "nullable", c.nullable());
            columns.add(m);
        }
        return Map.of("name", v.name(), "sql", SqlText.normalize(v.sql()), "columns", columns);
    }

    private static List<Object> sortedByJson(List<?> items) {
        return items.stream().sorted(Comparator.comparing(CanonicalJson::write)).map(o -> (Object) o).toList();
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
