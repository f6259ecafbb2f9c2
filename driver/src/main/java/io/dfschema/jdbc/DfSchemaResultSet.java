package io.dfschema.jdbc;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.BatchStream;
import io.dfschema.engine.EngineException;
import io.dfschema.engine.vector.Batch;
import io.dfschema.jdbc.accessor.Accessor;
import io.dfschema.jdbc.accessor.Accessors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * A forward-only result set that pulls record batches from the engine as it advances:
 * only the current batch is held in Java, the rest stays in (or is not yet computed by)
 * the native stream. Closing it stops the query and frees its native memory.
 *
 * <p>All methods are synchronized: a result set may be shared between threads without
 * corrupting its cursor, and its native stream is never read and freed concurrently.
 */
public class DfSchemaResultSet extends ReadOnlyResultSet {
    private final DfSchemaStatement statement;
    private final BatchStream stream;
    private final List<ArrowField> fields;
    private final long maxRows;
    private Batch batch;
    private Accessor[] accessors;
    private int row = -1;
    private long rowNumber;
    private boolean afterLast;
    private boolean closed;
    private boolean wasNull;
    private int fetchSize;
    private ResultSetMetaData metaData;

    DfSchemaResultSet(DfSchemaStatement statement, BatchStream stream, long maxRows) throws SQLException {
        this.statement = statement;
        this.stream = stream;
        this.fields = SqlErrors.call(stream::schema);
        this.maxRows = maxRows;
    }

    /** The engine's column descriptions. */
    public synchronized List<ArrowField> fields() {
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
        row++;
        while (batch == null || row >= batch.rowCount()) {
            if (!loadNextBatch()) {
                finish();
                return false;
            }
        }
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
        batch = next;
        row = 0;
        Accessor[] acc = new Accessor[fields.size()];
        for (int i = 0; i < acc.length; i++) {
            acc[i] = Accessors.forColumn(fields.get(i), next.columns().get(i));
        }
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
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        batch = null;
        accessors = null;
        try {
            stream.close();
        } catch (EngineException e) {
            throw SqlErrors.of(e);
        } finally {
            statement.resultClosed(this);
        }
    }

    @Override
    public synchronized boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.of(SqlErrors.INVALID_STATE, "result set is closed");
        }
    }

    /** The accessor of a 1-based column on the current row; records wasNull. */
    private Accessor column(int columnIndex) throws SQLException {
        checkOpen();
        if (columnIndex < 1 || columnIndex > fields.size()) {
            throw SqlErrors.of(SqlErrors.INVALID_PARAMETER_INDEX,
                    "column index " + columnIndex + " out of range 1.." + fields.size());
        }
        if (accessors == null) {
            throw SqlErrors.of(SqlErrors.INVALID_CURSOR_STATE,
                    afterLast ? "no current row: the cursor is after the last row" : "no current row: call next() first");
        }
        Accessor a = accessors[columnIndex - 1];
        wasNull = a.isNull(row);
        return a;
    }

    @Override
    public synchronized boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public synchronized int findColumn(String columnLabel) throws SQLException {
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

    // ------------------------------------------------------------------ getters by index

    @Override
    public synchronized String getString(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getString(row);
    }

    @Override
    public synchronized boolean getBoolean(int i) throws SQLException {
        Accessor a = column(i);
        return !wasNull && a.getBoolean(row);
    }

    @Override
    public synchronized byte getByte(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? 0 : a.getByte(row);
    }

    @Override
    public synchronized short getShort(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? 0 : a.getShort(row);
    }

    @Override
    public synchronized int getInt(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? 0 : a.getInt(row);
    }

    @Override
    public synchronized long getLong(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? 0 : a.getLong(row);
    }

    @Override
    public synchronized float getFloat(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? 0 : a.getFloat(row);
    }

    @Override
    public synchronized double getDouble(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? 0 : a.getDouble(row);
    }

    @Override
    public synchronized BigDecimal getBigDecimal(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getBigDecimal(row);
    }

    @Override
    @Deprecated
    public synchronized BigDecimal getBigDecimal(int i, int scale) throws SQLException {
        BigDecimal v = getBigDecimal(i);
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public synchronized byte[] getBytes(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getBytes(row);
    }

    @Override
    public synchronized Date getDate(int i) throws SQLException {
        return getDate(i, (Calendar) null);
    }

    @Override
    public synchronized Date getDate(int i, Calendar cal) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getDate(row, cal);
    }

    @Override
    public synchronized Time getTime(int i) throws SQLException {
        return getTime(i, (Calendar) null);
    }

    @Override
    public synchronized Time getTime(int i, Calendar cal) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getTime(row, cal);
    }

    @Override
    public synchronized Timestamp getTimestamp(int i) throws SQLException {
        return getTimestamp(i, (Calendar) null);
    }

    @Override
    public synchronized Timestamp getTimestamp(int i, Calendar cal) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getTimestamp(row, cal);
    }

    @Override
    public synchronized Object getObject(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getObject(row);
    }

    @Override
    public synchronized <T> T getObject(int i, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "type must not be null");
        }
        Accessor a = column(i);
        return wasNull ? null : a.getObject(row, type);
    }

    @Override
    public synchronized Object getObject(int i, Map<String, Class<?>> map) throws SQLException {
        return getObject(i);
    }

    @Override
    public synchronized Array getArray(int i) throws SQLException {
        Accessor a = column(i);
        return wasNull ? null : a.getArray(row);
    }

    @Override
    public synchronized InputStream getAsciiStream(int i) throws SQLException {
        String s = getString(i);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public synchronized InputStream getUnicodeStream(int i) throws SQLException {
        String s = getString(i);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public synchronized InputStream getBinaryStream(int i) throws SQLException {
        byte[] b = getBytes(i);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public synchronized Reader getCharacterStream(int i) throws SQLException {
        String s = getString(i);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public synchronized Reader getNCharacterStream(int i) throws SQLException {
        return getCharacterStream(i);
    }

    @Override
    public synchronized String getNString(int i) throws SQLException {
        return getString(i);
    }

    @Override
    public synchronized URL getURL(int i) throws SQLException {
        String s = getString(i);
        try {
            return s == null ? null : new URL(s);
        } catch (MalformedURLException e) {
            throw SqlErrors.of("22018", "value '" + s + "' is not a URL", e);
        }
    }

    @Override
    public Ref getRef(int i) throws SQLException {
        throw SqlErrors.notSupported("Ref");
    }

    @Override
    public Blob getBlob(int i) throws SQLException {
        throw SqlErrors.notSupported("Blob (use getBytes)");
    }

    @Override
    public Clob getClob(int i) throws SQLException {
        throw SqlErrors.notSupported("Clob (use getString)");
    }

    @Override
    public NClob getNClob(int i) throws SQLException {
        throw SqlErrors.notSupported("NClob (use getString)");
    }

    @Override
    public SQLXML getSQLXML(int i) throws SQLException {
        throw SqlErrors.notSupported("SQLXML");
    }

    @Override
    public RowId getRowId(int i) throws SQLException {
        throw SqlErrors.notSupported("RowId");
    }

    // ------------------------------------------------------------------ getters by label

    @Override
    public synchronized String getString(String l) throws SQLException {
        return getString(findColumn(l));
    }

    @Override
    public synchronized boolean getBoolean(String l) throws SQLException {
        return getBoolean(findColumn(l));
    }

    @Override
    public synchronized byte getByte(String l) throws SQLException {
        return getByte(findColumn(l));
    }

    @Override
    public synchronized short getShort(String l) throws SQLException {
        return getShort(findColumn(l));
    }

    @Override
    public synchronized int getInt(String l) throws SQLException {
        return getInt(findColumn(l));
    }

    @Override
    public synchronized long getLong(String l) throws SQLException {
        return getLong(findColumn(l));
    }

    @Override
    public synchronized float getFloat(String l) throws SQLException {
        return getFloat(findColumn(l));
    }

    @Override
    public synchronized double getDouble(String l) throws SQLException {
        return getDouble(findColumn(l));
    }

    @Override
    @Deprecated
    public synchronized BigDecimal getBigDecimal(String l, int scale) throws SQLException {
        return getBigDecimal(findColumn(l), scale);
    }

    @Override
    public synchronized BigDecimal getBigDecimal(String l) throws SQLException {
        return getBigDecimal(findColumn(l));
    }

    @Override
    public synchronized byte[] getBytes(String l) throws SQLException {
        return getBytes(findColumn(l));
    }

    @Override
    public synchronized Date getDate(String l) throws SQLException {
        return getDate(findColumn(l));
    }

    @Override
    public synchronized Date getDate(String l, Calendar cal) throws SQLException {
        return getDate(findColumn(l), cal);
    }

    @Override
    public synchronized Time getTime(String l) throws SQLException {
        return getTime(findColumn(l));
    }

    @Override
    public synchronized Time getTime(String l, Calendar cal) throws SQLException {
        return getTime(findColumn(l), cal);
    }

    @Override
    public synchronized Timestamp getTimestamp(String l) throws SQLException {
        return getTimestamp(findColumn(l));
    }

    @Override
    public synchronized Timestamp getTimestamp(String l, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(l), cal);
    }

    @Override
    public synchronized InputStream getAsciiStream(String l) throws SQLException {
        return getAsciiStream(findColumn(l));
    }

    @Override
    @Deprecated
    public synchronized InputStream getUnicodeStream(String l) throws SQLException {
        return getUnicodeStream(findColumn(l));
    }

    @Override
    public synchronized InputStream getBinaryStream(String l) throws SQLException {
        return getBinaryStream(findColumn(l));
    }

    @Override
    public synchronized Reader getCharacterStream(String l) throws SQLException {
        return getCharacterStream(findColumn(l));
    }

    @Override
    public synchronized Reader getNCharacterStream(String l) throws SQLException {
        return getNCharacterStream(findColumn(l));
    }

    @Override
    public synchronized String getNString(String l) throws SQLException {
        return getNString(findColumn(l));
    }

    @Override
    public synchronized Object getObject(String l) throws SQLException {
        return getObject(findColumn(l));
    }

    @Override
    public synchronized <T> T getObject(String l, Class<T> type) throws SQLException {
        return getObject(findColumn(l), type);
    }

    @Override
    public synchronized Object getObject(String l, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(l), map);
    }

    @Override
    public synchronized Array getArray(String l) throws SQLException {
        return getArray(findColumn(l));
    }

    @Override
    public synchronized URL getURL(String l) throws SQLException {
        return getURL(findColumn(l));
    }

    @Override
    public Ref getRef(String l) throws SQLException {
        return getRef(findColumn(l));
    }

    @Override
    public Blob getBlob(String l) throws SQLException {
        return getBlob(findColumn(l));
    }

    @Override
    public Clob getClob(String l) throws SQLException {
        return getClob(findColumn(l));
    }

    @Override
    public NClob getNClob(String l) throws SQLException {
        return getNClob(findColumn(l));
    }

    @Override
    public SQLXML getSQLXML(String l) throws SQLException {
        return getSQLXML(findColumn(l));
    }

    @Override
    public RowId getRowId(String l) throws SQLException {
        return getRowId(findColumn(l));
    }

    // ------------------------------------------------------------------ cursor and state

    @Override
    public synchronized ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        if (metaData == null) {
            metaData = new DfSchemaResultSetMetaData(fields);
        }
        return metaData;
    }

    @Override
    public synchronized SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public synchronized void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public synchronized Statement getStatement() throws SQLException {
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

    private static SQLException forwardOnly() {
        return SqlErrors.of(SqlErrors.NOT_SUPPORTED, "the result set is TYPE_FORWARD_ONLY");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public synchronized void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw forwardOnly();
        }
    }

    @Override
    public synchronized int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    /** Batch size is fixed when the query starts; the value is kept for getFetchSize. */
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
            closed = true;
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
