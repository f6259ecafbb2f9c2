package io.dfschema.jdbc;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.BatchStream;
import io.dfschema.engine.EngineException;
import io.dfschema.engine.vector.Batch;
import io.dfschema.jdbc.accessor.Accessor;
import io.dfschema.jdbc.accessor.AccessorResultSet;
import io.dfschema.jdbc.accessor.Accessors;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A forward-only result set that pulls record batches from the engine as it advances:
 * only the current batch is held in Java, the rest stays in (or is not yet computed by)
 * the native stream. Closing it stops the query and frees its native memory.
 *
 * <p>Cursor moves and close are synchronized, so a result set shared between threads never
 * reads and frees its native stream at once; the getters (from {@link AccessorResultSet},
 * shared with {@code java.sql.Array} results) read the current batch without locking.
 */
public class DfSchemaResultSet extends AccessorResultSet {
    private final DfSchemaStatement statement;
    private final BatchStream stream;
    private final List<ArrowField> fields;
    private final long maxRows;
    private Batch batch;
    private volatile Accessor[] accessors;
    private volatile int row = -1;
    private long rowNumber;
    private boolean afterLast;
    private ResultSetMetaData metaData;

    DfSchemaResultSet(DfSchemaStatement statement, BatchStream stream, long maxRows) throws SQLException {
        this.statement = statement;
        this.stream = stream;
        this.fields = SqlErrors.call(stream::schema);
        this.maxRows = maxRows;
    }

    /** The engine's column descriptions. */
    public List<ArrowField> fields() {
        return fields;
    }

    @Override
    public synchronized boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        if (maxRows > 0 && rowNumber >= maxRows) {
            finish();
            return false;
        }
        int next = row + 1;
        while (batch == null || next >= batch.rowCount()) {
            if (!loadNextBatch()) {
                finish();
                return false;
            }
            next = 0;
        }
        row = next;
        rowNumber++;
        return true;
    }

    private boolean loadNextBatch() throws SQLException {
        Batch next;
        try {
            next = stream.next();
        } catch (EngineException e) {
            throw statement.translate(e);
        }
        if (next == null) {
            return false;
        }
        Accessor[] acc = new Accessor[fields.size()];
        for (int i = 0; i < acc.length; i++) {
            acc[i] = Accessors.forColumn(fields.get(i), next.columns().get(i));
        }
        batch = next;
        accessors = acc;
        return true;
    }

    private void finish() {
        afterLast = true;
        batch = null;
        accessors = null;
        stream.close();
        statement.resultFinished(this);
    }

    @Override
    protected Accessor accessor(int column) throws SQLException {
        if (column < 1 || column > fields.size()) {
            throw SqlErrors.of(SqlErrors.INVALID_PARAMETER_INDEX,
                    "column index " + column + " out of range 1.." + fields.size());
        }
        Accessor[] acc = accessors;
        if (acc == null) {
            throw SqlErrors.of(SqlErrors.INVALID_CURSOR_STATE,
                    afterLast ? "no current row: the cursor is after the last row" : "no current row: call next() first");
        }
        return acc[column - 1];
    }

    @Override
    protected int accessorRow(int column) {
        return row;
    }

    @Override
    public synchronized void close() {
        if (isClosed()) {
            return;
        }
        super.close();
        batch = null;
        accessors = null;
        try {
            stream.close();
        } finally {
            statement.resultClosed(this);
        }
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(columnLabel)) {
                return i + 1;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(columnLabel)) {
                return i + 1;
            }
        }
        throw SqlErrors.of("42703", "no column labelled '" + columnLabel + "' in this result set");
    }

    @Override
    public synchronized ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        if (metaData == null) {
            metaData = new DfSchemaResultSetMetaData(fields);
        }
        return metaData;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public synchronized boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && !afterLast;
    }

    @Override
    public synchronized boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && rowNumber > 0;
    }

    @Override
    public synchronized boolean isFirst() throws SQLException {
        checkOpen();
        return rowNumber == 1 && !afterLast;
    }

    @Override
    public boolean isLast() throws SQLException {
        throw SqlErrors.notSupported("isLast on a streaming forward-only result set");
    }

    @Override
    public synchronized int getRow() throws SQLException {
        checkOpen();
        return afterLast ? 0 : (int) Math.min(rowNumber, Integer.MAX_VALUE);
    }

    // ------------------------------------------------------------------ Arrow escape hatch

    /**
     * Hands the batches not yet fetched to Arrow Java over the C Data Interface. Rows of
     * the current batch that {@link #next()} has not reached are not included; call this
     * before the first {@code next()} to get everything. The result set is closed for
     * row access afterwards. Needs {@code org.apache.arrow:arrow-c-data} on the classpath.
     */
    public synchronized org.apache.arrow.vector.ipc.ArrowReader arrowReader(
            org.apache.arrow.memory.BufferAllocator allocator) throws SQLException {
        checkOpen();
        try {
            org.apache.arrow.vector.ipc.ArrowReader reader = ArrowExport.export(stream, allocator);
            super.close();
            batch = null;
            accessors = null;
            statement.resultClosed(this);
            return reader;
        } catch (EngineException e) {
            throw SqlErrors.of(e);
        } catch (NoClassDefFoundError e) {
            throw SqlErrors.of(SqlErrors.NOT_SUPPORTED,
                    "arrowReader needs org.apache.arrow:arrow-c-data on the classpath", e);
        }
    }
}
