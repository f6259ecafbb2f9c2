package io.dfschema.metadata.catalog;

import io.dfschema.engine.AdapterEvent;
import io.dfschema.engine.ArrowField;
import io.dfschema.engine.CancelToken;
import io.dfschema.engine.CatalogEvent;
import io.dfschema.engine.DatasetRegistration;
import io.dfschema.engine.DatasetSet;
import io.dfschema.engine.EngineException;
import io.dfschema.engine.FieldDecl;
import io.dfschema.engine.LogicalPlanHandle;
import io.dfschema.engine.PartitionFinding;
import io.dfschema.engine.Session;
import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.EvolutionMode;
import io.dfschema.metadata.contract.SqlTypeSettings;
import io.dfschema.metadata.contract.TypeSpec;
import io.dfschema.metadata.contract.ViewSpec;
import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The contracts layer of one connection: it registers contract datasets and their views in the session,
 * runs the registration checks, keeps the registry file, and writes every registration, check and
 * setting to the {@code dfschema} diagnostics. Every session has one, with or without a contract, so that
 * {@code dfschema.*} can always be queried.
 *
 * <p>SQL goes through the owning {@link Connection} (so the driver sees DDL as it would from a user);
 * registrations go straight to the engine {@link Session}.
 */
public final class ContractSession {

    private final Session session;
    private final Connection connection;
    private final HardeningProfile profile;
    private final Diagnostics diagnostics;
    private final String catalog;
    private final SqlTypeSettings typeSettings;
    private final ResolveMode resolveMode;
    /** The connection's {@code evolution} property: every dataset's mode, or null for the contracts' own. */
    private final EvolutionMode evolutionOverride;
    private final List<Contract> contracts = new CopyOnWriteArrayList<>();
    private final List<PreparedCatalog> prepareds = new CopyOnWriteArrayList<>();
    /** Columns of the datasets registered one by one ({@link #register}), as {@link PreparedCatalog#columns()}. */
    private final Map<TableRef, List<ColumnInfo>> registeredColumns = new ConcurrentHashMap<>();
    /** Why the last build of a dataset failed, by "schema.name" (each name and alias); see {@link #buildProblem}. */
    private final Map<String, String> buildProblems = new ConcurrentHashMap<>();
    /** See {@link #registrations()}. */
    private final AtomicLong registrations = new AtomicLong();

    private ContractSession(Session session, Connection connection, HardeningProfile profile,
                            Diagnostics diagnostics, String catalog, SqlTypeSettings typeSettings,
                            ResolveMode resolveMode, EvolutionMode evolutionOverride) {
        this.session = session;
        this.connection = connection;
        this.profile = profile;
        this.diagnostics = diagnostics;
        this.catalog = catalog;
        this.typeSettings = typeSettings;
        this.resolveMode = resolveMode;
        this.evolutionOverride = evolutionOverride;
    }

    /**
     * Creates the diagnostics tables in the session's default catalog and records the effective settings.
     *
     * @param explicitSettings DataFusion settings the connection set one by one (they win over the profile)
     * @param diagnosticsFile  a JSON lines file to append diagnostics to, or null
     */
    public static ContractSession attach(Session session, Connection connection, HardeningProfile profile,
                                         Map<String, String> explicitSettings, Path diagnosticsFile,
                                         ResolveMode resolveMode) throws SQLException {
        return attach(session, connection, profile, explicitSettings, diagnosticsFile, resolveMode, null);
    }

    /**
     * As {@link #attach(Session, Connection, HardeningProfile, Map, Path, ResolveMode)}, with every contract
     * dataset read under {@code evolutionOverride} (null: each dataset's own mode).
     */
    public static ContractSession attach(Session session, Connection connection, HardeningProfile profile,
                                         Map<String, String> explicitSettings, Path diagnosticsFile,
                                         ResolveMode resolveMode, EvolutionMode evolutionOverride)
            throws SQLException {
        String catalog = option(session, "datafusion.catalog.default_catalog");
        Diagnostics diagnostics = call(() -> Diagnostics.create(session, catalog, diagnosticsFile));
        Map<String, String> effective = new LinkedHashMap<>();
        for (String key : HardeningProfile.reportedSettings()) {
            effective.put(key, option(session, key));
        }
        ContractSession cs = new ContractSession(session, connection, profile, diagnostics, catalog,
                HardeningProfile.typeSettings(effective), resolveMode, evolutionOverride);
        String now = diagnostics.now();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : effective.entrySet()) {
            String override = profile.overriddenBy(e.getKey());
            String source = explicitSettings.containsKey(e.getKey()) ? "connection property"
                    : override != null ? "override " + override
                    : profile.settings().containsKey(e.getKey()) ? "profile" : "engine default";
            rows.add(row("name", e.getKey(), "value", e.getValue(), "source", source, "profile", profile.name(),
                    "recorded_at", now));
        }
        rows.add(row("name", "dfschema.evolution", "value",
                evolutionOverride == null ? "per dataset" : evolutionOverride.yamlName(), "source",
                evolutionOverride == null ? "contract" : "connection property", "profile", profile.name(),
                "recorded_at", now));
        diagnostics.append(DiagnosticTable.SETTINGS, rows);
        return cs;
    }

    public HardeningProfile profile() {
        return profile;
    }

    public String catalog() {
        return catalog;
    }

    public SqlTypeSettings typeSettings() {
        return typeSettings;
    }

    /**
     * The declared columns of contract view {@code view} ({@code name} or {@code schema.name}) as engine types
     * under this session's type settings, for asking a query's result in that shape; empty when no loaded
     * contract declares such a view (or it declares no columns).
     */
    public List<FieldDecl> viewColumns(String view) {
        for (Contract c : contracts) {
            for (DatasetSpec d : c.datasets()) {
                for (ViewSpec v : d.views()) {
                    if (v.name().equals(view) || (d.schema() + "." + v.name()).equals(view)) {
                        return declaredColumns(v);
                    }
                }
            }
        }
        return List.of();
    }

    private List<FieldDecl> declaredColumns(ViewSpec v) {
        List<FieldDecl> out = new ArrayList<>();
        for (var col : v.columns()) {
            out.add(new FieldDecl(col.name(), TypeSpec.display(col.type().toArrow(typeSettings)),
                    col.nullable() == null || col.nullable()));
        }
        return out;
    }

    /** The connection's evolution mode override, or null. */
    public EvolutionMode evolutionOverride() {
        return evolutionOverride;
    }

    /** The contracts loaded into this session. */
    public List<Contract> contracts() {
        return List.copyOf(contracts);
    }

    /** Changes whenever {@link #contracts()} does, so caches can tell cheaply. */
    public int generation() {
        return contracts.size();
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** A handle for {@code spec} under this session's catalog and type settings. */
    public DatasetHandle handle(DatasetSpec spec) {
        return new DatasetHandle(spec, catalog, typeSettings);
    }

    /**
     * Registers every dataset of {@code contract}, then every view, then checks the functions they rely
     * on. Throws at the first failure; the caller closes the session, so nothing is half-registered.
     *
     * <p>The datasets are prepared once per JVM ({@link PreparedCatalogs}) and mounted into this session,
     * which costs the same whatever their number; files are read when a query first references a dataset.
     */
    public void load(Contract contract) throws SQLException {
        registrations.incrementAndGet();
        contracts.add(contract);
        diagnostics.hold();
        try {
            PreparedCatalog prepared = PreparedCatalogs.lease(contract, catalog, typeSettings, profile, evolutionOverride);
            if (prepared == null) {
                PreparedCatalog made = prepare(contract);
                prepared = PreparedCatalogs.keepAndLease(made, catalog, typeSettings, profile, evolutionOverride,
                        registryRecorded);
            }
            try {
                mount(prepared);
            } finally {
                PreparedCatalogs.release(prepared); // this session keeps what it mounted
            }
            for (DatasetHandle h : prepared.withViews()) {
                registerViews(h);
            }
            checkFunctions(contract);
        } finally {
            // Rows of a failed load are written too: they say what failed.
            diagnostics.flush();
        }
    }

    /** Set by {@link #prepare}: false when the registry file could not be written (then nothing is kept). */
    private boolean registryRecorded = true;

    /**
     * Turns the contract's file datasets into an engine {@link io.dfschema.engine.DatasetSet}: canonical
     * columns (declared, recorded or inferred once), the registry file, one registration row each.
     */
    private PreparedCatalog prepare(Contract contract) throws SQLException {
        Registry registry = contract.source() == null ? null : Registry.open(Registry.fileFor(contract.source()));
        if (registry != null) {
            registry.hold();
        }
        DatasetSet set = new DatasetSet();
        boolean done = false;
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            Map<String, String> sessionSettings = new LinkedHashMap<>();
            List<DatasetHandle> files = new ArrayList<>();
            List<DatasetHandle> memory = new ArrayList<>();
            List<DatasetHandle> withViews = new ArrayList<>();
            Map<String, DatasetSpec> byName = new HashMap<>();
            Map<TableRef, List<ColumnInfo>> columnsByTable = new HashMap<>();
            for (DatasetSpec d : contract.datasets()) {
                DatasetHandle h = handle(d);
                byName.put(d.schema() + "." + d.name(), d);
                byName.put(d.schema() + "." + d.alias(), d);
                if (!d.views().isEmpty()) {
                    withViews.add(h);
                }
                if (d.location() == null) {
                    memory.add(h);
                    continue;
                }
                String location = d.location();
                sessionSettings.putAll(h.sessionSettings());
                List<FieldDecl> columns = new ArrayList<>(canonicalColumns(h, location, registry, rows));
                columns.addAll(h.partitionFields());
                String ddl = h.ddl(location);
                DatasetRegistration registration = registration(h, d.name(), location, columns);
                try {
                    set.add(session, registration, List.of(d.alias()));
                } catch (EngineException e) {
                    throw fail(h, ddl, location, e.sqlState(), e.getMessage());
                }
                ContractColumns.add(registration, List.of(d.name(), d.alias()), columnsByTable);
                rows.add(registrationRow(h, ddl, location, "registered", "", ""));
                files.add(h);
            }
            registryRecorded = registry == null || releaseRegistry(registry);
            set.rows(catalog, DiagnosticTable.SCHEMA, DiagnosticTable.REGISTRATIONS.tableName(),
                    Diagnostics.jsonLines(rows), "registered_at");
            done = true;
            return new PreparedCatalog(contract, set, List.copyOf(rows), Map.copyOf(sessionSettings), List.copyOf(files),
                    List.copyOf(memory), List.copyOf(withViews), Map.copyOf(byName), Map.copyOf(columnsByTable));
        } finally {
            if (!done) {
                set.close();
                if (registry != null) {
                    releaseRegistry(registry);
                }
            }
        }
    }

    /** Mounts a prepared catalog: settings, the engine's datasets and their rows, in-memory tables, eager builds. */
    private void mount(PreparedCatalog prepared) throws SQLException {
        applySessionSettings(prepared.sessionSettings());
        prepareds.add(prepared);
        long millis = diagnostics.nowMillis();
        try {
            session.mountDatasetSet(prepared.set(), millis);
        } catch (EngineException e) {
            throw new SQLException("cannot register the datasets of catalog " + catalog + ": " + e.getMessage(),
                    e.sqlState(), e);
        }
        diagnostics.writeToFileOnly(DiagnosticTable.REGISTRATIONS, prepared.rows(), "registered_at", millis);
        for (DatasetHandle h : prepared.memoryDatasets()) {
            registerMemoryTable(h);
        }
        if (resolveMode == ResolveMode.EAGER) {
            for (DatasetHandle h : prepared.fileDatasets()) {
                try (CancelToken cancel = new CancelToken()) {
                    session.resolveDataset(catalog, h.spec().schema(), h.spec().name(), cancel);
                } catch (EngineException e) {
                    drainEvents();
                    throw new SQLException(e.getMessage(), e.sqlState(), e);
                }
            }
            drainEvents();
        }
    }

    /**
     * Writes the registry file. A catalog in a folder the process cannot write to still opens: what
     * could not be recorded is said in dfschema.registrations (status {@code unrecorded}), and the next
     * connection infers or records again.
     *
     * @return whether the file holds what was recorded
     */
    private boolean releaseRegistry(Registry registry) throws SQLException {
        try {
            registry.release();
            return true;
        } catch (SQLException e) {
            diagnostics.append(DiagnosticTable.REGISTRATIONS, row("dataset", "", "version", null, "fingerprint", null,
                    "ddl", null, "location", registry.file().toString(), "profile", profile.name(),
                    "status", "unrecorded", "message", e.getMessage(), "registered_at", diagnostics.now(),
                    "scan_policy", null, "files_schema", null));
            return false;
        }
    }

    // ------------------------------------------------------------------ datasets

    /**
     * Registers a dataset given on its own (not as part of a loaded contract): it also becomes part of
     * this session's contracts, so DatabaseMetaData reports its keys and descriptions.
     */
    public void registerStandalone(DatasetHandle given) throws SQLException {
        register(given);
        contracts.add(Contract.builder().catalog(catalog).dataset(given.spec()).build());
    }

    /** Registers one dataset under its name and versioned alias; see {@link DatasetHandle}. */
    public void register(DatasetHandle given) throws SQLException {
        registrations.incrementAndGet();
        DatasetHandle h = given.rebind(catalog, typeSettings);
        DatasetSpec d = h.spec();
        String location = d.location();
        if (location == null) {
            registerMemoryTable(h);
            return;
        }
        applySessionSettings(h.sessionSettings());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<FieldDecl> columns = new ArrayList<>(canonicalColumns(h, location, null, rows));
        columns.addAll(h.partitionFields());
        String ddl = h.ddl(location);
        for (String name : List.of(d.name(), d.alias())) {
            DatasetRegistration registration = registration(h, name, location, columns);
            try {
                session.registerDataset(registration);
            } catch (EngineException e) {
                throw fail(h, ddl, location, e.sqlState(), e.getMessage());
            }
            ContractColumns.add(registration, List.of(name), registeredColumns);
        }
        String status = "registered";
        if (resolveMode == ResolveMode.EAGER) {
            try (CancelToken cancel = new CancelToken()) {
                session.resolveDataset(catalog, d.schema(), d.name(), cancel);
            } catch (EngineException e) {
                drainEvents();
                throw fail(h, ddl, location, e.sqlState(), e.getMessage());
            }
            status = "resolved";
        }
        rows.add(registrationRow(h, ddl, location, status, "", ""));
        diagnostics.append(DiagnosticTable.REGISTRATIONS, rows);
        drainEvents();
    }

    /** The engine registration of {@code h} under {@code name}; partition mismatches fail it under strict checks. */
    private DatasetRegistration registration(DatasetHandle h, String name, String location, List<FieldDecl> columns) {
        return h.registration(name, location, columns, profile.strictChecks())
                .withEvolution(h.evolutionRules(evolutionOverride));
    }

    /**
     * A dataset without a location is an empty in-memory table with the declared columns, keys and
     * defaults: the engine fills the defaults on INSERT and keeps the keys for metadata.
     */
    private void registerMemoryTable(DatasetHandle h) throws SQLException {
        String ddl = h.memoryDdl();
        if (ddl == null) {
            throw fail(h, "", "", "42000", "dataset " + h.qualifiedName()
                    + " has neither a location nor declared columns, so there is nothing to register");
        }
        try {
            execute("CREATE SCHEMA IF NOT EXISTS " + Sql.ident(h.spec().schema()));
            execute(ddl);
            execute("CREATE VIEW " + Sql.qualified(h.spec().schema(), h.spec().alias()) + " AS SELECT * FROM "
                    + Sql.qualified(h.spec().schema(), h.spec().name()));
        } catch (SQLException e) {
            throw fail(h, ddl, "", e.getSQLState(), e.getMessage());
        }
        diagnostics.append(DiagnosticTable.REGISTRATIONS, registrationRow(h, ddl, null, "registered", "in-memory table", ""));
    }

    /**
     * The file columns the dataset is registered with: declared ones, or for an undeclared dataset the
     * ones recorded in the registry for its version, inferred from the files when none are recorded.
     */
    private List<FieldDecl> canonicalColumns(DatasetHandle h, String location, Registry registry,
                                             List<Map<String, Object>> rows) throws SQLException {
        DatasetSpec d = h.spec();
        if (d.declaresColumns()) {
            if (registry != null) {
                var recorded = registry.entry(h.qualifiedName(), d.version());
                if (recorded.isEmpty()) {
                    registry.record(h.qualifiedName(), new Registry.Entry(d.version(), h.fingerprint(),
                            h.fileColumns(), "declared", diagnostics.now()));
                } else if (!recorded.get().fingerprint().equals(h.fingerprint())) {
                    String msg = "the contract of dataset " + h.qualifiedName() + " changed without a version bump:"
                            + " version " + d.version() + " was recorded with fingerprint "
                            + recorded.get().fingerprint() + ", it now has " + h.fingerprint();
                    if (profile.strictChecks()) {
                        throw fail(h, h.ddl(location), location, "42P17", msg);
                    }
                    rows.add(registrationRow(h, h.ddl(location), location, "changed", msg, ""));
                }
            }
            return h.fileColumns();
        }
        if (registry != null) {
            var recorded = registry.entry(h.qualifiedName(), d.version());
            if (recorded.isPresent()) {
                return recorded.get().columns();
            }
        }
        List<FieldDecl> inferred;
        try (CancelToken cancel = new CancelToken()) {
            inferred = session.inferSchema(h.registration(d.name(), location, List.of()), cancel);
        } catch (EngineException e) {
            throw fail(h, h.ddl(location), location, e.sqlState(), "cannot infer the schema of dataset "
                    + h.qualifiedName() + " from '" + location + "': " + e.getMessage());
        }
        DatasetSpec canonical = d.toBuilder()
                .columns(inferred.stream().map(f -> ColumnSpec.builder(f.name(), f.arrowType()).nullable(f.nullable())
                        .build()).toList())
                .build();
        String fp = canonical.fingerprint();
        if (registry != null) {
            registry.record(h.qualifiedName(), new Registry.Entry(d.version(), fp, inferred, "inferred",
                    diagnostics.now()));
        }
        diagnostics.append(DiagnosticTable.REGISTRATIONS, registrationRow(h, h.ddl(location), location, "inferred",
                "columns inferred from the files" + (registry != null ? " and recorded in " + registry.file() : ""),
                describe(inferred)));
        return inferred;
    }

    // ------------------------------------------------------------------ views

    /**
     * Creates each declared view of the dataset and checks its output against its declared columns, one
     * {@code dfschema.view_checks} row per column. A view whose SQL does not plan or whose output differs is
     * not created: a stand-in with its declared columns takes its place, so browsing still lists it and only
     * a query that reads it fails (42P17, with the comparison). Under {@code resolve=eager} the connection
     * fails instead, as it does for a dataset that cannot be built.
     */
    public void registerViews(DatasetHandle given) throws SQLException {
        registrations.incrementAndGet();
        DatasetHandle h = given.rebind(catalog, typeSettings);
        for (ViewSpec v : h.spec().views()) {
            String qualified = Sql.qualified(h.spec().schema(), v.name());
            String viewName = h.spec().schema() + "." + v.name();
            String now = diagnostics.now();
            List<Map<String, Object>> rows = new ArrayList<>();
            String broken = null;
            try {
                execute("CREATE VIEW " + qualified + " AS " + v.sql());
                ViewCheck check = ViewCheck.of(v, outputColumns(qualified), typeSettings);
                for (ColumnCheck c : check.columns()) {
                    rows.add(viewCheckRow(viewName, h, c.ok() ? "ok" : "mismatch", c.column(), c.expected(),
                            c.actual(), c.reason(), now));
                }
                if (!check.ok()) {
                    execute("DROP VIEW " + qualified);
                    broken = "view " + viewName + " of dataset " + h.qualifiedName()
                            + " does not match its declared columns:\n" + check.table();
                }
            } catch (SQLException e) {
                broken = "view " + viewName + " of dataset " + h.qualifiedName() + " cannot be created: "
                        + e.getMessage();
                for (var col : v.columns()) {
                    rows.add(viewCheckRow(viewName, h, "failed", col.name(), TypeSpec.display(col.type().toArrow(
                            typeSettings)), "", e.getMessage(), now));
                }
                if (v.columns().isEmpty()) {
                    rows.add(viewCheckRow(viewName, h, "failed", "", "", "", e.getMessage(), now));
                }
            }
            diagnostics.append(DiagnosticTable.VIEW_CHECKS, rows);
            drainEvents();
            if (broken == null) {
                continue;
            }
            if (resolveMode == ResolveMode.EAGER) {
                throw new SQLException(broken, "42P17");
            }
            buildProblems.put(h.spec().schema() + "." + v.name(), broken); // getTables REMARKS says why
            try {
                session.registerBrokenView(catalog, h.spec().schema(), v.name(), declaredColumns(v), broken, v.sql());
            } catch (EngineException e) {
                throw new SQLException("view " + viewName + " cannot be listed: " + e.getMessage(), e.sqlState(), e);
            }
        }
    }

    private static Map<String, Object> viewCheckRow(String view, DatasetHandle h, String status, String column,
                                                    String expected, String actual, String reason, String now) {
        return row("view", view, "dataset", h.qualifiedName(), "status", status, "column_name", column,
                "expected", expected, "actual", actual, "reason", reason, "checked_at", now);
    }

    // ------------------------------------------------------------------ functions

    private void checkFunctions(Contract contract) throws SQLException {
        FunctionCheck.run(connection, contract, diagnostics);
    }

    // ------------------------------------------------------------------ events and external tables

    /**
     * Moves what the engine recorded while building lazy datasets into {@code dfschema.registrations}, and
     * their partition checks into {@code dfschema.partition_checks}.
     */
    public void drainEvents() throws SQLException {
        List<CatalogEvent> events = session.drainCatalogEvents();
        if (events.isEmpty()) {
            return;
        }
        String now = diagnostics.now();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> partitions = new ArrayList<>();
        List<Map<String, Object>> adaptations = new ArrayList<>();
        for (CatalogEvent e : events) {
            DatasetSpec d = find(e.schema(), e.name());
            String dataset = e.schema() + "." + e.name();
            noteBuild(e, d);
            rows.add(row("dataset", dataset, "version", d == null ? null : d.version(),
                    "fingerprint", d == null ? null : d.fingerprint(), "ddl", null, "location", d == null ? null : d.location(),
                    "profile", profile.name(), "status", e.status(), "message", e.message(), "registered_at", now,
                    "scan_policy", null, "files_schema", e.filesSchema()));
            for (PartitionFinding f : e.partitionChecks()) {
                partitions.add(row("dataset", dataset, "status", f.ok() ? "ok" : "mismatch", "column_name", f.column(),
                        "expected", expectedPartition(d, f), "actual", f.actual(), "reason", f.reason(),
                        "checked_at", now));
            }
            for (AdapterEvent a : e.adaptations()) {
                adaptations.add(row("dataset", dataset, "column_name", a.column(), "event", a.kind(),
                        "detail", a.detail(), "occurred_at", now, "file", a.file(), "from_type", a.fromType(),
                        "to_type", a.toType(), "lossy", a.lossy()));
            }
        }
        diagnostics.append(DiagnosticTable.REGISTRATIONS, rows);
        diagnostics.append(DiagnosticTable.PARTITION_CHECKS, partitions);
        diagnostics.append(DiagnosticTable.ADAPTER_EVENTS, adaptations);
    }

    /**
     * Why the last attempt to build the dataset {@code schema.name} (of this session's catalog) failed;
     * empty when it has not been built yet, was built, or its build was only cancelled. Metadata shows it
     * (getTables REMARKS) without building anything: it is what the queries that read the dataset found.
     */
    public Optional<String> buildProblem(String schema, String name) {
        return Optional.ofNullable(buildProblems.get(schema + "." + name));
    }

    /**
     * The columns of every file dataset registered in this session (by name and versioned alias), as the
     * engine has them, without asking the engine: DatabaseMetaData lists them from here. A dataset dropped
     * since is still in it; the engine's table list says what exists.
     */
    public Map<TableRef, List<ColumnInfo>> datasetColumns() {
        if (prepareds.size() == 1 && registeredColumns.isEmpty()) {
            return prepareds.get(0).columns(); // the common case: shared with every session of the catalog
        }
        Map<TableRef, List<ColumnInfo>> all = new HashMap<>();
        for (PreparedCatalog p : prepareds) {
            all.putAll(p.columns());
        }
        all.putAll(registeredColumns);
        return all;
    }

    /**
     * The prepared catalogs this session mounted, as identities (the engine's dataset sets): two sessions
     * with equal lists mounted the same contracts as this JVM prepared them.
     */
    public List<Object> mountedCatalogs() {
        return prepareds.stream().<Object>map(PreparedCatalog::set).toList();
    }

    /**
     * Counts the calls that add tables to the session ({@link #load}, {@link #register}, {@link #registerViews}):
     * the driver compares it with its value after connecting to tell whether the catalog is still the one
     * its configuration made.
     */
    public long registrations() {
        return registrations.get();
    }

    /** Whether any dataset's last build failed. */
    public boolean hasBuildProblems() {
        return !buildProblems.isEmpty();
    }

    private void noteBuild(CatalogEvent e, DatasetSpec d) {
        List<String> names = d == null ? List.of(e.name()) : List.of(d.name(), d.alias());
        for (String n : names) {
            switch (e.status()) {
                case "resolved" -> buildProblems.remove(e.schema() + "." + n);
                case "cancelled" -> { }
                default -> buildProblems.put(e.schema() + "." + n, e.message());
            }
        }
    }

    /** {@code folder level N, TYPE} for a declared partition column; empty for an undeclared folder key. */
    private String expectedPartition(DatasetSpec d, PartitionFinding f) {
        if (f.level() == 0 || d == null || f.level() > d.partitionColumns().size()) {
            return "";
        }
        var pc = d.partitionColumns().get(f.level() - 1);
        return "folder level " + f.level() + ", " + TypeSpec.display(pc.type().toArrow(typeSettings));
    }

    /**
     * Records a table a user created with {@code CREATE EXTERNAL TABLE}: its DDL and the fingerprint of
     * its columns as the engine registered them.
     */
    public void recordExternalTable(String schema, String name, String ddl, String location) throws SQLException {
        List<ArrowField> fields = outputColumns(Sql.qualified(schema, name));
        DatasetSpec.Builder b = DatasetSpec.builder(name).schema(schema)
                .format(io.dfschema.metadata.contract.DataFormat.PARQUET);
        List<FieldDecl> decls = new ArrayList<>();
        for (ArrowField f : fields) {
            String type = io.dfschema.metadata.contract.TypeSpec.display(f.type());
            decls.add(new FieldDecl(f.name(), type, f.nullable()));
            b.column(ColumnSpec.builder(f.name(), type).nullable(f.nullable()).build());
        }
        String fingerprint = b.build().fingerprint();
        diagnostics.append(DiagnosticTable.REGISTRATIONS, row("dataset", schema + "." + name, "version", null,
                "fingerprint", fingerprint, "ddl", ddl, "location", location, "profile", profile.name(),
                "status", "external", "message", "", "registered_at", diagnostics.now(), "scan_policy", null,
                "files_schema", describe(decls)));
    }

    // ------------------------------------------------------------------ helpers

    private DatasetSpec find(String schema, String name) {
        for (PreparedCatalog p : prepareds) {
            DatasetSpec d = p.byName().get(schema + "." + name);
            if (d != null) {
                return d;
            }
        }
        for (Contract c : contracts) {
            for (DatasetSpec d : c.datasets()) {
                if (d.schema().equals(schema) && (d.name().equals(name) || d.alias().equals(name))) {
                    return d;
                }
            }
        }
        return null;
    }

    private Map<String, Object> registrationRow(DatasetHandle h, String ddl, String location, String status,
                                                String message, String filesSchema) {
        String scan = h.scanPolicy().stream().map(k -> k.key() + "=" + k.value() + " (" + k.appliedAs() + ")")
                .collect(Collectors.joining("; "));
        return row("dataset", h.qualifiedName(), "version", h.version(), "fingerprint", h.fingerprint(), "ddl", ddl,
                "location", location, "profile", profile.name(), "status", status, "message", message,
                "registered_at", diagnostics.now(), "scan_policy", scan, "files_schema", filesSchema);
    }

    private SQLException fail(DatasetHandle h, String ddl, String location, String sqlState, String message) {
        try {
            diagnostics.append(DiagnosticTable.REGISTRATIONS, registrationRow(h, ddl, location, "failed", message, ""));
        } catch (SQLException ignored) {
            // the registration error is the one to report
        }
        return new SQLException(message, sqlState);
    }

    /** The columns of a table or view as the engine plans {@code SELECT *} from it (nothing runs). */
    private List<ArrowField> outputColumns(String qualifiedName) throws SQLException {
        try (CancelToken cancel = new CancelToken();
             LogicalPlanHandle plan = session.sql("SELECT * FROM " + qualifiedName, cancel)) {
            return plan.schema();
        } catch (EngineException e) {
            throw new SQLException(e.getMessage(), e.sqlState(), e);
        }
    }

    /** Settings scan policies can only set session-wide (DataFusion's list-files cache). */
    private void applySessionSettings(Map<String, String> settings) throws SQLException {
        for (Map.Entry<String, String> s : settings.entrySet()) {
            execute("SET " + s.getKey() + " = " + Sql.literal(s.getValue()));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    static String describe(List<FieldDecl> fields) {
        return fields.stream().map(f -> f.name() + " " + f.arrowType()).collect(Collectors.joining(", "));
    }

    /** A row from alternating column names and values (values may be null). */
    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String option(Session session, String key) throws SQLException {
        String v = call(() -> session.option(key));
        return v == null ? "" : v;
    }

    private interface EngineCall<T> {
        T run();
    }

    private static <T> T call(EngineCall<T> c) throws SQLException {
        try {
            return c.run();
        } catch (EngineException e) {
            throw new SQLException(e.getMessage(), e.sqlState(), e);
        }
    }
}
