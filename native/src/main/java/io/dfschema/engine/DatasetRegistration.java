package io.dfschema.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs to make a file dataset a table: what {@code CREATE EXTERNAL TABLE}
 * says, plus settings that hold only while the table is built and the checks to run when it is.
 * The engine registers it lazily: files are first touched when a query (or
 * {@link Session#resolveDataset}) references the table.
 *
 * @param catalog          catalog of the table; created when missing
 * @param schema           schema of the table; created when missing
 * @param name             table name (exact, case-sensitive)
 * @param format           {@code PARQUET}, {@code CSV}, {@code JSON}, {@code ARROW} or {@code AVRO}
 * @param location         a file, a folder ending in {@code /}, or a URL
 * @param fileExtension    the extension of the files to read in a folder (with or without the dot), or null for the
 *                         format's own ({@code .parquet}, {@code .csv}, ...); a single-file location is read whatever
 *                         its name
 * @param columns          the table's columns, partition columns last; empty to infer them from the files
 * @param partitionColumns names of the partition columns (folder {@code key=value} segments), in folder order
 * @param options          table options as {@code CREATE EXTERNAL TABLE ... OPTIONS} takes them ({@code format.pruning})
 * @param settings         session settings that hold for this table only, while it is built and whenever it is
 *                         scanned ({@code datafusion.execution.collect_statistics}); the session keeps its own
 * @param sortOrder        the order the files are sorted in; empty when unknown
 * @param unbounded        the table is an unbounded stream: one CSV or JSON file or FIFO read as
 *                         {@code CREATE UNBOUNDED EXTERNAL TABLE} reads it; cannot be combined with {@code cache}
 * @param cache            load the data into memory when the table is first referenced
 * @param mutable          whether {@code INSERT INTO} the table is allowed
 * @param checkDrift       compare the files' schema with {@code columns} when the table is built and refuse
 *                         the table when they differ
 * @param strictPartitions refuse the table when its local {@code key=value} folders contradict
 *                         {@code partitionColumns} (the check runs, and is reported, either way)
 * @param evolution        with {@code checkDrift}: how each file that differs from {@code columns} is read or
 *                         refused (every file is judged on its own schema)
 */
public record DatasetRegistration(String catalog, String schema, String name, String format, String location,
                                  String fileExtension, List<FieldDecl> columns, List<String> partitionColumns,
                                  Map<String, String> options, Map<String, String> settings,
                                  List<SortKeyDecl> sortOrder, boolean unbounded, boolean cache, boolean mutable,
                                  boolean checkDrift, boolean strictPartitions, EvolutionRules evolution) {

    /** A registration whose drift check refuses every difference. */
    public DatasetRegistration(String catalog, String schema, String name, String format, String location,
                               String fileExtension, List<FieldDecl> columns, List<String> partitionColumns,
                               Map<String, String> options, Map<String, String> settings,
                               List<SortKeyDecl> sortOrder, boolean unbounded, boolean cache, boolean mutable,
                               boolean checkDrift, boolean strictPartitions) {
        this(catalog, schema, name, format, location, fileExtension, columns, partitionColumns, options, settings,
                sortOrder, unbounded, cache, mutable, checkDrift, strictPartitions, EvolutionRules.STRICT);
    }

    public DatasetRegistration {
        Objects.requireNonNull(evolution, "evolution");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
        columns = List.copyOf(columns);
        partitionColumns = List.copyOf(partitionColumns);
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        sortOrder = List.copyOf(sortOrder);
    }

    /** The same registration with other columns. */
    public DatasetRegistration withColumns(List<FieldDecl> newColumns) {
        return new DatasetRegistration(catalog, schema, name, format, location, fileExtension, newColumns,
                partitionColumns, options, settings, sortOrder, unbounded, cache, mutable, checkDrift, strictPartitions,
                evolution);
    }

    /** The same registration with other evolution rules. */
    public DatasetRegistration withEvolution(EvolutionRules rules) {
        return new DatasetRegistration(catalog, schema, name, format, location, fileExtension, columns,
                partitionColumns, options, settings, sortOrder, unbounded, cache, mutable, checkDrift, strictPartitions,
                rules);
    }

    String[] flatEvolution() {
        return evolution.flatten();
    }

    String[] head() {
        return new String[] {catalog, schema, name, format, location, fileExtension == null ? "" : fileExtension};
    }

    String[] flatColumns() {
        return FieldDecls.flatten(columns);
    }

    static String[] flatMap(Map<String, String> map) {
        String[] out = new String[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    String[] flatSortOrder() {
        String[] out = new String[sortOrder.size() * 3];
        int i = 0;
        for (SortKeyDecl k : sortOrder) {
            out[i++] = k.column();
            out[i++] = k.ascending() ? "ASC" : "DESC";
            out[i++] = k.nullsFirst() ? "NULLS FIRST" : "NULLS LAST";
        }
        return out;
    }

    int flags() {
        return (unbounded ? 1 : 0) | (cache ? 2 : 0) | (mutable ? 4 : 0) | (checkDrift ? 8 : 0)
                | (strictPartitions ? 16 : 0);
    }
}
