package io.dfschema.metadata.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules one dataset must follow on its own: names, version, duplicates, and that every key, sort
 * order and rename names a column it has. The same rules apply to a dataset read from a file and to one
 * built in code. Column references are only checked when the columns are declared: otherwise they are
 * inferred from the files at registration, and checked then.
 */
final class DatasetRules {
    private final DatasetSpec d;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> known = new LinkedHashSet<>();

    private DatasetRules(DatasetSpec d) {
        this.d = d;
    }

    /** The dataset's findings, with paths relative to the dataset. */
    static List<Finding> check(DatasetSpec d) {
        DatasetRules r = new DatasetRules(d);
        r.run();
        return r.findings;
    }

    private void run() {
        identifier("name", "dataset name", d.name());
        identifier("schema", "schema name", d.schema());
        if (d.version() < 1) {
            add("version", "version must be a positive integer, got " + d.version());
        }
        if (d.location() != null && d.location().isBlank()) {
            add("location", "location must not be empty");
        }
        for (String key : d.options().keySet()) {
            if (key.isBlank()) {
                add("options", "option names must not be empty");
            }
        }
        columns();
        partitionColumns();
        primaryKey();
        uniqueKeys();
        foreignKeys();
        scan();
        renames();
        views();
    }

    private void columns() {
        for (int i = 0; i < d.columns().size(); i++) {
            ColumnSpec c = d.columns().get(i);
            String at = "columns[" + i + "]";
            if (c.name().isBlank()) {
                add(at + ".name", "column name must not be empty");
            } else if (!known.add(c.name())) {
                add(at + ".name", "column '" + c.name() + "' is declared twice");
            }
            if (c.defaultExpression() != null && c.defaultExpression().isBlank()) {
                add(at + ".default", "default must not be empty");
            }
        }
    }

    private void partitionColumns() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.partitionColumns().size(); i++) {
            String name = d.partitionColumns().get(i).name();
            String at = "partition_columns[" + i + "].name";
            if (name.isBlank()) {
                add(at, "partition column name must not be empty");
            } else if (!seen.add(name)) {
                add(at, "partition column '" + name + "' is declared twice");
            } else if (known.contains(name)) {
                add(at, "partition column '" + name + "' is also declared in columns;"
                        + " partition values come from folder names, so declare it only here");
            }
        }
        known.addAll(seen);
    }

    private void primaryKey() {
        references("primary_key", "primary key", d.primaryKey());
        for (int j = 0; j < d.primaryKey().size(); j++) {
            String name = d.primaryKey().get(j);
            String at = "primary_key[" + j + "]";
            d.column(name).filter(ColumnSpec::nullable).ifPresent(c -> add(at,
                    "primary key column '" + name + "' must be declared nullable: false"));
        }
    }

    private void uniqueKeys() {
        Set<Set<String>> seen = new HashSet<>();
        for (int i = 0; i < d.uniqueKeys().size(); i++) {
            List<String> key = d.uniqueKeys().get(i);
            String at = "unique[" + i + "]";
            if (key.isEmpty()) {
                add(at, "a unique key needs at least one column");
                continue;
            }
            references(at, "unique key", key);
            if (!seen.add(new HashSet<>(key))) {
                add(at, "unique key " + key + " is declared twice");
            }
        }
    }

    private void foreignKeys() {
        for (int i = 0; i < d.foreignKeys().size(); i++) {
            ForeignKeySpec fk = d.foreignKeys().get(i);
            String at = "foreign_keys[" + i + "]";
            if (fk.columns().isEmpty()) {
                add(at + ".columns", "a foreign key needs at least one column");
            }
            references(at + ".columns", "foreign key", fk.columns());
            if (fk.referencedSchema() != null) {
                identifier(at + ".references.schema", "schema name", fk.referencedSchema());
            }
            identifier(at + ".references.dataset", "dataset name", fk.referencedDataset());
            if (fk.referencedColumns().isEmpty()) {
                add(at + ".references.columns", "a foreign key needs at least one referenced column");
            } else if (!fk.columns().isEmpty() && fk.columns().size() != fk.referencedColumns().size()) {
                add(at + ".references.columns", fk.columns().size() + " referencing column(s) but "
                        + fk.referencedColumns().size() + " referenced column(s)");
            }
        }
    }

    private void scan() {
        ScanPolicy s = d.scan();
        List<String> sortColumns = s.fileSortOrder().stream().map(SortKey::column).toList();
        references("scan.file_sort_order", "sort order", sortColumns);
        if (s.metaFetchConcurrency() != null && s.metaFetchConcurrency() < 1) {
            add("scan.meta_fetch_concurrency", "meta_fetch_concurrency must be at least 1, got " + s.metaFetchConcurrency());
        }
        if (s.listFilesCacheTtl() != null && s.listFilesCacheTtl().isNegative()) {
            add("scan.list_files_cache_ttl", "list_files_cache_ttl must not be negative");
        }
        if (s.listFilesCacheLimit() != null && s.listFilesCacheLimit() < 0) {
            add("scan.list_files_cache_limit", "list_files_cache_limit must not be negative");
        }
        if (s.fileExtension() != null && s.fileExtension().isBlank()) {
            add("scan.file_extension", "file_extension must not be empty");
        }
        if (d.format() != DataFormat.PARQUET) {
            parquetOnly("parquet_pruning", s.parquetPruning());
            parquetOnly("skip_metadata", s.skipMetadata());
            parquetOnly("skip_arrow_metadata", s.skipArrowMetadata());
            parquetOnly("binary_as_string", s.binaryAsString());
            parquetOnly("schema_force_view_types", s.schemaForceViewTypes());
        }
    }

    private void parquetOnly(String key, Boolean value) {
        if (value != null) {
            add("scan." + key, key + " applies to parquet files only, but the format is " + d.format().yamlName());
        }
    }

    private void renames() {
        Set<String> oldNames = new HashSet<>();
        for (Map.Entry<String, List<String>> e : d.evolution().renamedFrom().entrySet()) {
            String at = "evolution.renamed_from." + e.getKey();
            if (d.declaresColumns() && !known.contains(e.getKey())) {
                add(at, "renamed column '" + e.getKey() + "' is not a declared column" + Suggestions.hint(e.getKey(), known));
            }
            if (e.getValue().isEmpty()) {
                add(at, "a renamed column needs at least one old name");
            }
            for (int j = 0; j < e.getValue().size(); j++) {
                String old = e.getValue().get(j);
                if (old.isBlank()) {
                    add(at + "[" + j + "]", "old column name must not be empty");
                } else if (known.contains(old)) {
                    add(at + "[" + j + "]", "old name '" + old + "' is still a column");
                } else if (!oldNames.add(old)) {
                    add(at + "[" + j + "]", "old name '" + old + "' is listed twice");
                }
            }
        }
    }

    private void views() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < d.views().size(); i++) {
            ViewSpec v = d.views().get(i);
            String at = "views[" + i + "]";
            if (identifier(at + ".name", "view name", v.name())) {
                if (v.name().equals(d.name())) {
                    add(at + ".name", "view name '" + v.name() + "' is the dataset's own name");
                } else if (v.name().equals(d.alias())) {
                    add(at + ".name", "view name '" + v.name() + "' is the dataset's versioned name");
                } else if (!names.add(v.name())) {
                    add(at + ".name", "view '" + v.name() + "' is declared twice");
                }
            }
            if (v.sql().isBlank()) {
                add(at + ".sql", "sql must not be empty");
            }
            Set<String> columns = new HashSet<>();
            for (int j = 0; j < v.columns().size(); j++) {
                String name = v.columns().get(j).name();
                String cat = at + ".columns[" + j + "].name";
                if (name.isBlank()) {
                    add(cat, "column name must not be empty");
                } else if (!columns.add(name)) {
                    add(cat, "column '" + name + "' is declared twice");
                }
            }
        }
    }

    /** Checks that each name is a known column, once. */
    private void references(String path, String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            String at = path + "[" + j + "]";
            if (!seen.add(name)) {
                add(at, "column '" + name + "' appears twice in the " + what);
            } else if (d.declaresColumns() && !known.contains(name)) {
                add(at, what + " column '" + name + "' is not a declared column" + Suggestions.hint(name, known));
            }
        }
    }

    private boolean identifier(String path, String what, String name) {
        String problem = Names.identifierProblem(what, name);
        if (problem != null) {
            add(path, problem);
            return false;
        }
        return true;
    }

    private void add(String path, String message) {
        findings.add(new Finding(-1, path, message));
    }
}
