package io.dfschema.metadata.catalog;

import io.dfschema.engine.DatasetRegistration;
import io.dfschema.engine.EvolutionRules;
import io.dfschema.engine.FieldDecl;
import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.EvolutionMode;
import io.dfschema.metadata.contract.PartitionColumn;
import io.dfschema.metadata.contract.SortKey;
import io.dfschema.metadata.contract.SqlTypeSettings;
import io.dfschema.metadata.contract.TypeSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset contract ready to be registered in a session: its engine schema under a session's type
 * settings, its DDL, its fingerprint. Get one with {@link DatasetSpec#toHandle()} or
 * {@link ContractSession#handle(DatasetSpec)}; {@link #register(Connection)} registers it on a
 * dfschema connection through that connection's {@link ContractSession}.
 *
 * <p>Naming rules: a dataset is registered under its name and under its versioned alias
 * {@code <name>_v<version>}; both must be free in the schema.
 */
public final class DatasetHandle {
    private final DatasetSpec spec;
    private final String catalog;
    private final SqlTypeSettings settings;
    private ScanPlan scanPlan;

    public DatasetHandle(DatasetSpec spec, String catalog, SqlTypeSettings settings) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    private synchronized ScanPlan scanPlan() {
        if (scanPlan == null) {
            scanPlan = ScanPlan.of(spec);
        }
        return scanPlan;
    }

    /** A handle for a dataset of no particular session: DataFusion's default catalog and type settings. */
    public static DatasetHandle of(DatasetSpec spec) {
        return new DatasetHandle(spec, Contract.DEFAULT_CATALOG, SqlTypeSettings.DATAFUSION_DEFAULTS);
    }

    public DatasetSpec spec() {
        return spec;
    }

    public String catalog() {
        return catalog;
    }

    public int version() {
        return spec.version();
    }

    /** {@code schema.name}: how diagnostics and the registry name the dataset. */
    public String qualifiedName() {
        return spec.schema() + "." + spec.name();
    }

    /** SHA-256 of the dataset's canonical serialization (docs/contract-format.md#fingerprints). */
    public String fingerprint() {
        return spec.fingerprint();
    }

    /** The declared columns, then the partition columns, as Arrow types; empty when columns are inferred. */
    public List<FieldDecl> schema() {
        if (!spec.declaresColumns()) {
            return List.of();
        }
        List<FieldDecl> out = new ArrayList<>(fileColumns());
        out.addAll(partitionFields());
        return out;
    }

    /** The declared columns the files hold (partition columns excluded). */
    public List<FieldDecl> fileColumns() {
        return spec.columns().stream()
                .map(c -> new FieldDecl(c.name(), c.type().arrowText(settings), c.nullable())).toList();
    }

    List<FieldDecl> partitionFields() {
        return spec.partitionColumns().stream()
                .map(p -> new FieldDecl(p.name(), p.type().arrowText(settings), true)).toList();
    }

    /**
     * The {@code CREATE EXTERNAL TABLE} statement equivalent to this dataset at {@code location}. A column
     * whose Arrow type SQL cannot spell (a pinned Utf8 under view types, a dictionary) is written with its
     * Arrow name, which DataFusion's SQL does not accept; registration does not go through this text.
     */
    public String ddl(String location) {
        StringBuilder sb = new StringBuilder("CREATE ");
        ScanPlan plan = scanPlan();
        if (plan.unbounded()) {
            sb.append("UNBOUNDED ");
        }
        sb.append("EXTERNAL TABLE ").append(Sql.qualified(spec.schema(), spec.name()));
        List<String> cols = new ArrayList<>();
        for (ColumnSpec c : spec.columns()) {
            cols.add(Sql.ident(c.name()) + " " + ddlType(c.type()) + (c.nullable() ? "" : " NOT NULL"));
        }
        if (!cols.isEmpty()) {
            for (PartitionColumn p : spec.partitionColumns()) {
                cols.add(Sql.ident(p.name()) + " " + ddlType(p.type()));
            }
            sb.append(" (").append(String.join(", ", cols)).append(')');
        }
        sb.append(" STORED AS ").append(spec.format().storedAs());
        if (!spec.partitionColumns().isEmpty()) {
            sb.append(" PARTITIONED BY (").append(String.join(", ",
                    spec.partitionColumns().stream().map(p -> Sql.ident(p.name())).toList())).append(')');
        }
        if (!spec.scan().fileSortOrder().isEmpty()) {
            sb.append(" WITH ORDER (").append(String.join(", ",
                    spec.scan().fileSortOrder().stream().map(SortKey::canonicalText).toList())).append(')');
        }
        sb.append(" LOCATION ").append(Sql.literal(location));
        if (!plan.tableOptions().isEmpty()) {
            List<String> opts = new ArrayList<>();
            plan.tableOptions().forEach((k, v) -> opts.add(Sql.literal(k) + " " + Sql.literal(v)));
            sb.append(" OPTIONS (").append(String.join(", ", opts)).append(')');
        }
        return sb.toString();
    }

    /**
     * The {@code CREATE TABLE} statement of an in-memory table with the declared columns, their defaults
     * and the primary and unique keys; null when no columns are declared.
     */
    public String memoryDdl() {
        if (!spec.declaresColumns()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (ColumnSpec c : spec.columns()) {
            parts.add(Sql.ident(c.name()) + " " + ddlType(c.type()) + (c.nullable() ? "" : " NOT NULL")
                    + (c.defaultExpression() == null ? "" : " DEFAULT " + c.defaultExpression()));
        }
        if (!spec.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + String.join(", ", spec.primaryKey().stream().map(Sql::ident).toList()) + ")");
        }
        for (List<String> u : spec.uniqueKeys()) {
            parts.add("UNIQUE (" + String.join(", ", u.stream().map(Sql::ident).toList()) + ")");
        }
        return "CREATE TABLE " + Sql.qualified(spec.schema(), spec.name()) + " (" + String.join(", ", parts) + ")";
    }

    private String ddlType(TypeSpec t) {
        return t.sqlDdl(settings).orElseGet(() -> t.arrowText(settings));
    }

    /** What the engine registers for this dataset at {@code location} with {@code columns}. */
    public DatasetRegistration registration(String name, String location, List<FieldDecl> columns) {
        return registration(name, location, columns, false);
    }

    /**
     * As {@link #registration(String, String, List)}; with {@code strictPartitions} the engine refuses the table
     * when its folders contradict the declared partition columns (a strict profile's rule).
     */
    public DatasetRegistration registration(String name, String location, List<FieldDecl> columns,
                                            boolean strictPartitions) {
        ScanPlan plan = scanPlan();
        return new DatasetRegistration(catalog, spec.schema(), name, spec.format().storedAs(), location,
                plan.fileExtension(), columns,
                spec.partitionColumns().stream().map(PartitionColumn::name).toList(), plan.tableOptions(),
                plan.tableSettings(), plan.sortOrder(), plan.unbounded(), plan.cache(), plan.mutable(), true,
                strictPartitions);
    }

    /**
     * The rules the engine reads this dataset's files by: its evolution mode (or {@code override}), its former
     * column names, and the defaults of its file columns.
     */
    public EvolutionRules evolutionRules(EvolutionMode override) {
        EvolutionMode mode = override != null ? override : spec.evolution().mode();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ColumnSpec c : spec.columns()) {
            if (c.defaultExpression() != null) {
                defaults.put(c.name(), c.defaultExpression());
            }
        }
        return new EvolutionRules(mode.yamlName(), spec.evolution().renamedFrom(), defaults);
    }

    /** This handle for a session with other type settings and default catalog. */
    DatasetHandle rebind(String newCatalog, SqlTypeSettings newSettings) {
        return new DatasetHandle(spec, newCatalog, newSettings);
    }

    /** Registers the dataset (not its views) on a dfschema connection. */
    public void register(Connection connection) throws SQLException {
        connection.unwrap(ContractSession.class).registerStandalone(this);
    }

    /** Creates and validates the dataset's views on a dfschema connection; the dataset must be registered. */
    public void registerViews(Connection connection) throws SQLException {
        connection.unwrap(ContractSession.class).registerViews(this);
    }

    /** The scan keys as they are applied. */
    public List<AppliedScanKey> scanPolicy() {
        return scanPlan().applied();
    }

    /** Session-wide settings the dataset's scan policy asks for. */
    public Map<String, String> sessionSettings() {
        return scanPlan().sessionSettings();
    }

    @Override
    public String toString() {
        return "DatasetHandle[" + catalog + "." + qualifiedName() + " v" + version() + "]";
    }
}
