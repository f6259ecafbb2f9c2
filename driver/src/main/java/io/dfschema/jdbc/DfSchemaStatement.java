package io.dfschema.jdbc;

import io.dfschema.engine.BatchStream;
import io.dfschema.engine.CancelToken;
import io.dfschema.engine.EngineException;
import io.dfschema.engine.FieldDecl;
import io.dfschema.engine.LogicalPlanHandle;
import io.dfschema.engine.PlanKind;
import io.dfschema.engine.Session;
import io.dfschema.engine.vector.Batch;
import io.dfschema.jdbc.accessor.Accessor;
import io.dfschema.jdbc.accessor.Accessors;
import io.dfschema.metadata.catalog.ContractSession;
import io.dfschema.metadata.contract.EvolutionMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JDBC statement: plans SQL on the connection's session, runs it under its own cancel
 * token and exposes the outcome (a streaming result set or an update count).
 *
 * <p>Threading: executions are serialised on the statement; {@link #cancel()} and
 * {@link #close()} may come from any thread and interrupt a running execution or fetch.
 */
public class DfSchemaStatement implements Statement {
    protected final DfSchemaConnection connection;
    private final CancelToken cancelToken;
    private final Object executionLock = new Object();
    private final List<String> batch = new ArrayList<>();
    private volatile boolean closed;
    private volatile boolean timedOut;
    /** Numbers executions; a cancel applies to the execution that was current when it came. */
    private final AtomicLong execution = new AtomicLong();
    private volatile long cancelledExecution = -1;
    private DfSchemaResultSet result;
    private long updateCount = -1;
    private int fetchSize;
    private int queryTimeout;
    private long maxRows;
    private int maxFieldSize;
    private boolean closeOnCompletion;
    private boolean poolable;
    private SQLWarning warnings;
    private ScheduledFuture<?> timeoutTask;

    DfSchemaStatement(DfSchemaConnection connection) throws SQLException {
        this.connection = connection;
        this.cancelToken = SqlErrors.call(CancelToken::new);
        this.fetchSize = connection.config().intValue(ConnectionProperty.FETCH_SIZE);
        this.queryTimeout = connection.config().intValue(ConnectionProperty.QUERY_TIMEOUT);
        try {
            connection.register(this);
        } catch (SQLException e) {
            cancelToken.close();
            throw e;
        }
    }

    // ------------------------------------------------------------------ execution

    /**
     * Starts an execution. Planning and running each reset the cancel token (a token cancelled by an
     * earlier execution must not stop this one), so a cancel is remembered by execution number too: one
     * that came while this execution was still planning is applied again after the run's reset.
     */
    void beginExecution() {
        execution.incrementAndGet();
    }

    /** Clears the token for the next phase of the current execution, keeping a cancel made during it. */
    private void armCancelToken() throws SQLException {
        cancelToken.reset();
        if (closed) { // a close() from another thread cancelled before the reset: honour it
            throw SqlErrors.of(SqlErrors.INVALID_STATE, "statement is closed");
        }
        if (cancelledExecution == execution.get()) {
            cancelToken.cancel();
        }
    }

    /** An engine call made under the statement's cancel token and query timer. */
    private interface EngineCall<T> {
        T call() throws SQLException;
    }

    /**
     * Makes {@code call} with the cancel token armed and the query timer running, engine errors turned into
     * SQLExceptions (a timeout if the timer fired). The timer stops after the call unless the call set a new
     * result set, which stops it when it ends.
     */
    private <T> T timed(EngineCall<T> call) throws SQLException {
        DfSchemaResultSet before = result;
        armCancelToken();
        timedOut = false;
        startTimer();
        try {
            return call.call();
        } catch (EngineException e) {
            throw translate(e);
        } finally {
            if (result == null || result == before) {
                stopTimer();
            }
            // Planning builds the datasets whose columns must be inferred, and a run the datasets planned from
            // their declared columns (when their scans are planned): record what happened now.
            connection.drainCatalogEvents();
        }
    }

    /** Plans {@code sql} under the query timeout; the caller owns the returned plan. */
    LogicalPlanHandle plan(String sql) throws SQLException {
        synchronized (executionLock) {
            checkOpen();
            return timed(() -> connection.session().sql(sql, cancelToken));
        }
    }

    /**
     * Plans {@code sql} and, when it is a query this execution may run, starts it in the same native call
     * (one hand-off to the engine instead of several; docs/benchmarks.md), setting the result. Returns null
     * then; otherwise the plan, not run, for {@link #run} to check and run (the caller owns it).
     */
    private LogicalPlanHandle planOrStart(String sql, Expect expect) throws SQLException {
        synchronized (executionLock) {
            checkOpen();
            closeResult();
            updateCount = -1;
            return timed(() -> {
                Session.Started started = connection.session().planAndStart(sql, cancelToken, fetchSize,
                        expect != Expect.COUNT, connection.readOnly(), connection.schemaVersion());
                if (started.plan() != null) {
                    return started.plan();
                }
                result = new DfSchemaResultSet(this, started.stream(), maxRows);
                return null;
            });
        }
    }

    /**
     * Runs a plan and records its outcome. Returns true when it produced a result set.
     *
     * @param expect QUERY for executeQuery, UPDATE_COUNT for executeUpdate, null for execute
     */
    boolean run(LogicalPlanHandle plan, byte[] params, Expect expect) throws SQLException {
        synchronized (executionLock) {
            checkOpen();
            closeResult();
            updateCount = -1;
            PlanKind kind = SqlErrors.call(plan::kind);
            expect.check(kind);
            if (connection.readOnly() && (kind != PlanKind.QUERY || SqlErrors.call(plan::writes))) {
                throw SqlErrors.of("25006", "the connection is read-only: only queries may run");
            }
            return timed(() -> {
                BatchStream stream = plan.execute(params, cancelToken, fetchSize);
                switch (kind) {
                    case QUERY -> {
                        result = new DfSchemaResultSet(this, stream, maxRows);
                        return true;
                    }
                    case UPDATE_COUNT -> updateCount = readCount(stream);
                    case EFFECT -> {
                        drain(stream);
                        updateCount = 0;
                        connection.schemaChanged();
                    }
                }
                return false;
            });
        }
    }

    /** The count row that DML and COPY return. */
    private static long readCount(BatchStream stream) {
        try (stream) {
            long total = 0;
            for (Batch b = stream.next(); b != null; b = stream.next()) {
                Accessor count = Accessors.forColumn(stream.schema().get(0), b.columns().get(0));
                for (int r = 0; r < b.rowCount(); r++) {
                    try {
                        total += count.getLong(r);
                    } catch (SQLException e) {
                        throw new EngineException(e.getSQLState(), e.getMessage());
                    }
                }
            }
            return total;
        }
    }

    private static void drain(BatchStream stream) {
        try (stream) {
            while (stream.next() != null) {
                // DDL yields no rows; reading to the end lets the engine finish.
            }
        }
    }

    /** An engine error as the user should see it: a timeout if our timer fired. */
    SQLException translate(EngineException e) {
        if (timedOut && SqlErrors.CANCELLED.equals(e.sqlState())) {
            return SqlErrors.timeout(queryTimeout);
        }
        return SqlErrors.of(e);
    }

    private void startTimer() {
        if (queryTimeout > 0) {
            timeoutTask = QueryTimer.schedule(queryTimeout, () -> {
                timedOut = true;
                cancelToken.cancel();
            });
        }
    }

    private void stopTimer() {
        ScheduledFuture<?> t = timeoutTask;
        if (t != null) {
            t.cancel(false);
            timeoutTask = null;
        }
    }

    /** Called by the result set when it reaches its end. */
    void resultFinished(DfSchemaResultSet rs) {
        stopTimer();
    }

    /** Called by the result set when it is closed. */
    void resultClosed(DfSchemaResultSet rs) {
        stopTimer();
        boolean closeNow;
        synchronized (this) {
            if (result == rs) {
                result = null;
            }
            closeNow = closeOnCompletion;
        }
        if (closeNow) {
            try {
                close();
            } catch (SQLException ignored) {
                // closing on completion is best effort
            }
        }
    }

    private void closeResult() throws SQLException {
        DfSchemaResultSet rs;
        synchronized (this) {
            rs = result;
            result = null;
        }
        if (rs != null) {
            boolean saved = closeOnCompletion;
            closeOnCompletion = false; // replacing a result is not completion
            try {
                rs.close();
            } finally {
                closeOnCompletion = saved;
            }
        }
    }

    enum Expect {
        ANY, ROWS, COUNT;

        void check(PlanKind kind) throws SQLException {
            if (this == ROWS && kind != PlanKind.QUERY) {
                throw SqlErrors.of(SqlErrors.NO_RESULT_SET, "the statement does not return a result set; use executeUpdate or execute");
            }
            if (this == COUNT && kind == PlanKind.QUERY) {
                throw SqlErrors.of("0100D", "the statement returns a result set; use executeQuery or execute");
            }
        }
    }

    private boolean executeSql(String sql, Expect expect) throws SQLException {
        if (sql == null) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "SQL must not be null");
        }
        beginExecution();
        try (LogicalPlanHandle plan = planOrStart(sql, expect)) {
            if (plan == null) {
                return true;
            }
            boolean rows = run(plan, null, expect);
            if (!rows) {
                ExternalTableDdl ddl = ExternalTableDdl.parse(sql);
                if (ddl != null) {
                    connection.recordExternalTable(ddl, sql);
                }
            }
            return rows;
        }
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        executeSql(sql, Expect.ROWS);
        // Not the field as it is: a close() from another thread may have taken the result already, and
        // executeQuery must then fail (checkOpen) rather than return null (found by the soak).
        return getResultSet();
    }

    /**
     * Runs a query with its result in the declared columns of contract view {@code view} ({@code name} or
     * {@code schema.name}): columns matched by name and cast as the connection's evolution mode allows
     * (compatible unless the {@code evolution} property says otherwise), so the JDBC types follow the contract
     * even when files drift. A result that does not fit is refused with 42804 naming each column.
     */
    public ResultSet executeQueryAs(String sql, String view) throws SQLException {
        ContractSession contracts = connection.unwrap(ContractSession.class);
        List<FieldDecl> columns = contracts.viewColumns(view);
        if (columns.isEmpty()) {
            throw SqlErrors.of("42P01", "no loaded contract declares columns for view '" + view + "'");
        }
        EvolutionMode mode = contracts.evolutionOverride();
        return executeQueryAs(sql, columns, (mode == null ? EvolutionMode.COMPATIBLE : mode).yamlName());
    }

    /**
     * Runs a query with its result projected onto {@code columns} (engine types) under evolution {@code mode}
     * ({@code strict}, {@code compatible} or {@code lenient}); see {@link #executeQueryAs(String, String)}.
     */
    public ResultSet executeQueryAs(String sql, List<FieldDecl> columns, String mode) throws SQLException {
        if (sql == null) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "SQL must not be null");
        }
        beginExecution();
        try (LogicalPlanHandle plan = plan(sql); LogicalPlanHandle projected = project(plan, columns, mode)) {
            run(projected, null, Expect.ROWS);
            return result;
        }
    }

    private LogicalPlanHandle project(LogicalPlanHandle plan, List<FieldDecl> columns, String mode)
            throws SQLException {
        try {
            return plan.projectTo(columns, mode);
        } catch (EngineException e) {
            throw translate(e);
        }
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return toIntCount(executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        executeSql(sql, Expect.COUNT);
        return updateCount;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return executeSql(sql, Expect.ANY);
    }

    static int toIntCount(long count) {
        return count > Integer.MAX_VALUE ? SUCCESS_NO_INFO : (int) count;
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        return executeLargeUpdate(sql);
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return execute(sql);
    }

    @Override
    public synchronized ResultSet getResultSet() throws SQLException {
        checkOpen();
        return result;
    }

    @Override
    public synchronized int getUpdateCount() throws SQLException {
        checkOpen();
        return updateCount < 0 ? -1 : toIntCount(updateCount);
    }

    @Override
    public synchronized long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return updateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        closeResult();
        synchronized (this) {
            updateCount = -1;
        }
        return false;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        return EmptyResults.generatedKeys();
    }

    // ------------------------------------------------------------------ batches

    @Override
    public synchronized void addBatch(String sql) throws SQLException {
        checkOpen();
        batch.add(sql);
    }

    @Override
    public synchronized void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] out = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = toIntCount(counts[i]);
        }
        return out;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        List<String> todo;
        synchronized (this) {
            checkOpen();
            todo = new ArrayList<>(batch);
            batch.clear();
        }
        long[] counts = new long[todo.size()];
        for (int i = 0; i < todo.size(); i++) {
            try {
                executeSql(todo.get(i), Expect.COUNT);
                counts[i] = updateCount;
            } catch (SQLException e) {
                long[] done = java.util.Arrays.copyOf(counts, i);
                throw new java.sql.BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), done, e);
            }
        }
        return counts;
    }

    // ------------------------------------------------------------------ cancel and close

    @Override
    public void cancel() throws SQLException {
        checkOpen();
        cancelQuietly();
    }

    void cancelQuietly() {
        cancelledExecution = execution.get();
        cancelToken.cancel();
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        // Closed before the cancel: an execute that resets the token after this cancel sees it and stops
        // (run checks after its reset), so no query outlives its statement (found by the soak).
        closed = true;
        // Stop whatever runs first so that the execution lock is released promptly.
        cancelToken.cancel();
        try {
            closeResult();
        } finally {
            synchronized (executionLock) {
                try {
                    closeResult(); // a result an execute made while this close waited for the lock
                } finally {
                    stopTimer();
                    cancelToken.close();
                }
            }
            connection.unregister(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    protected void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.of(SqlErrors.INVALID_STATE, "statement is closed");
        }
        connection.checkOpen();
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    // ------------------------------------------------------------------ settings

    @Override
    public synchronized void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "fetch size must not be negative");
        }
        fetchSize = rows;
    }

    @Override
    public synchronized int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public synchronized void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "query timeout must not be negative");
        }
        queryTimeout = seconds;
    }

    @Override
    public synchronized int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeout;
    }

    @Override
    public synchronized void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public synchronized void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "max rows must not be negative");
        }
        maxRows = max;
    }

    @Override
    public synchronized int getMaxRows() throws SQLException {
        checkOpen();
        return (int) Math.min(maxRows, Integer.MAX_VALUE);
    }

    @Override
    public synchronized long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public synchronized int getMaxFieldSize() throws SQLException {
        checkOpen();
        return maxFieldSize;
    }

    @Override
    public synchronized void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "max field size must not be negative");
        }
        maxFieldSize = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public synchronized SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public synchronized void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw SqlErrors.notSupported("named cursors");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw SqlErrors.notSupported("fetch directions other than FETCH_FORWARD");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        this.poolable = poolable;
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return poolable;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
