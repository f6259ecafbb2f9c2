package io.dfschema.engine;

/**
 * The JNI entry points of {@code libdfschema_native}. Every handle is an opaque
 * pointer owned by exactly one Java object ({@link Session}, {@link LogicalPlanHandle},
 * {@link BatchStream}, {@link CancelToken}) that frees it once. Every method may throw
 * {@link EngineException}; none of them lets a Rust panic through.
 *
 * <p>Package-private: callers use the typed wrappers, which guard against use after close.
 */
final class NativeBridge {
    private NativeBridge() {}

    static {
        NativeLibrary.load();
    }

    /** Opens a session with information_schema enabled; keys are DataFusion config keys. */
    static native long sessionOpen(String[] keys, String[] values);

    static native void sessionClose(long session);

    /** Plans one SQL statement without running it (no side effects, DDL included). */
    static native long sessionPlan(long session, String sql, long cancelToken);

    /**
     * Plans one SQL statement and, if it is a query that startQueries allows (and, when readOnly, does not
     * write), starts it too: {kind, plan handle, stream handle}, one handle 0. The query run last with the same
     * text, batch size and catalogVersion reuses its optimized plan.
     */
    static native long[] sessionPlanAndStart(long session, String sql, long cancelToken, int batchSize,
                                             boolean startQueries, boolean readOnly, long catalogVersion);

    /** Current value of a DataFusion setting, or null if unknown. */
    static native String sessionGetOption(long session, String key);

    static native byte[] planSchema(long plan);

    /** Parameter types of $1..$n as a schema (fields named "$1" ...; type NULL when unknown). */
    static native byte[] planParameterTypes(long plan);

    /** What the plan is: see {@link PlanKind}. */
    static native int planKind(long plan);

    /** A new plan projecting a query's result onto columns flattened name/type/nullable, under an evolution mode. */
    static native long planProjectTo(long plan, String[] columns, String mode);

    /** Whether running the plan may change data, the catalog or files anywhere in it (EXPLAIN ANALYZE INSERT does). */
    static native boolean planWrites(long plan);

    static native void planFree(long plan);

    /**
     * Runs the plan with the given parameter values (see {@link ParameterEncoder}) and
     * returns a stream handle. DDL and SET run to completion here.
     */
    static native long planExecute(long session, long plan, byte[] params, long cancelToken, int batchSize);

    /** Next batch in the wire format, or null when the stream is done. */
    static native byte[] streamNext(long stream);

    static native byte[] streamSchema(long stream);

    /** Moves the rest of the stream into an ArrowArrayStream struct at the given address. */
    static native void streamExportArrow(long stream, long arrowArrayStreamAddress);

    static native void streamClose(long stream);

    static native long cancelTokenNew();

    static native void cancelTokenCancel(long token);

    static native void cancelTokenReset(long token);

    static native void cancelTokenFree(long token);

    /** [live sessions, live plans, live streams, live cancel tokens, live heap bytes, live catalog objects,
     *  live dataset sets]. */
    static native long[] stats();

    /** Panics inside a guarded native call; tests use it to prove a panic never crosses JNI. */
    static native void debugPanic(String message);

    /** Adds {@code dfschema_debug_panic(text)} to the session: a function that panics while a query runs. */
    static native void debugAddPanicFunction(long session);

    /** Engine version (the datafusion crate's). */
    static native String engineVersion();

    // ---- contract catalogs (native/src/catalog.rs, native/src/diagnostics.rs)

    /** head = catalog, schema, name, format, location, fileExtension ("" = format default); columns flattened
     *  name/type/nullable; options and settings flattened key/value; sortKeys flattened column/"ASC"|"DESC"/
     *  "NULLS FIRST"|"NULLS LAST"; evolution flattened kind/name/value (EvolutionRules); flags 1 unbounded, 2 cache, 4 mutable, 8 checkDrift,
     *  16 strictPartitions. */
    /** A new, empty dataset set (see DatasetSet). */
    static native long datasetSetNew();

    /** Adds a dataset (arguments as for sessionRegisterDataset) under its name and aliases; the session only checks
     *  the format and settings. */
    static native void datasetSetAdd(long set, long session, String[] head, String[] columns, String[] partitionColumns,
                                     String[] options, String[] settings, String[] sortKeys, String[] evolution,
                                     int flags, String[] aliases);

    /** Rows (JSON lines) every mount appends to an append-only table, timeColumn set to the mount's time. */
    static native void datasetSetRows(long set, String catalog, String schema, String table, String jsonLines,
                                      String timeColumn);

    static native void datasetSetFree(long set);

    /** Makes the set's datasets known to the session and appends the set's rows; millis stamps them. */
    static native void sessionMountDatasetSet(long session, long set, long millis);

    static native void sessionRegisterDataset(long session, String[] head, String[] columns, String[] partitionColumns,
                                              String[] options, String[] settings, String[] sortKeys,
                                              String[] evolution, int flags);

    /** Builds a lazily registered dataset now; throws what a query referencing it would. */
    static native void sessionResolveDataset(long session, String catalog, String schema, String name, long cancelToken);

    /** The files' columns (partition columns excluded) flattened name/type/nullable. Same arguments as register. */
    static native String[] sessionInferSchema(long session, String[] head, String[] partitionColumns, String[] options,
                                              String[] settings, long cancelToken);

    /** Events since the last call, 9 strings each (see CatalogEvent; partition checks and adapter events flattened
     *  with U+001F between fields and U+001E between rows; millis as decimal text; adapter events last). */
    static native String[] sessionDrainCatalogEvents(long session);

    /** A table SQL can read but not change; its schema and catalog are created when missing. */
    static native void sessionCreateAppendOnlyTable(long session, String catalog, String schema, String name,
                                                    String[] columns);

    /** A contract view that failed its check: listed with {@code columns}, failing with 42P17 and {@code reason} when read. */
    static native void sessionRegisterBrokenView(long session, String catalog, String schema, String name,
                                                 String[] columns, String reason, String definition);

    /** Appends newline-separated JSON objects (keys = column names) to an append-only table. */
    static native void sessionAppendJsonRows(long session, String catalog, String schema, String name, String jsonLines);

    /** Constraints of a table, flattened kind ("PRIMARY KEY"|"UNIQUE") / columns joined with U+0000. */
    static native String[] sessionTableConstraints(long session, String catalog, String schema, String table);

    /** Column defaults of a table in column order, flattened column / SQL text of the default expression. */
    static native String[] sessionColumnDefaults(long session, String catalog, String schema, String table);

    /** Flattened {@link Session#ordinaryTables()}. */
    static native String[] sessionOrdinaryTables(long session);
}
