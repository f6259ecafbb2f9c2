package io.dfschema.metadata.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dataset of a contract: where its files are, how to read them, what columns they must have, its
 * keys, evolution rules and views. Immutable; build one with {@link #builder(String)} or read it with
 * {@link ContractParser}.
 *
 * @param name             a lowercase SQL identifier; the table name
 * @param schema           the schema it is registered in
 * @param version          the contract version (at least 1); the dataset is also reachable as {@link #alias()}
 * @param description      documentation shown as the table's REMARKS, or null
 * @param format           the file format
 * @param location         a file or folder (trailing {@code /}) or URL; relative paths in a file are
 *                         already resolved against the contract file's folder. Null when the location
 *                         is given at registration
 * @param options          format options passed to DataFusion ({@code OPTIONS (...)}), in declaration order
 * @param partitionColumns columns taken from folder names, in folder order
 * @param scan             the scan policy
 * @param columns          the declared columns in order; empty when they are to be inferred from the files
 * @param primaryKey       the primary key columns; empty when there is none
 * @param uniqueKeys       the unique keys, each a list of columns
 * @param foreignKeys      the foreign keys
 * @param evolution        the evolution rules
 * @param views            views registered with the dataset
 */
public record DatasetSpec(String name, String schema, int version, String description, DataFormat format,
                          String location, Map<String, String> options, List<PartitionColumn> partitionColumns,
                          ScanPolicy scan, List<ColumnSpec> columns, List<String> primaryKey,
                          List<List<String>> uniqueKeys, List<ForeignKeySpec> foreignKeys,
                          EvolutionSpec evolution, List<ViewSpec> views) {

    /** The schema a dataset is in when neither it nor its contract names one. */
    public static final String DEFAULT_SCHEMA = "public";
    /** The evolution mode of a dataset when neither it nor its contract names one. */
    public static final EvolutionMode DEFAULT_EVOLUTION = EvolutionMode.COMPATIBLE;

    public DatasetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(format, "format");
        Map<String, String> opts = new LinkedHashMap<>();
        options.forEach((k, v) -> opts.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
        options = Collections.unmodifiableMap(opts);
        partitionColumns = List.copyOf(partitionColumns);
        Objects.requireNonNull(scan, "scan");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        foreignKeys = List.copyOf(foreignKeys);
        Objects.requireNonNull(evolution, "evolution");
        views = List.copyOf(views);
    }

    /** The versioned name, {@code <name>_v<version>}, under which the dataset is also registered. */
    public String alias() {
        return name + "_v" + version;
    }

    /** True when the columns are declared, false when they are to be inferred from the files. */
    public boolean declaresColumns() {
        return !columns.isEmpty();
    }

    /** The declared column named {@code name} (exactly). */
    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** SHA-256 hex of the canonical serialization; see {@link Fingerprint}. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }

    /**
     * A handle for registering this dataset: DataFusion's default catalog and type settings until it is
     * registered on a connection, which applies its own.
     */
    public io.dfschema.metadata.catalog.DatasetHandle toHandle() {
        return io.dfschema.metadata.catalog.DatasetHandle.of(this);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this dataset's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name).schema(schema).version(version).description(description).format(format)
                .location(location).scan(scan).evolution(evolution);
        b.options.putAll(options);
        b.partitionColumns.addAll(partitionColumns);
        b.columns.addAll(columns);
        b.primaryKey.addAll(primaryKey);
        b.uniqueKeys.addAll(uniqueKeys);
        b.foreignKeys.addAll(foreignKeys);
        b.views.addAll(views);
        return b;
    }

    /**
     * Builds a {@link DatasetSpec}. The schema and evolution mode may be left unset: a {@link Contract}
     * builder fills them with the contract's defaults, {@link #build()} with {@link #DEFAULT_SCHEMA} and
     * {@link #DEFAULT_EVOLUTION}.
     */
    public static final class Builder {
        private final String name;
        private String schema;
        private int version = 1;
        private String description;
        private DataFormat format;
        private String location;
        private final Map<String, String> options = new LinkedHashMap<>();
        private final List<PartitionColumn> partitionColumns = new ArrayList<>();
        private ScanPolicy scan = ScanPolicy.NONE;
        private final List<ColumnSpec> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<List<String>> uniqueKeys = new ArrayList<>();
        private final List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        private EvolutionMode evolutionMode;
        private final Map<String, List<String>> renamedFrom = new LinkedHashMap<>();
        private final List<ViewSpec> views = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder format(DataFormat format) {
            this.format = format;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        public Builder partitionColumn(PartitionColumn column) {
            partitionColumns.add(column);
            return this;
        }

        public Builder partitionColumn(String name, String type) {
            return partitionColumn(PartitionColumn.of(name, type));
        }

        /** Replaces the partition columns added so far. */
        public Builder partitionColumns(List<PartitionColumn> columns) {
            partitionColumns.clear();
            partitionColumns.addAll(columns);
            return this;
        }

        public Builder scan(ScanPolicy scan) {
            this.scan = Objects.requireNonNull(scan);
            return this;
        }

        public Builder column(ColumnSpec column) {
            columns.add(column);
            return this;
        }

        /** Replaces the columns added so far. */
        public Builder columns(List<ColumnSpec> columns) {
            this.columns.clear();
            this.columns.addAll(columns);
            return this;
        }

        /** A nullable column. */
        public Builder column(String name, String type) {
            return column(ColumnSpec.of(name, type));
        }

        public Builder primaryKey(String... columns) {
            primaryKey.clear();
            primaryKey.addAll(Arrays.asList(columns));
            return this;
        }

        public Builder unique(String... columns) {
            uniqueKeys.add(List.of(columns));
            return this;
        }

        public Builder foreignKey(ForeignKeySpec key) {
            foreignKeys.add(key);
            return this;
        }

        public Builder evolution(EvolutionMode mode) {
            this.evolutionMode = mode;
            return this;
        }

        /** The mode and renames of {@code spec}, replacing any renames given so far. */
        public Builder evolution(EvolutionSpec spec) {
            this.evolutionMode = spec.mode();
            renamedFrom.clear();
            renamedFrom.putAll(spec.renamedFrom());
            return this;
        }

        /** Declares that {@code column} was called {@code oldNames} before. */
        public Builder renamedFrom(String column, String... oldNames) {
            renamedFrom.put(column, List.of(oldNames));
            return this;
        }

        public Builder view(ViewSpec view) {
            views.add(view);
            return this;
        }

        /** Replaces the views added so far. */
        public Builder views(List<ViewSpec> views) {
            this.views.clear();
            this.views.addAll(views);
            return this;
        }

        /** Replaces the foreign keys added so far. */
        public Builder foreignKeys(List<ForeignKeySpec> keys) {
            foreignKeys.clear();
            foreignKeys.addAll(keys);
            return this;
        }

        /** Replaces the unique keys added so far. */
        public Builder uniqueKeys(List<List<String>> keys) {
            uniqueKeys.clear();
            keys.forEach(k -> uniqueKeys.add(List.copyOf(k)));
            return this;
        }

        /**
         * Builds without checking the naming, version and reference rules (the parser checks them itself,
         * to report them with lines); an unset schema or evolution mode takes the given default.
         */
        DatasetSpec buildUnchecked(String defaultSchema, EvolutionMode defaultMode) {
            EvolutionMode mode = evolutionMode != null ? evolutionMode : defaultMode;
            return new DatasetSpec(name, schema != null ? schema : defaultSchema, version, description, format, location,
                    options, partitionColumns, scan, columns, primaryKey, uniqueKeys, foreignKeys,
                    new EvolutionSpec(mode, renamedFrom), views);
        }

        /**
         * Builds the dataset and checks it as a contract file's dataset is checked.
         *
         * @throws ContractException listing every rule the dataset breaks
         * @throws NullPointerException when the format is not set
         */
        public DatasetSpec build() {
            DatasetSpec spec = buildUnchecked(DEFAULT_SCHEMA, DEFAULT_EVOLUTION);
            ContractException.throwIfAny(DatasetRules.check(spec).stream()
                    .map(f -> new ContractProblem(null, 0, f.path(), f.message())).toList());
            return spec;
        }
    }
}
