package io.dfschema.metadata.jdbc;

import io.dfschema.engine.NativeStats;
import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.SchemaInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.TableInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;
import io.dfschema.metadata.jdbc.RoutineSnapshot.Overload;
import io.dfschema.metadata.jdbc.RoutineSnapshot.ParameterInfo;
import io.dfschema.metadata.jdbc.RowResultSet.Column;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@link DatabaseMetaData} for a dfschema connection, answered from a per-connection snapshot of
 * DataFusion's information_schema (see docs/database-metadata.md).
 *
 * <p>Snapshots: the catalog (schemas, tables, columns) is loaded on the first call that needs it,
 * the functions and the engine settings separately on the first call that needs them; all stay
 * cached until {@link #invalidate()}, which the driver calls after DDL (and after {@code SET}).
 * Pattern arguments are matched in Java against the snapshot ({@link NamePattern}); no argument is
 * ever put into SQL. Result sets are {@link RowResultSet}s whose {@code getStatement()} is null.
 *
 * <p>Thread-safe. Not final so that the driver can add its own marker interfaces (for example its
 * connection's cache-invalidation hook) in a subclass.
 */
public class DfSchemaDatabaseMetaData implements DatabaseMetaData {

    /** Driver name reported by {@link #getDriverName()}. */
    public static final String DRIVER_NAME = "dfschema";
    /** Driver version reported by {@link #getDriverVersion()}. */
    public static final String DRIVER_VERSION = "0.1.0-SNAPSHOT";
    public static final int DRIVER_MAJOR_VERSION = 0;
    public static final int DRIVER_MINOR_VERSION = 1;
    /** Product name reported by {@link #getDatabaseProductName()}. */
    public static final String PRODUCT_NAME = "DataFusion";
    /** The client info properties getClientInfoProperties lists, sorted by name. */
    public static final List<String> CLIENT_INFO_NAMES = List.of("ApplicationName", "ClientHostname", "ClientUser");
    /** MAX_LEN getClientInfoProperties reports for each client info property. */
    public static final int CLIENT_INFO_MAX_LENGTH = 255;

    /** Table types reported by getTableTypes even when no table of that type exists yet. */
    static final List<String> STANDARD_TABLE_TYPES = List.of("LOCAL TEMPORARY", "SYSTEM TABLE", "TABLE", "VIEW");

    static final String SETTING_IDENT_NORMALIZATION = "datafusion.sql_parser.enable_ident_normalization";
    static final String SETTING_NULL_ORDERING = "datafusion.sql_parser.default_null_ordering";
    static final String SETTING_DIALECT = "datafusion.sql_parser.dialect";

    private final Connection connection;
    private final String url;
    private final String user;
    private final SnapshotSource source;
    private final ContractMetadata contracts;
    private final Supplier<String> engineVersion;

    /** Serialises loads; never held by {@link #invalidate()}, so DDL on another thread cannot deadlock with a load. */
    private final Object loadLock = new Object();
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached<CatalogSnapshot> catalog;
    private volatile Cached<RoutineSnapshot> routines;
    private volatile Cached<Map<String, String>> settings;
    private volatile String productVersion;

    /**
     * The metadata of a live connection: snapshots from {@link SnapshotLoader} over {@code connection},
     * no contract metadata, product version from {@link NativeStats#engineVersion()}.
     */
    public DfSchemaDatabaseMetaData(Connection connection, String url, String user) {
        this(connection, url, user, new SnapshotLoader(connection), ContractMetadata.none());
    }

    /**
     * @param connection the connection {@link #getConnection()} returns (may be null in tests)
     * @param url        the JDBC URL {@link #getURL()} returns
     * @param user       the user name {@link #getUserName()} returns (may be null)
     * @param source     where snapshots come from, usually {@code new SnapshotLoader(connection)}
     * @param contracts  descriptions, defaults and keys ({@link ContractMetadata#combine} of
     *                   {@link ContractCatalogMetadata} and {@link EngineConstraintMetadata}), or
     *                   {@link ContractMetadata#none()}
     */
    public DfSchemaDatabaseMetaData(Connection connection, String url, String user, SnapshotSource source,
                                    ContractMetadata contracts) {
        this(connection, url, user, source, contracts, NativeStats::engineVersion);
    }

    /** As above, with the engine version supplier (tests pass a constant; it is called at most once). */
    public DfSchemaDatabaseMetaData(Connection connection, String url, String user, SnapshotSource source,
                                    ContractMetadata contracts, Supplier<String> engineVersion) {
        this.connection = connection;
        this.url = url;
        this.user = user;
        this.source = Objects.requireNonNull(source, "source");
        this.contracts = contracts == null ? ContractMetadata.none() : contracts;
        this.engineVersion = Objects.requireNonNull(engineVersion, "engineVersion");
    }

    // ================================================================== caching

    /**
     * Drops every cached snapshot; the next metadata call reloads what it needs. The driver calls
     * this after DDL (CREATE/DROP/ALTER of tables, views, schemas, catalogs, functions) and after
     * SET, which can change identifier normalisation and null ordering; it also invalidates the
     * contract metadata. Cheap, thread-safe; a load running concurrently is not cached.
     */
    public void invalidate() {
        generation.incrementAndGet();
        catalog = null;
        routines = null;
        settings = null;
        contracts.invalidate(); // engine-kept keys and defaults (EngineConstraintMetadata) change with DDL too
    }

    /** A loaded value and the cache generation it was loaded in; stale once {@link #invalidate()} ran. */
    private record Cached<T>(long generation, T value) {
    }

    private <T> T current(Cached<T> c) {
        return c != null && c.generation() == generation.get() ? c.value() : null;
    }

    /** The cached catalog snapshot, loading it if needed. */
    public CatalogSnapshot catalogSnapshot() throws SQLException {
        CatalogSnapshot c = current(catalog);
        if (c != null) {
            return c;
        }
        checkConnection();
        synchronized (loadLock) {
            c = current(catalog);
            if (c == null) {
                long gen = generation.get();
                c = Objects.requireNonNull(source.loadCatalog(), "loadCatalog returned null");
                catalog = new Cached<>(gen, c);
            }
            return c;
        }
    }

    /** The cached function snapshot, loading it if needed. */
    public RoutineSnapshot routineSnapshot() throws SQLException {
        RoutineSnapshot r = current(routines);
        if (r != null) {
            return r;
        }
        checkConnection();
        synchronized (loadLock) {
            r = current(routines);
            if (r == null) {
                long gen = generation.get();
                r = Objects.requireNonNull(source.loadRoutines(), "loadRoutines returned null");
                routines = new Cached<>(gen, r);
            }
            return r;
        }
    }

    /** Engine settings; empty (so defaults apply, and not cached) when they cannot be read. */
    private Map<String, String> settings() {
        Map<String, String> s = current(settings);
        if (s != null) {
            return s;
        }
        synchronized (loadLock) {
            s = current(settings);
            if (s == null) {
                long gen = generation.get();
                try {
                    s = source.loadSettings();
                } catch (SQLException | RuntimeException e) {
                    return Map.of();
                }
                s = s == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(s));
                settings = new Cached<>(gen, s);
            }
            return s;
        }
    }

    private String setting(String name, String fallback) {
        String v = settings().get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private boolean identNormalization() {
        return !"false".equalsIgnoreCase(setting(SETTING_IDENT_NORMALIZATION, "true"));
    }

    private String nullOrdering() {
        return setting(SETTING_NULL_ORDERING, "nulls_max").toLowerCase(Locale.ROOT);
    }

    private String dialect() {
        return setting(SETTING_DIALECT, "generic").toLowerCase(Locale.ROOT);
    }

    private void checkConnection() throws SQLException {
        if (connection != null && connection.isClosed()) {
            throw new SQLException("connection is closed", "08003");
        }
    }

    private static ResultSet result(List<Column> columns, List<Object[]> rows) {
        return new RowResultSet(columns, rows);
    }

    private static ResultSet empty(List<Column> columns) {
        return RowResultSet.empty(columns);
    }

    // ================================================================== tables and columns

    /** Tables of the snapshot that pass the filters, in (catalog, schema, name) order. */
    private static List<TableInfo> matchingTables(CatalogSnapshot snap, NamePattern catalog, NamePattern schema,
                                                  NamePattern table) {
        String literal = table.literal();
        List<TableInfo> candidates = literal != null ? snap.tablesNamed(literal) : snap.tables();
        if (catalog.matchesAll() && schema.matchesAll() && (table.matchesAll() || literal != null)) {
            return candidates;
        }
        List<TableInfo> out = new ArrayList<>();
        for (TableInfo t : candidates) {
            if (catalog.matches(t.catalog()) && schema.matches(t.schema()) && table.matches(t.name())) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        CatalogSnapshot snap = catalogSnapshot();
        Set<String> typeFilter = null;
        if (types != null) {
            typeFilter = new HashSet<>();
            for (String t : types) {
                if (t != null) {
                    String u = t.trim().toUpperCase(Locale.ROOT);
                    typeFilter.add(u.equals("BASE TABLE") ? "TABLE" : u);
                }
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (TableInfo t : matchingTables(snap, NamePattern.exactOrAll(catalog), NamePattern.like(schemaPattern),
                NamePattern.like(tableNamePattern))) {
            if (typeFilter != null && !typeFilter.contains(t.type().toUpperCase(Locale.ROOT))) {
                continue;
            }
            String remarks = contracts.isEmpty() ? null : contracts.tableDescription(t.ref()).orElse(null);
            rows.add(new Object[] {t.catalog(), t.schema(), t.name(), t.type(), remarks, null, null, null, null, null});
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[3])); // stable: then cat, schem, name
        return result(MetadataColumns.TABLES, rows);
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return getSchemas(null, null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        CatalogSnapshot snap = catalogSnapshot();
        NamePattern cat = NamePattern.exactOrAll(catalog);
        NamePattern schema = NamePattern.like(schemaPattern);
        List<Object[]> rows = new ArrayList<>();
        for (SchemaInfo s : snap.schemas()) {
            if (cat.matches(s.catalog()) && schema.matches(s.schema())) {
                rows.add(new Object[] {s.schema(), s.catalog()});
            }
        }
        return result(MetadataColumns.SCHEMAS, rows);
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (String c : catalogSnapshot().catalogs()) {
            rows.add(new Object[] {c});
        }
        return result(MetadataColumns.CATALOGS, rows);
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        TreeSet<String> types = new TreeSet<>(STANDARD_TABLE_TYPES);
        for (TableInfo t : catalogSnapshot().tables()) {
            types.add(t.type());
        }
        List<Object[]> rows = new ArrayList<>();
        for (String t : types) {
            rows.add(new Object[] {t});
        }
        return result(MetadataColumns.TABLE_TYPES, rows);
    }

    /**
     * getColumns rows of one snapshot without contract values, built once per table and shared by
     * the result sets (RowResultSet never writes to a row). Kept for the snapshot used last in this JVM:
     * connections that share a snapshot (the driver shares those of pristine connections of one
     * configuration) share its rows too.
     */
    private record ColumnRows(CatalogSnapshot snapshot, ConcurrentHashMap<TableRef, List<Object[]>> byTable,
                              AtomicReference<List<Object[]>> everyColumn) {
    }

    /**
     * The snapshot's row cache. getColumns(null, null, "%", "%"), a navigator's first call, is answered
     * from one list per snapshot when no contract described a column (then its rows depend on the
     * snapshot alone; rows with REMARKS or COLUMN_DEF come from the asking connection's contracts).
     */
    private static ColumnRows columnRows(CatalogSnapshot snap) {
        ColumnRows cache = columnRows;
        if (cache == null || cache.snapshot() != snap) {
            cache = new ColumnRows(snap, new ConcurrentHashMap<>(), new AtomicReference<>());
            columnRows = cache;
        }
        return cache;
    }

    private static volatile ColumnRows columnRows;

    private List<Object[]> plainColumnRows(CatalogSnapshot snap, TableInfo t) {
        return columnRows(snap).byTable().computeIfAbsent(t.ref(), ref -> sharedRows(snap.columns(ref)));
    }

    /**
     * Rows of column lists, by list identity: snapshots of connections to one contract catalog share its
     * datasets' lists ({@link KnownColumns}), so their rows are built once per JVM, not once per
     * connection. Bounded: emptied when it grows past {@link #MAX_SHARED_ROWS} lists.
     */
    private static final Map<List<ColumnInfo>, List<Object[]>> SHARED_ROWS = new IdentityHashMap<>();
    private static final int MAX_SHARED_ROWS = 200_000;

    private static List<Object[]> sharedRows(List<ColumnInfo> cols) {
        synchronized (SHARED_ROWS) {
            List<Object[]> known = SHARED_ROWS.get(cols);
            if (known != null) {
                return known;
            }
        }
        List<Object[]> rows = new ArrayList<>(cols.size());
        for (ColumnInfo c : cols) {
            rows.add(columnRow(c, null, c.defaultValue()));
        }
        List<Object[]> made = List.copyOf(rows);
        synchronized (SHARED_ROWS) {
            if (SHARED_ROWS.size() >= MAX_SHARED_ROWS) {
                SHARED_ROWS.clear();
            }
            SHARED_ROWS.put(cols, made);
        }
        return made;
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
                                String columnNamePattern) throws SQLException {
        CatalogSnapshot snap = catalogSnapshot();
        NamePattern column = NamePattern.like(columnNamePattern);
        NamePattern catalogPattern = NamePattern.exactOrAll(catalog);
        NamePattern schema = NamePattern.like(schemaPattern);
        NamePattern table = NamePattern.like(tableNamePattern);
        boolean everything = catalogPattern.matchesAll() && schema.matchesAll() && table.matchesAll()
                && column.matchesAll();
        if (everything) {
            List<Object[]> known = columnRows(snap).everyColumn().get();
            if (known != null) {
                return RowResultSet.ofChecked(MetadataColumns.COLUMNS, known);
            }
        }
        String columnLiteral = column.literal();
        boolean withContracts = !contracts.isEmpty();
        List<Object[]> rows = new ArrayList<>();
        boolean anyDescribed = false;
        for (TableInfo t : matchingTables(snap, catalogPattern, schema, table)) {
            List<Object[]> plain = plainColumnRows(snap, t);
            TableRef ref = withContracts ? t.ref() : null;
            boolean described = withContracts && contracts.describesColumns(ref);
            anyDescribed |= described;
            if (!described && column.matchesAll()) {
                rows.addAll(plain);
                continue;
            }
            for (Object[] r : plain) {
                String name = (String) r[3];
                if (columnLiteral != null ? columnLiteral.equals(name) : column.matches(name)) {
                    rows.add(described ? withContractValues(r, ref, name) : r);
                }
            }
        }
        if (everything && !anyDescribed) {
            List<Object[]> all = List.copyOf(rows);
            columnRows(snap).everyColumn().compareAndSet(null, all);
            return result(MetadataColumns.COLUMNS, all);
        }
        return result(MetadataColumns.COLUMNS, rows);
    }

    /**
     * The shared row of a column with the contract's REMARKS and COLUMN_DEF: a copy only when the
     * contract knows something, so that getColumns over many documented columns costs two lookups and
     * an array copy per column rather than building every row again.
     */
    private Object[] withContractValues(Object[] plain, TableRef ref, String column) {
        String remarks = contracts.columnDescription(ref, column).orElse(null);
        String def = contracts.columnDefault(ref, column).orElse(null);
        if (remarks == null && def == null) {
            return plain;
        }
        Object[] row = plain.clone();
        row[COLUMN_REMARKS] = remarks;
        if (def != null) {
            row[COLUMN_DEF] = def;
        }
        return row;
    }

    /** Indexes of REMARKS and COLUMN_DEF in a getColumns row ({@link #columnRow}). */
    private static final int COLUMN_REMARKS = 11;
    private static final int COLUMN_DEF = 12;

    private static Object[] columnRow(ColumnInfo c, String remarks, String def) {
        TypeFacts f = TypeFacts.of(c.dataType());
        Integer octets = f.octetLength();
        if (octets != null && c.charOctetLength() != null) {
            octets = (int) Math.min(Integer.MAX_VALUE, Math.max(0, c.charOctetLength()));
        }
        return new Object[] {
                c.catalog(), c.schema(), c.table(), c.name(),
                f.jdbcType(),                 // DATA_TYPE
                c.dataType(),                 // TYPE_NAME: the full engine type
                f.columnSize(),               // COLUMN_SIZE
                null,                         // BUFFER_LENGTH
                f.decimalDigits(),            // DECIMAL_DIGITS
                f.radix(),                    // NUM_PREC_RADIX
                c.nullable() ? columnNullable : columnNoNulls,
                remarks,                      // REMARKS
                def,                          // COLUMN_DEF
                null, null,                   // SQL_DATA_TYPE, SQL_DATETIME_SUB
                octets,                       // CHAR_OCTET_LENGTH
                c.ordinal(),                  // ORDINAL_POSITION
                c.nullable() ? "YES" : "NO",  // IS_NULLABLE
                null, null, null, null,       // SCOPE_CATALOG, SCOPE_SCHEMA, SCOPE_TABLE, SOURCE_DATA_TYPE
                "NO", "NO"                    // IS_AUTOINCREMENT, IS_GENERATEDCOLUMN
        };
    }

    // ================================================================== keys (from contracts)

    /** Tables named by the exact-name arguments of the key methods ("%" and null match all). */
    private List<TableInfo> keyTables(String catalog, String schema, String table) throws SQLException {
        return matchingTables(catalogSnapshot(), NamePattern.exactOrAll(catalog), NamePattern.exactOrAll(schema),
                NamePattern.exactOrAll(table));
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (!contracts.isEmpty()) {
            for (TableInfo t : keyTables(catalog, schema, table)) {
                PrimaryKey pk = contracts.primaryKey(t.ref()).orElse(null);
                if (pk == null) {
                    continue;
                }
                for (int i = 0; i < pk.columns().size(); i++) {
                    rows.add(new Object[] {t.catalog(), t.schema(), t.name(), pk.columns().get(i), (short) (i + 1),
                            pk.name()});
                }
            }
            rows.sort(Comparator.comparing((Object[] r) -> (String) r[3]));
        }
        return result(MetadataColumns.PRIMARY_KEYS, rows);
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (!contracts.isEmpty()) {
            for (TableInfo t : keyTables(catalog, schema, table)) {
                PrimaryKey pk = contracts.primaryKey(t.ref()).orElse(null);
                if (pk != null && !pk.columns().isEmpty()) {
                    String name = pk.name() != null ? pk.name() : t.name() + "_pkey";
                    addIndexRows(rows, t, name, pk.columns());
                }
                int n = 0;
                for (UniqueKey uk : contracts.uniqueKeys(t.ref())) {
                    n++;
                    if (uk.columns().isEmpty() || (pk != null && pk.columns().equals(uk.columns()))) {
                        continue;
                    }
                    String name = uk.name() != null ? uk.name() : t.name() + "_key" + n;
                    addIndexRows(rows, t, name, uk.columns());
                }
            }
            // NON_UNIQUE (all false) and TYPE (all tableIndexOther) are equal: INDEX_NAME, ORDINAL_POSITION
            rows.sort(Comparator.comparing((Object[] r) -> (String) r[5]).thenComparing(r -> (Short) r[7]));
        }
        return result(MetadataColumns.INDEX_INFO, rows);
    }

    private static void addIndexRows(List<Object[]> rows, TableInfo t, String name, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            rows.add(new Object[] {t.catalog(), t.schema(), t.name(), false, null, name, tableIndexOther,
                    (short) (i + 1), columns.get(i), null, null, null, null});
        }
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (!contracts.isEmpty()) {
            for (TableInfo t : keyTables(catalog, schema, table)) {
                for (ForeignKey fk : contracts.importedKeys(t.ref())) {
                    addKeyRows(rows, fk);
                }
            }
            rows.sort(PK_TABLE_ORDER);
        }
        return result(MetadataColumns.KEYS, rows);
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (!contracts.isEmpty()) {
            for (TableInfo t : keyTables(catalog, schema, table)) {
                for (ForeignKey fk : contracts.exportedKeys(t.ref())) {
                    addKeyRows(rows, fk);
                }
            }
            rows.sort(FK_TABLE_ORDER);
        }
        return result(MetadataColumns.KEYS, rows);
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                       String foreignCatalog, String foreignSchema, String foreignTable)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (!contracts.isEmpty()) {
            NamePattern pc = NamePattern.exactOrAll(parentCatalog);
            NamePattern ps = NamePattern.exactOrAll(parentSchema);
            NamePattern pt = NamePattern.exactOrAll(parentTable);
            for (TableInfo t : keyTables(foreignCatalog, foreignSchema, foreignTable)) {
                for (ForeignKey fk : contracts.importedKeys(t.ref())) {
                    TableRef p = fk.pkTable();
                    if (pc.matches(p.catalog()) && ps.matches(p.schema()) && pt.matches(p.table())) {
                        addKeyRows(rows, fk);
                    }
                }
            }
            rows.sort(FK_TABLE_ORDER);
        }
        return result(MetadataColumns.KEYS, rows);
    }

    private static final Comparator<Object[]> PK_TABLE_ORDER = Comparator
            .comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[1])
            .thenComparing(r -> (String) r[2]).thenComparing(r -> (Short) r[8]);

    private static final Comparator<Object[]> FK_TABLE_ORDER = Comparator
            .comparing((Object[] r) -> (String) r[4]).thenComparing(r -> (String) r[5])
            .thenComparing(r -> (String) r[6]).thenComparing(r -> (Short) r[8]);

    private static void addKeyRows(List<Object[]> rows, ForeignKey fk) {
        TableRef p = fk.pkTable();
        TableRef f = fk.fkTable();
        for (int i = 0; i < fk.fkColumns().size(); i++) {
            rows.add(new Object[] {p.catalog(), p.schema(), p.table(), fk.pkColumns().get(i),
                    f.catalog(), f.schema(), f.table(), fk.fkColumns().get(i), (short) (i + 1),
                    fk.updateRule(), fk.deleteRule(), fk.name(), fk.pkName(), fk.deferrability()});
        }
    }

    // ================================================================== functions

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
            throws SQLException {
        NamePattern cat = NamePattern.exactOrAll(catalog);
        NamePattern schema = NamePattern.like(schemaPattern);
        NamePattern name = NamePattern.like(functionNamePattern);
        List<Object[]> rows = new ArrayList<>();
        for (Overload o : routineSnapshot().overloads()) {
            if (cat.matches(o.catalog()) && schema.matches(o.schema()) && name.matches(o.name())) {
                rows.add(new Object[] {o.catalog(), o.schema(), o.name(), o.description(), functionType(o),
                        o.specificName()});
            }
        }
        return result(MetadataColumns.FUNCTIONS, rows);
    }

    private static short functionType(Overload o) {
        String t = o.functionType();
        if (t == null) {
            return functionResultUnknown;
        }
        return (short) ("TABLE".equalsIgnoreCase(t) ? functionReturnsTable : functionNoTable);
    }

    /** COLUMN_NAME of a function's return value in getFunctionColumns. */
    static final String RETURN_VALUE_NAME = "RETURN_VALUE";

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) throws SQLException {
        NamePattern cat = NamePattern.exactOrAll(catalog);
        NamePattern schema = NamePattern.like(schemaPattern);
        NamePattern name = NamePattern.like(functionNamePattern);
        NamePattern column = NamePattern.like(columnNamePattern);
        List<Object[]> rows = new ArrayList<>();
        for (Overload o : routineSnapshot().overloads()) {
            if (!(cat.matches(o.catalog()) && schema.matches(o.schema()) && name.matches(o.name()))) {
                continue;
            }
            if (o.result() != null && column.matches(RETURN_VALUE_NAME)) {
                rows.add(functionColumnRow(o, o.result(), RETURN_VALUE_NAME, functionReturn, 0));
            }
            for (ParameterInfo p : o.inputs()) {
                String pname = p.name() != null ? p.name() : "arg" + p.ordinal();
                if (column.matches(pname)) {
                    rows.add(functionColumnRow(o, p, pname, functionColumnIn, p.ordinal()));
                }
            }
        }
        return result(MetadataColumns.FUNCTION_COLUMNS, rows);
    }

    private static Object[] functionColumnRow(Overload o, ParameterInfo p, String name, int columnType, int ordinal) {
        String typeText = p.dataType() == null ? "Null" : p.dataType();
        TypeFacts f = TypeFacts.of(typeText);
        return new Object[] {
                o.catalog(), o.schema(), o.name(), name,
                (short) columnType,
                f.jdbcType(),
                typeText,
                f.columnSize(),                                         // PRECISION
                f.byteWidth(),                                          // LENGTH
                f.decimalDigits() == null ? null : (short) (int) f.decimalDigits(), // SCALE
                f.radix() == null ? null : (short) (int) f.radix(),     // RADIX
                (short) functionNullableUnknown,                        // NULLABLE
                null,                                                   // REMARKS
                f.octetLength(),                                        // CHAR_OCTET_LENGTH
                ordinal,                                                // ORDINAL_POSITION
                "",                                                     // IS_NULLABLE: unknown
                o.specificName()
        };
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) {
        return empty(MetadataColumns.PROCEDURES);
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) {
        return empty(MetadataColumns.PROCEDURE_COLUMNS);
    }

    // ================================================================== concepts DataFusion does not have

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) {
        return empty(MetadataColumns.COLUMN_PRIVILEGES);
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) {
        return empty(MetadataColumns.TABLE_PRIVILEGES);
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable) {
        return empty(MetadataColumns.BEST_ROW_IDENTIFIER);
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) {
        return empty(MetadataColumns.VERSION_COLUMNS);
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) {
        return empty(MetadataColumns.UDTS);
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) {
        return empty(MetadataColumns.SUPER_TYPES);
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) {
        return empty(MetadataColumns.SUPER_TABLES);
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
                                   String attributeNamePattern) {
        return empty(MetadataColumns.ATTRIBUTES);
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
                                      String columnNamePattern) {
        return empty(MetadataColumns.PSEUDO_COLUMNS);
    }

    // ================================================================== type info, client info

    @Override
    public ResultSet getTypeInfo() {
        return result(MetadataColumns.TYPE_INFO, TypeInfoRows.rows());
    }

    @Override
    public ResultSet getClientInfoProperties() {
        List<Object[]> rows = List.of(
                new Object[] {"ApplicationName", CLIENT_INFO_MAX_LENGTH, "",
                        "Name of the application using the connection"},
                new Object[] {"ClientHostname", CLIENT_INFO_MAX_LENGTH, "",
                        "Host name of the computer the application runs on"},
                new Object[] {"ClientUser", CLIENT_INFO_MAX_LENGTH, "",
                        "Name of the user the application acts for, which may differ from the connection's user"});
        return result(MetadataColumns.CLIENT_INFO_PROPERTIES, rows);
    }

    // ================================================================== product and driver

    @Override
    public String getURL() {
        return url;
    }

    @Override
    public String getUserName() {
        return user;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection != null && connection.isReadOnly();
    }

    @Override
    public String getDatabaseProductName() {
        return PRODUCT_NAME;
    }

    @Override
    public String getDatabaseProductVersion() {
        String v = productVersion;
        if (v == null) {
            try {
                v = engineVersion.get();
            } catch (RuntimeException | LinkageError e) {
                v = null;
            }
            if (v == null || v.isBlank()) {
                v = "unknown";
            }
            productVersion = v;
        }
        return v;
    }

    @Override
    public int getDatabaseMajorVersion() {
        return versionPart(getDatabaseProductVersion(), 0);
    }

    @Override
    public int getDatabaseMinorVersion() {
        return versionPart(getDatabaseProductVersion(), 1);
    }

    /** The index-th dot-separated number of the first version-like token of {@code version}; 0 if none. */
    static int versionPart(String version, int index) {
        if (version == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?").matcher(version);
        if (!m.find()) {
            return 0;
        }
        String part = m.group(index + 1);
        if (part == null) {
            return 0;
        }
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getDriverName() {
        return DRIVER_NAME;
    }

    @Override
    public String getDriverVersion() {
        return DRIVER_VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return DRIVER_MAJOR_VERSION;
    }

    @Override
    public int getDriverMinorVersion() {
        return DRIVER_MINOR_VERSION;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 3;
    }

    @Override
    public int getSQLStateType() {
        return sqlStateSQL;
    }

    // ================================================================== identifiers and vocabulary

    @Override
    public boolean supportsMixedCaseIdentifiers() {
        return !identNormalization();
    }

    @Override
    public boolean storesUpperCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseIdentifiers() {
        return identNormalization();
    }

    @Override
    public boolean storesMixedCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public String getIdentifierQuoteString() {
        switch (dialect()) {
            case "mysql": case "hive": case "bigquery": case "databricks": case "spark": case "sparksql":
                return "`";
            default:
                return "\"";
        }
    }

    @Override
    public String getExtraNameCharacters() {
        switch (dialect()) {
            case "generic": case "mssql": return "#$@";
            case "mysql": return "$@";
            case "postgresql": case "postgres": case "duckdb": case "hive": case "snowflake": case "redshift":
                return "$";
            default: return "";
        }
    }

    @Override
    public String getSQLKeywords() {
        return SqlVocabulary.keywords();
    }

    private Set<String> engineFunctionNames() {
        try {
            return routineSnapshot().names();
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String getNumericFunctions() {
        return SqlVocabulary.present(SqlVocabulary.NUMERIC_FUNCTIONS, engineFunctionNames());
    }

    @Override
    public String getStringFunctions() {
        return SqlVocabulary.present(SqlVocabulary.STRING_FUNCTIONS, engineFunctionNames());
    }

    @Override
    public String getSystemFunctions() {
        return SqlVocabulary.present(SqlVocabulary.SYSTEM_FUNCTIONS, engineFunctionNames());
    }

    @Override
    public String getTimeDateFunctions() {
        return SqlVocabulary.present(SqlVocabulary.TIME_DATE_FUNCTIONS, engineFunctionNames());
    }

    @Override
    public String getSearchStringEscape() {
        return "\\";
    }

    @Override
    public String getSchemaTerm() {
        return "schema";
    }

    @Override
    public String getProcedureTerm() {
        return "procedure";
    }

    @Override
    public String getCatalogTerm() {
        return "catalog";
    }

    @Override
    public boolean isCatalogAtStart() {
        return true;
    }

    @Override
    public String getCatalogSeparator() {
        return ".";
    }

    // ================================================================== NULL handling and sorting

    @Override
    public boolean nullsAreSortedHigh() {
        return nullOrdering().equals("nulls_max");
    }

    @Override
    public boolean nullsAreSortedLow() {
        return nullOrdering().equals("nulls_min");
    }

    @Override
    public boolean nullsAreSortedAtStart() {
        return nullOrdering().equals("nulls_first");
    }

    @Override
    public boolean nullsAreSortedAtEnd() {
        return nullOrdering().equals("nulls_last");
    }

    @Override
    public boolean nullPlusNonNullIsNull() {
        return true;
    }

    // ================================================================== transactions (none)

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level) {
        return level == Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() {
        return false;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return false;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() {
        return false;
    }

    @Override
    public boolean supportsMultipleTransactions() {
        return true;
    }

    @Override
    public boolean supportsSavepoints() {
        return false;
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() {
        return false;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() {
        return false;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() {
        return true;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() {
        return false;
    }

    // ================================================================== SQL features

    @Override
    public boolean allProceduresAreCallable() {
        return true; // getProcedures lists none
    }

    @Override
    public boolean allTablesAreSelectable() {
        return true; // no privileges
    }

    @Override
    public boolean usesLocalFiles() {
        return false;
    }

    @Override
    public boolean usesLocalFilePerTable() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() {
        return false;
    }

    @Override
    public boolean supportsColumnAliasing() {
        return true;
    }

    @Override
    public boolean supportsConvert() {
        return false;
    }

    @Override
    public boolean supportsConvert(int fromType, int toType) {
        return false;
    }

    @Override
    public boolean supportsTableCorrelationNames() {
        return true;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() {
        return false;
    }

    @Override
    public boolean supportsExpressionsInOrderBy() {
        return true;
    }

    @Override
    public boolean supportsOrderByUnrelated() {
        return true;
    }

    @Override
    public boolean supportsGroupBy() {
        return true;
    }

    @Override
    public boolean supportsGroupByUnrelated() {
        return true;
    }

    @Override
    public boolean supportsGroupByBeyondSelect() {
        return true;
    }

    @Override
    public boolean supportsLikeEscapeClause() {
        return true;
    }

    @Override
    public boolean supportsMultipleResultSets() {
        return false;
    }

    @Override
    public boolean supportsNonNullableColumns() {
        return true;
    }

    @Override
    public boolean supportsMinimumSQLGrammar() {
        return true;
    }

    @Override
    public boolean supportsCoreSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsExtendedSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() {
        return true;
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92FullSQL() {
        return false;
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() {
        return false;
    }

    @Override
    public boolean supportsOuterJoins() {
        return true;
    }

    @Override
    public boolean supportsFullOuterJoins() {
        return true;
    }

    @Override
    public boolean supportsLimitedOuterJoins() {
        return true;
    }

    @Override
    public boolean supportsSchemasInDataManipulation() {
        return true;
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() {
        return true;
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() {
        return true;
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() {
        return true;
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsPositionedDelete() {
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate() {
        return false;
    }

    @Override
    public boolean supportsSelectForUpdate() {
        return false;
    }

    @Override
    public boolean supportsStoredProcedures() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons() {
        return true;
    }

    @Override
    public boolean supportsSubqueriesInExists() {
        return true;
    }

    @Override
    public boolean supportsSubqueriesInIns() {
        return true;
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() {
        return true;
    }

    @Override
    public boolean supportsCorrelatedSubqueries() {
        return true;
    }

    @Override
    public boolean supportsUnion() {
        return true;
    }

    @Override
    public boolean supportsUnionAll() {
        return true;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() {
        return false;
    }

    // ================================================================== limits (0 = none known)

    @Override
    public int getMaxBinaryLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxCharLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxColumnNameLength() {
        return 0;
    }

    @Override
    public int getMaxColumnsInGroupBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInIndex() {
        return 0;
    }

    @Override
    public int getMaxColumnsInOrderBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInSelect() {
        return 0;
    }

    @Override
    public int getMaxColumnsInTable() {
        return 0;
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public int getMaxCursorNameLength() {
        return 0;
    }

    @Override
    public int getMaxIndexLength() {
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength() {
        return 0;
    }

    @Override
    public int getMaxProcedureNameLength() {
        return 0;
    }

    @Override
    public int getMaxCatalogNameLength() {
        return 0;
    }

    @Override
    public int getMaxRowSize() {
        return 0;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() {
        return false;
    }

    @Override
    public int getMaxStatementLength() {
        return 0;
    }

    @Override
    public int getMaxStatements() {
        return 0;
    }

    @Override
    public int getMaxTableNameLength() {
        return 0;
    }

    @Override
    public int getMaxTablesInSelect() {
        return 0;
    }

    @Override
    public int getMaxUserNameLength() {
        return 0;
    }

    @Override
    public long getMaxLogicalLobSize() {
        return 0;
    }

    // ================================================================== result sets and statements

    @Override
    public boolean supportsResultSetType(int type) {
        return type == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency) {
        return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean ownUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean updatesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean deletesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean insertsAreDetected(int type) {
        return false;
    }

    @Override
    public boolean supportsBatchUpdates() {
        return true;
    }

    @Override
    public boolean supportsNamedParameters() {
        return false;
    }

    @Override
    public boolean supportsMultipleOpenResults() {
        return false;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned() {
        return false;
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability) {
        return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getResultSetHoldability() {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean locatorsUpdateCopy() {
        return false;
    }

    @Override
    public boolean supportsStatementPooling() {
        return false;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public boolean supportsRefCursors() {
        return false;
    }

    @Override
    public boolean supportsSharding() {
        return false;
    }

    // ================================================================== wrapper

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface != null && iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface, "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface != null && iface.isInstance(this);
    }
}
