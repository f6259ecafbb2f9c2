package io.dfschema.engine;

import java.util.List;

/**
 * A planned statement, not yet run: its output schema and parameter types are known
 * before execution, and it can be executed any number of times with different
 * parameter values (the lazy data frame of datafusion-java's shape).
 */
public final class LogicalPlanHandle implements AutoCloseable {
    private final Session session;
    private long handle;
    private List<ArrowField> schema;
    private List<ArrowField> parameterTypes;
    private PlanKind kind;

    LogicalPlanHandle(Session session, long handle) {
        this.session = session;
        this.handle = handle;
    }

    private synchronized long handle() {
        if (handle == 0) {
            throw new EngineException("HY010", "plan is closed");
        }
        return handle;
    }

    public synchronized List<ArrowField> schema() {
        if (schema == null) {
            schema = SchemaDecoder.decode(NativeBridge.planSchema(handle()));
        }
        return schema;
    }

    /** Types of $1..$n, in order; a parameter the planner could not type has TypeId NULL. */
    public synchronized List<ArrowField> parameterTypes() {
        if (parameterTypes == null) {
            parameterTypes = SchemaDecoder.decode(NativeBridge.planParameterTypes(handle()));
        }
        return parameterTypes;
    }

    public synchronized PlanKind kind() {
        if (kind == null) {
            kind = PlanKind.of(NativeBridge.planKind(handle()));
        }
        return kind;
    }

    /**
     * A new plan: this query with its result projected onto {@code requested} (columns by name, cast as the
     * evolution {@code mode} allows, missing nullable columns NULL, extra ones dropped). Refused with 42804,
     * naming each column, when the result does not fit. This plan stays open and unchanged.
     */
    public LogicalPlanHandle projectTo(List<FieldDecl> requested, String mode) {
        return new LogicalPlanHandle(session,
                NativeBridge.planProjectTo(handle(), FieldDecls.flatten(requested), mode));
    }

    /**
     * Whether running the plan may change data, the catalog or files, anywhere in it: true for DDL, DML
     * and COPY, and for queries that run one ({@code EXPLAIN ANALYZE INSERT ...}, {@code EXECUTE} of a
     * prepared INSERT).
     */
    public synchronized boolean writes() {
        return NativeBridge.planWrites(handle());
    }

    /**
     * Runs the plan. DDL and SET take effect here; queries start streaming.
     *
     * @param params    encoded parameter values, or null for none
     * @param batchSize rows per batch the stream should aim for; 0 for the session default
     */
    public BatchStream execute(byte[] params, CancelToken cancel, int batchSize) {
        long h = handle();
        return new BatchStream(session, cancel,
                NativeBridge.planExecute(session.handle(), h, params, cancel.handle(), batchSize));
    }

    @Override
    public synchronized void close() {
        if (handle != 0) {
            NativeBridge.planFree(handle);
            handle = 0;
        }
    }
}
