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

    /** Current value of a DataFusion setting, or null if unknown. */
    static native String sessionGetOption(long session, String key);

    static native byte[] planSchema(long plan);

    /** Parameter types of $1..$n as a schema (fields named "$1" ...; type NULL when unknown). */
    static native byte[] planParameterTypes(long plan);

    /** What the plan is: see {@link PlanKind}. */
    static native int planKind(long plan);

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

    /** [live sessions, live plans, live streams, live cancel tokens, live heap bytes]. */
    static native long[] stats();

    /** Panics inside a guarded native call; tests use it to prove a panic never crosses JNI. */
    static native void debugPanic(String message);

    /** Engine version (the datafusion crate's). */
    static native String engineVersion();
}
