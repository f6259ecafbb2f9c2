package io.dfschema.metadata.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import java.sql.SQLFeatureNotSupportedException;

/**
 * What every result set of this project shares (engine results, array elements, metadata
 * rows): the mutation half of {@link java.sql.ResultSet}, which all of them reject, the
 * scrolling methods, which a forward-only cursor rejects, and the getters by column label,
 * which all resolve the label and read by index. The real result
 * set classes only hold what they do.
 */
public abstract class ReadOnlyResultSet implements java.sql.ResultSet {

    private static SQLFeatureNotSupportedException readOnly() {
        return new SQLFeatureNotSupportedException("updating a result set is not supported: results are read-only", "0A000");
    }

    @Override
    public final void updateNull(int a) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBoolean(int a, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateByte(int a, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateShort(int a, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateInt(int a, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateLong(int a, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateFloat(int a, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDouble(int a, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBigDecimal(int a, java.math.BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateString(int a, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBytes(int a, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDate(int a, java.sql.Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTime(int a, java.sql.Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTimestamp(int a, java.sql.Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(int a, java.io.InputStream x, int l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(int a, java.io.InputStream x, int l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(int a, java.io.Reader x, int l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(int a, Object x, int s) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(int a, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNull(String a) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBoolean(String a, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateByte(String a, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateShort(String a, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateInt(String a, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateLong(String a, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateFloat(String a, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDouble(String a, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBigDecimal(String a, java.math.BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateString(String a, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBytes(String a, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDate(String a, java.sql.Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTime(String a, java.sql.Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTimestamp(String a, java.sql.Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(String a, java.io.InputStream x, int l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(String a, java.io.InputStream x, int l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(String a, java.io.Reader x, int l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(String a, Object x, int s) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(String a, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRef(int a, java.sql.Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRef(String a, java.sql.Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(int a, java.sql.Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(String a, java.sql.Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(int a, java.sql.Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(String a, java.sql.Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateArray(int a, java.sql.Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateArray(String a, java.sql.Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRowId(int a, java.sql.RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRowId(String a, java.sql.RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNString(int a, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNString(String a, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(int a, java.sql.NClob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(String a, java.sql.NClob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateSQLXML(int a, java.sql.SQLXML x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateSQLXML(String a, java.sql.SQLXML x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(int a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(String a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(int a, java.io.InputStream x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(int a, java.io.InputStream x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(int a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(String a, java.io.InputStream x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(String a, java.io.InputStream x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(String a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(int a, java.io.InputStream x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(String a, java.io.InputStream x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(int a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(String a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(int a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(String a, java.io.Reader x, long l) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(int a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(String a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(int a, java.io.InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(int a, java.io.InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(int a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(String a, java.io.InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(String a, java.io.InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(String a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(int a, java.io.InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(String a, java.io.InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(int a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(String a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(int a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(String a, java.io.Reader x) throws SQLException {
        throw readOnly();
    }


    // ---- getters by label: every one resolves the label and reads by index

    @Override
    public String getString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public boolean getBoolean(String label) throws SQLException {
        return getBoolean(findColumn(label));
    }

    @Override
    public byte getByte(String label) throws SQLException {
        return getByte(findColumn(label));
    }

    @Override
    public short getShort(String label) throws SQLException {
        return getShort(findColumn(label));
    }

    @Override
    public int getInt(String label) throws SQLException {
        return getInt(findColumn(label));
    }

    @Override
    public long getLong(String label) throws SQLException {
        return getLong(findColumn(label));
    }

    @Override
    public float getFloat(String label) throws SQLException {
        return getFloat(findColumn(label));
    }

    @Override
    public double getDouble(String label) throws SQLException {
        return getDouble(findColumn(label));
    }

    @Override
    public BigDecimal getBigDecimal(String label) throws SQLException {
        return getBigDecimal(findColumn(label));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        return getBigDecimal(findColumn(label), scale);
    }

    @Override
    public byte[] getBytes(String label) throws SQLException {
        return getBytes(findColumn(label));
    }

    @Override
    public Date getDate(String label) throws SQLException {
        return getDate(findColumn(label));
    }

    @Override
    public Date getDate(String label, Calendar cal) throws SQLException {
        return getDate(findColumn(label), cal);
    }

    @Override
    public Time getTime(String label) throws SQLException {
        return getTime(findColumn(label));
    }

    @Override
    public Time getTime(String label, Calendar cal) throws SQLException {
        return getTime(findColumn(label), cal);
    }

    @Override
    public Timestamp getTimestamp(String label) throws SQLException {
        return getTimestamp(findColumn(label));
    }

    @Override
    public Timestamp getTimestamp(String label, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(label), cal);
    }

    @Override
    public Object getObject(String label) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public <T> T getObject(String label, Class<T> type) throws SQLException {
        return getObject(findColumn(label), type);
    }

    @Override
    public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(label), map);
    }

    @Override
    public Array getArray(String label) throws SQLException {
        return getArray(findColumn(label));
    }

    @Override
    public String getNString(String label) throws SQLException {
        return getNString(findColumn(label));
    }

    @Override
    public InputStream getAsciiStream(String label) throws SQLException {
        return getAsciiStream(findColumn(label));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String label) throws SQLException {
        return getUnicodeStream(findColumn(label));
    }

    @Override
    public InputStream getBinaryStream(String label) throws SQLException {
        return getBinaryStream(findColumn(label));
    }

    @Override
    public Reader getCharacterStream(String label) throws SQLException {
        return getCharacterStream(findColumn(label));
    }

    @Override
    public Reader getNCharacterStream(String label) throws SQLException {
        return getNCharacterStream(findColumn(label));
    }

    @Override
    public Ref getRef(String label) throws SQLException {
        return getRef(findColumn(label));
    }

    @Override
    public Blob getBlob(String label) throws SQLException {
        return getBlob(findColumn(label));
    }

    @Override
    public Clob getClob(String label) throws SQLException {
        return getClob(findColumn(label));
    }

    @Override
    public NClob getNClob(String label) throws SQLException {
        return getNClob(findColumn(label));
    }

    @Override
    public SQLXML getSQLXML(String label) throws SQLException {
        return getSQLXML(findColumn(label));
    }

    @Override
    public URL getURL(String label) throws SQLException {
        return getURL(findColumn(label));
    }

    @Override
    public RowId getRowId(String label) throws SQLException {
        return getRowId(findColumn(label));
    }

    // ---- scrolling: every result set here is TYPE_FORWARD_ONLY

    private static SQLException forwardOnly() {
        return new SQLException("the ResultSet is TYPE_FORWARD_ONLY", "24000");
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
}
