package io.dfschema.jdbc.accessor;

import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A forward-only, read-only ResultSet whose columns are {@link Accessor}s. Subclasses say
 * which accessor serves a column and which accessor row is current; everything else (null
 * tracking, column labels, refusing updates and scrolling) is the same for any such result.
 */
public abstract class AccessorResultSet extends io.dfschema.metadata.jdbc.ReadOnlyResultSet {
    private boolean wasNull;
    private boolean closed;
    private int fetchSize;
    /** Accessor row of the column last resolved by {@link #at}. */
    private int row;

    /** The accessor of a 1-based column; 07009 for a bad index. */
    protected abstract Accessor accessor(int column) throws SQLException;

    /** The accessor row for the current row of a column; 24000 when not on a row. */
    protected abstract int accessorRow(int column) throws SQLException;

    protected final void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.state(Errors.INVALID_CURSOR_STATE, "the ResultSet is closed");
        }
    }

    private Accessor at(int column) throws SQLException {
        checkOpen();
        Accessor a = accessor(column);
        row = accessorRow(column);
        wasNull = a.isNull(row);
        return a;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    // ---- getters by column index

    @Override
    public String getString(int c) throws SQLException {
        return at(c).getString(row);
    }

    @Override
    public boolean getBoolean(int c) throws SQLException {
        return at(c).getBoolean(row);
    }

    @Override
    public byte getByte(int c) throws SQLException {
        return at(c).getByte(row);
    }

    @Override
    public short getShort(int c) throws SQLException {
        return at(c).getShort(row);
    }

    @Override
    public int getInt(int c) throws SQLException {
        return at(c).getInt(row);
    }

    @Override
    public long getLong(int c) throws SQLException {
        return at(c).getLong(row);
    }

    @Override
    public float getFloat(int c) throws SQLException {
        return at(c).getFloat(row);
    }

    @Override
    public double getDouble(int c) throws SQLException {
        return at(c).getDouble(row);
    }

    @Override
    public BigDecimal getBigDecimal(int c) throws SQLException {
        return at(c).getBigDecimal(row);
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int c, int scale) throws SQLException {
        BigDecimal v = getBigDecimal(c);
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int c) throws SQLException {
        return at(c).getBytes(row);
    }

    @Override
    public Date getDate(int c) throws SQLException {
        return at(c).getDate(row, null);
    }

    @Override
    public Date getDate(int c, Calendar cal) throws SQLException {
        return at(c).getDate(row, cal);
    }

    @Override
    public Time getTime(int c) throws SQLException {
        return at(c).getTime(row, null);
    }

    @Override
    public Time getTime(int c, Calendar cal) throws SQLException {
        return at(c).getTime(row, cal);
    }

    @Override
    public Timestamp getTimestamp(int c) throws SQLException {
        return at(c).getTimestamp(row, null);
    }

    @Override
    public Timestamp getTimestamp(int c, Calendar cal) throws SQLException {
        return at(c).getTimestamp(row, cal);
    }

    @Override
    public Object getObject(int c) throws SQLException {
        return at(c).getObject(row);
    }

    @Override
    public <T> T getObject(int c, Class<T> type) throws SQLException {
        return at(c).getObject(row, type);
    }

    @Override
    public Object getObject(int c, Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("a type map for getObject");
        }
        return getObject(c);
    }

    @Override
    public Array getArray(int c) throws SQLException {
        return at(c).getArray(row);
    }

    @Override
    public String getNString(int c) throws SQLException {
        return getString(c);
    }

    @Override
    public InputStream getAsciiStream(int c) throws SQLException {
        String s = getString(c);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int c) throws SQLException {
        throw Errors.notSupported("getUnicodeStream");
    }

    @Override
    public InputStream getBinaryStream(int c) throws SQLException {
        byte[] b = getBytes(c);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int c) throws SQLException {
        String s = getString(c);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Reader getNCharacterStream(int c) throws SQLException {
        String s = getString(c);
        return s == null ? null : new CharArrayReader(s.toCharArray());
    }

    @Override
    public Ref getRef(int c) throws SQLException {
        throw Errors.notSupported("getRef");
    }

    @Override
    public Blob getBlob(int c) throws SQLException {
        throw Errors.notSupported("getBlob");
    }

    @Override
    public Clob getClob(int c) throws SQLException {
        throw Errors.notSupported("getClob");
    }

    @Override
    public NClob getNClob(int c) throws SQLException {
        throw Errors.notSupported("getNClob");
    }

    @Override
    public SQLXML getSQLXML(int c) throws SQLException {
        throw Errors.notSupported("getSQLXML");
    }

    @Override
    public URL getURL(int c) throws SQLException {
        throw Errors.notSupported("getURL");
    }

    @Override
    public RowId getRowId(int c) throws SQLException {
        throw Errors.notSupported("getRowId");
    }

    // ---- getters by column label

    // ---- cursor: forward only








    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw forwardOnly();
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw Errors.state(Errors.INVALID_ARGUMENT, "fetch size must not be negative");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw Errors.notSupported("getCursorName");
    }

    /** Not produced by a Statement. */
    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public boolean rowInserted() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw Errors.state(Errors.INVALID_ARGUMENT, "not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    private static SQLException forwardOnly() {
        return Errors.state(Errors.INVALID_CURSOR_STATE, "the ResultSet is TYPE_FORWARD_ONLY");
    }


    // ---- updates: read only

}
