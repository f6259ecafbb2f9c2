package io.dfschema.engine;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One DataFusion session (a {@code SessionContext}) with information_schema enabled.
 * Shaped like datafusion-java's SessionContext: {@link #sql} gives a lazy plan that is
 * executed into an Arrow-backed {@link BatchStream}.
 *
 * <p>Thread-safe: DataFusion sessions accept concurrent planning and execution.
 * {@link #close()} must only run once nothing else uses the session; the driver's
 * connection ensures that by closing its statements first. Result streams the session started
 * and nobody closed are closed with it, so none outlives its session.
 */
public final class Session implements AutoCloseable {
    private final Object lock = new Object();
    private final Set<BatchStream> openStreams = ConcurrentHashMap.newKeySet();
    private long handle;

    private Session(long handle) {
        this.handle = handle;
    }

    /** Opens a session; {@code settings} are DataFusion config keys such as "datafusion.execution.batch_size". */
    public static Session open(Map<String, String> settings) {
        String[] keys = settings.keySet().toArray(new String[0]);
        String[] values = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = settings.get(keys[i]);
        }
        return new Session(NativeBridge.sessionOpen(keys, values));
    }

    long handle() {
        synchronized (lock) {
            if (handle == 0) {
                throw new EngineException("08003", "session is closed");
            }
            return handle;
        }
    }

    public boolean isClosed() {
        synchronized (lock) {
            return handle == 0;
        }
    }

    /** Plans one statement without running it. */
    public LogicalPlanHandle sql(String sql, CancelToken cancel) {
        return new LogicalPlanHandle(this, NativeBridge.sessionPlan(handle(), sql, cancel.handle()));
    }

    /**
     * A statement planned by {@link #planAndStart}: either its plan, not run, or the query it started
     * (the other is null). The caller owns whichever it got.
     */
    public record Started(PlanKind kind, LogicalPlanHandle plan, BatchStream stream) {}

    /**
     * Plans one statement and, when it is a query that {@code startQueries} allows and that does not write
     * on a {@code readOnly} connection, starts it in the same native call, as {@link LogicalPlanHandle#execute}
     * would; anything else comes back as its plan, not run. A small query then costs one hand-off to the
     * engine's threads instead of several (docs/benchmarks.md).
     *
     * @param catalogVersion a number the caller changes whenever the session's tables or settings may have
     *                       changed (DDL, SET): the query run last with the same text, batch size and number
     *                       runs its optimized plan again instead of being planned anew
     */
    public Started planAndStart(String sql, CancelToken cancel, int batchSize, boolean startQueries, boolean readOnly,
                                long catalogVersion) {
        long[] out = NativeBridge.sessionPlanAndStart(handle(), sql, cancel.handle(), batchSize, startQueries, readOnly,
                catalogVersion);
        PlanKind kind = PlanKind.of((int) out[0]);
        return out[1] != 0
                ? new Started(kind, new LogicalPlanHandle(this, out[1]), null)
                : new Started(kind, null, new BatchStream(this, cancel, out[2]));
    }

    /** A setting's current value, or null if the key is unknown. */
    public String option(String key) {
        return NativeBridge.sessionGetOption(handle(), key);
    }

    // ------------------------------------------------------------ contract catalogs

    /**
     * Registers a file dataset lazily: nothing is read until a query references it. A table of the
     * same name must not exist yet.
     */
    public void registerDataset(DatasetRegistration r) {
        NativeBridge.sessionRegisterDataset(handle(), r.head(), r.flatColumns(), r.partitionColumns().toArray(new String[0]),
                DatasetRegistration.flatMap(r.options()), DatasetRegistration.flatMap(r.settings()), r.flatSortOrder(),
                r.flatEvolution(), r.flags());
    }

    /**
     * Makes every dataset of {@code set} known to this session, in time that does not grow with their number,
     * and appends the set's diagnostic rows stamped {@code millis} (epoch milliseconds).
     */
    public void mountDatasetSet(DatasetSet set, long millis) {
        NativeBridge.sessionMountDatasetSet(handle(), set.handle(), millis);
    }

    /** Builds a registered dataset now, running its drift check; throws what a query referencing it would. */
    public void resolveDataset(String catalog, String schema, String name, CancelToken cancel) {
        NativeBridge.sessionResolveDataset(handle(), catalog, schema, name, cancel.handle());
    }

    /** The columns the engine infers from a dataset's files (partition columns excluded); registers nothing. */
    public java.util.List<FieldDecl> inferSchema(DatasetRegistration r, CancelToken cancel) {
        return FieldDecls.unflatten(NativeBridge.sessionInferSchema(handle(), r.head(),
                r.partitionColumns().toArray(new String[0]), DatasetRegistration.flatMap(r.options()),
                DatasetRegistration.flatMap(r.settings()), cancel.handle()));
    }

    /** What happened to lazily registered datasets since the last call, oldest first. */
    public java.util.List<CatalogEvent> drainCatalogEvents() {
        String[] flat = NativeBridge.sessionDrainCatalogEvents(handle());
        java.util.List<CatalogEvent> out = new java.util.ArrayList<>(flat.length / 9);
        for (int i = 0; i + 8 < flat.length; i += 9) {
            out.add(new CatalogEvent(flat[i], flat[i + 1], flat[i + 2], flat[i + 3], flat[i + 4], flat[i + 5],
                    PartitionFinding.parse(flat[i + 6]), Long.parseLong(flat[i + 7]), AdapterEvent.parse(flat[i + 8])));
        }
        return out;
    }

    /** Creates a table that SQL can read but not change (INSERT, DELETE, DROP are refused). */
    public void createAppendOnlyTable(String catalog, String schema, String name, java.util.List<FieldDecl> columns) {
        NativeBridge.sessionCreateAppendOnlyTable(handle(), catalog, schema, name, FieldDecls.flatten(columns));
    }

    /**
     * Puts a contract view that failed its check in the catalog with its declared {@code columns}: browsing lists
     * and describes it, and any query that reads it fails with SQLState 42P17 and {@code reason}.
     *
     * @param definition the view's SQL as information_schema.views should show it, or null
     */
    public void registerBrokenView(String catalog, String schema, String name, java.util.List<FieldDecl> columns,
                                   String reason, String definition) {
        NativeBridge.sessionRegisterBrokenView(handle(), catalog, schema, name, FieldDecls.flatten(columns), reason,
                definition);
    }

    /** Appends rows given as newline-separated JSON objects to a table made by {@link #createAppendOnlyTable}. */
    public void appendJsonRows(String catalog, String schema, String name, String jsonLines) {
        NativeBridge.sessionAppendJsonRows(handle(), catalog, schema, name, jsonLines);
    }

    /**
     * The primary key and unique constraints the engine keeps for a table; empty when it has none, and for a
     * registered dataset that no query has referenced yet (looking it up does not read its files).
     */
    public java.util.List<TableConstraintInfo> tableConstraints(String catalog, String schema, String table) {
        String[] flat = NativeBridge.sessionTableConstraints(handle(), catalog, schema, table);
        java.util.List<TableConstraintInfo> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            TableConstraintInfo.Kind kind = flat[i].equals("PRIMARY KEY")
                    ? TableConstraintInfo.Kind.PRIMARY_KEY : TableConstraintInfo.Kind.UNIQUE;
            out.add(new TableConstraintInfo(kind, java.util.List.of(flat[i + 1].split("\u0000", -1))));
        }
        return out;
    }

    /**
     * The default expressions the engine keeps for a table's columns ({@code CREATE TABLE ... DEFAULT}), as SQL
     * text, in column order; columns without a default are absent. Empty for a registered dataset that no query
     * has referenced yet (looking it up does not read its files).
     */
    public java.util.Map<String, String> columnDefaults(String catalog, String schema, String table) {
        String[] flat = NativeBridge.sessionColumnDefaults(handle(), catalog, schema, table);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            out.put(flat[i], flat[i + 1]);
        }
        return out;
    }

    /**
     * A table as {@link #ordinaryTables()} lists it.
     *
     * @param definition the SQL that defined it (a view's {@code CREATE VIEW}), or null
     */
    public record OrdinaryTable(String catalog, String schema, String name, String definition, java.util.List<FieldDecl> columns) {
        public OrdinaryTable {
            columns = java.util.List.copyOf(columns);
        }
    }

    /**
     * Every table except the lazily registered datasets (and information_schema's own tables), with its
     * columns as the engine has them: views, {@code CREATE TABLE}s, the diagnostics tables. Nothing is
     * built; a catalog of thousands of datasets costs no more than one of none.
     */
    public java.util.List<OrdinaryTable> ordinaryTables() {
        String[] flat = NativeBridge.sessionOrdinaryTables(handle());
        java.util.List<OrdinaryTable> out = new java.util.ArrayList<>();
        int i = 0;
        while (i + 5 <= flat.length) {
            String definition = flat[i + 3].equals("\u0000") ? null : flat[i + 3];
            int n = Integer.parseInt(flat[i + 4]);
            java.util.List<FieldDecl> columns = new java.util.ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                int at = i + 5 + 3 * c;
                columns.add(new FieldDecl(flat[at], flat[at + 1], flat[at + 2].equals("true")));
            }
            out.add(new OrdinaryTable(flat[i], flat[i + 1], flat[i + 2], definition, columns));
            i += 5 + 3 * n;
        }
        return out;
    }

    @Override
    public void close() {
        for (BatchStream s : openStreams) {
            s.closeWithSession();
        }
        synchronized (lock) {
            if (handle != 0) {
                NativeBridge.sessionClose(handle);
                handle = 0;
            }
        }
    }

    void track(BatchStream s) {
        openStreams.add(s);
    }

    void untrack(BatchStream s) {
        openStreams.remove(s);
    }

    /** Result streams started here and not closed yet. */
    public int openStreams() {
        return openStreams.size();
    }
}
