package io.dfschema.engine;

/**
 * Live native objects and heap bytes, for leak tests and diagnostics.
 *
 * @param catalogObjects contract schemas, lazily registered datasets and append-only tables still alive;
 *                       zero once every session that made them is closed (nothing keeps a closed session alive)
 * @param datasetSets    {@link DatasetSet}s not yet closed (prepared catalogs outlive the sessions that mount them)
 * @param datasetBuilds  build attempts of lazily registered datasets since the library was loaded, in every
 *                       session (a running total): metadata lookups leave it unchanged, a first query of a
 *                       dataset adds one
 */
public record NativeStats(long sessions, long plans, long streams, long cancelTokens, long heapBytes,
                          long catalogObjects, long datasetSets, long datasetBuilds) {
    public static NativeStats read() {
        long[] s = NativeBridge.stats();
        return new NativeStats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
    }

    /** Raises a Rust panic inside a native call, which must arrive here as an EngineException (XX000). */
    public static void debugPanic(String message) {
        NativeBridge.debugPanic(message);
    }

    /**
     * Adds {@code dfschema_debug_panic(text)} to {@code session}: a function that panics on an engine thread
     * while a query runs, which must arrive as an EngineException (XX000) and leave the session usable.
     */
    public static void debugAddPanicFunction(Session session) {
        NativeBridge.debugAddPanicFunction(session.handle());
    }

    public static String engineVersion() {
        return NativeBridge.engineVersion();
    }
}
