package io.dfschema.jdbc;

import io.dfschema.engine.EngineException;
import io.dfschema.engine.LogicalPlanHandle;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement: {@code ?} become DataFusion placeholders {@code $1..$n}, the plan
 * is made once (lazily) and re-made only when the connection's catalog changed, and each
 * execution binds the current values, which the engine casts to the planned types.
 */
public class DfSchemaPreparedStatement extends DfSchemaStatement implements PreparedStatement {
    private final String sql;
    private final String engineSql;
    private final ParameterValues values;
    private final List<ParameterValues> batch = new ArrayList<>();
    private LogicalPlanHandle plan;
    private long planVersion = -1;

    DfSchemaPreparedStatement(DfSchemaConnection connection, String sql) throws SQLException {
        super(connection);
        Placeholders p = Placeholders.toEngine(sql);
        this.sql = sql;
        this.engineSql = p.sql();
        this.values = new ParameterValues(p.count());
    }

    /** The current plan, re-planned when DDL ran on the connection since it was made. */
    private synchronized LogicalPlanHandle currentPlan() throws SQLException {
        long version = connection.schemaVersion();
        if (plan == null || planVersion != version) {
            if (plan != null) {
                plan.close();
                plan = null;
            }
            plan = plan(engineSql);
            planVersion = version;
        }
        return plan;
    }

    private byte[] encodedValues() throws SQLException {
        return values.count() == 0 ? null : values.encode();
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        beginExecution();
        run(currentPlan(), encodedValues(), Expect.ROWS);
        return getResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return toIntCount(executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        beginExecution();
        run(currentPlan(), encodedValues(), Expect.COUNT);
        return getLargeUpdateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        beginExecution();
        return run(currentPlan(), encodedValues(), Expect.ANY);
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        beginExecution();
        LogicalPlanHandle p = currentPlan();
        return new DfSchemaResultSetMetaData(SqlErrors.call(p::schema));
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        beginExecution();
        LogicalPlanHandle p = currentPlan();
        return new DfSchemaParameterMetaData(SqlErrors.call(p::parameterTypes), values.count());
    }

    // ------------------------------------------------------------------ batches

    @Override
    public synchronized void addBatch() throws SQLException {
        checkOpen();
        values.encode(); // fail now, naming the missing parameter, not at executeBatch
        batch.add(values.copy());
    }

    @Override
    public synchronized void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        List<ParameterValues> todo;
        synchronized (this) {
            checkOpen();
            todo = new ArrayList<>(batch);
            batch.clear();
        }
        long[] counts = new long[todo.size()];
        beginExecution(); // one execution: a cancel stops the rest of the batch
        for (int i = 0; i < todo.size(); i++) {
            try {
                run(currentPlan(), todo.get(i).encode(), Expect.COUNT);
                counts[i] = getLargeUpdateCount();
            } catch (SQLException e) {
                throw new java.sql.BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(),
                        Arrays.copyOf(counts, i), e);
            }
        }
        return counts;
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
    public void close() throws SQLException {
        try {
            super.close();
        } finally {
            synchronized (this) {
                if (plan != null) {
                    try {
                        plan.close();
                    } catch (EngineException ignored) {
                        // the plan is gone either way
                    }
                    plan = null;
                }
            }
        }
    }

    // ------------------------------------------------------------------ statement-with-SQL methods are not for prepared statements

    private static SQLException sqlNotAllowed() {
        return SqlErrors.of("HY000", "this method cannot be called on a PreparedStatement; use the variant without SQL");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw sqlNotAllowed();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw sqlNotAllowed();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw sqlNotAllowed();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw sqlNotAllowed();
    }

    // ------------------------------------------------------------------ setters

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        values.clear();
    }

    @Override
    public void setNull(int i, int sqlType) throws SQLException {
        checkOpen();
        values.setNull(i);
    }

    @Override
    public void setNull(int i, int sqlType, String typeName) throws SQLException {
        setNull(i, sqlType);
    }

    @Override
    public void setBoolean(int i, boolean x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setByte(int i, byte x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setShort(int i, short x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setInt(int i, int x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setLong(int i, long x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setFloat(int i, float x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setDouble(int i, double x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setBigDecimal(int i, BigDecimal x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setString(int i, String x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setNString(int i, String x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setBytes(int i, byte[] x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setDate(int i, Date x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setDate(int i, Date x, Calendar cal) throws SQLException {
        setObject(i, x == null || cal == null ? x : ParameterValues.inCalendarZone(x, cal).toLocalDate());
    }

    @Override
    public void setTime(int i, Time x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setTime(int i, Time x, Calendar cal) throws SQLException {
        setObject(i, x == null || cal == null ? x : ParameterValues.inCalendarZone(x, cal).toLocalTime());
    }

    @Override
    public void setTimestamp(int i, Timestamp x) throws SQLException {
        setObject(i, x);
    }

    @Override
    public void setTimestamp(int i, Timestamp x, Calendar cal) throws SQLException {
        if (x == null || cal == null) {
            setObject(i, x);
            return;
        }
        setObject(i, ParameterValues.inCalendarZone(x, cal).withNano(x.getNanos()));
    }

    @Override
    public void setObject(int i, Object x) throws SQLException {
        checkOpen();
        values.setObject(i, x);
    }

    @Override
    public void setObject(int i, Object x, int targetSqlType) throws SQLException {
        checkOpen();
        values.setObject(i, x, targetSqlType);
    }

    @Override
    public void setObject(int i, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        if (x instanceof BigDecimal d && (targetSqlType == java.sql.Types.DECIMAL || targetSqlType == java.sql.Types.NUMERIC)) {
            x = d.setScale(scaleOrLength, java.math.RoundingMode.HALF_UP);
        }
        setObject(i, x, targetSqlType);
    }

    @Override
    public void setAsciiStream(int i, InputStream x, int length) throws SQLException {
        setAsciiStream(i, x, (long) length);
    }

    @Override
    public void setAsciiStream(int i, InputStream x, long length) throws SQLException {
        setObject(i, x == null ? null : new String(read(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int i, InputStream x) throws SQLException {
        setAsciiStream(i, x, -1L);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int i, InputStream x, int length) throws SQLException {
        setObject(i, x == null ? null : new String(read(x, length), StandardCharsets.UTF_16BE));
    }

    @Override
    public void setBinaryStream(int i, InputStream x, int length) throws SQLException {
        setBinaryStream(i, x, (long) length);
    }

    @Override
    public void setBinaryStream(int i, InputStream x, long length) throws SQLException {
        setObject(i, x == null ? null : read(x, length));
    }

    @Override
    public void setBinaryStream(int i, InputStream x) throws SQLException {
        setBinaryStream(i, x, -1L);
    }

    @Override
    public void setCharacterStream(int i, Reader reader, int length) throws SQLException {
        setCharacterStream(i, reader, (long) length);
    }

    @Override
    public void setCharacterStream(int i, Reader reader, long length) throws SQLException {
        setObject(i, reader == null ? null : read(reader, length));
    }

    @Override
    public void setCharacterStream(int i, Reader reader) throws SQLException {
        setCharacterStream(i, reader, -1L);
    }

    @Override
    public void setNCharacterStream(int i, Reader value, long length) throws SQLException {
        setCharacterStream(i, value, length);
    }

    @Override
    public void setNCharacterStream(int i, Reader value) throws SQLException {
        setCharacterStream(i, value);
    }

    @Override
    public void setClob(int i, Reader reader, long length) throws SQLException {
        setCharacterStream(i, reader, length);
    }

    @Override
    public void setClob(int i, Reader reader) throws SQLException {
        setCharacterStream(i, reader);
    }

    @Override
    public void setNClob(int i, Reader reader, long length) throws SQLException {
        setCharacterStream(i, reader, length);
    }

    @Override
    public void setNClob(int i, Reader reader) throws SQLException {
        setCharacterStream(i, reader);
    }

    @Override
    public void setBlob(int i, InputStream inputStream, long length) throws SQLException {
        setBinaryStream(i, inputStream, length);
    }

    @Override
    public void setBlob(int i, InputStream inputStream) throws SQLException {
        setBinaryStream(i, inputStream);
    }

    @Override
    public void setURL(int i, URL x) throws SQLException {
        setObject(i, x == null ? null : x.toString());
    }

    @Override
    public void setRef(int i, Ref x) throws SQLException {
        throw SqlErrors.notSupported("Ref parameters");
    }

    @Override
    public void setBlob(int i, Blob x) throws SQLException {
        setObject(i, x == null ? null : x.getBytes(1, (int) x.length()));
    }

    @Override
    public void setClob(int i, Clob x) throws SQLException {
        setObject(i, x == null ? null : x.getSubString(1, (int) x.length()));
    }

    @Override
    public void setNClob(int i, NClob x) throws SQLException {
        setClob(i, x);
    }

    @Override
    public void setArray(int i, Array x) throws SQLException {
        throw SqlErrors.notSupported("array parameters");
    }

    @Override
    public void setRowId(int i, RowId x) throws SQLException {
        throw SqlErrors.notSupported("RowId parameters");
    }

    @Override
    public void setSQLXML(int i, SQLXML xmlObject) throws SQLException {
        throw SqlErrors.notSupported("SQLXML parameters");
    }

    private static byte[] read(InputStream in, long length) throws SQLException {
        try {
            return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw SqlErrors.of("22000", "cannot read parameter stream: " + e.getMessage(), e);
        }
    }

    private static String read(Reader r, long length) throws SQLException {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            long remaining = length < 0 ? Long.MAX_VALUE : length;
            int n;
            while (remaining > 0 && (n = r.read(buf, 0, (int) Math.min(buf.length, remaining))) > 0) {
                sb.append(buf, 0, n);
                remaining -= n;
            }
            return sb.toString();
        } catch (IOException e) {
            throw SqlErrors.of("22000", "cannot read parameter reader: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return sql;
    }
}
