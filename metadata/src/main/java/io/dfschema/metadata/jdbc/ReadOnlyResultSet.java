package io.dfschema.metadata.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The mutation half of {@link java.sql.ResultSet}, which every result set of this project
 * rejects (engine results, array elements, metadata rows): one place for the ninety-odd
 * update methods, so the real result set classes only hold what they do.
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
}
