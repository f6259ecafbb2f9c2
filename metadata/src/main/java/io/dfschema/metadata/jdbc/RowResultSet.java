package io.dfschema.metadata.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A small immutable, in-memory, forward-only, read-only {@link ResultSet} over fixed rows: what
 * every {@link java.sql.DatabaseMetaData} method returns. Values are stored as the Java class of
 * their JDBC type (String, Integer, Short, Long, Boolean) or null.
 *
 * <p>Getters convert sensibly: numeric getters accept any Number (range-checked, SQLState 22003),
 * numeric strings and booleans; getString works on anything; getBoolean accepts numbers and
 * "true"/"false"/"1"/"0"/"yes"/"no". Impossible conversions throw SQLException with SQLState 22018.
 * Mutators throw {@link SQLFeatureNotSupportedException}; scrolling throws SQLException as the
 * javadoc requires for TYPE_FORWARD_ONLY. {@link #getStatement()} returns null (allowed for
 * metadata results).
 */
public final class RowResultSet extends ReadOnlyResultSet {

    /** One result column: label, {@link Types} code and type name. */
    public record Column(String name, int type, String typeName) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(typeName, "typeName");
        }

        public static Column varchar(String name) {
            return new Column(name, Types.VARCHAR, "VARCHAR");
        }

        public static Column integer(String name) {
            return new Column(name, Types.INTEGER, "INTEGER");
        }

        public static Column smallint(String name) {
            return new Column(name, Types.SMALLINT, "SMALLINT");
        }

        public static Column bigint(String name) {
            return new Column(name, Types.BIGINT, "BIGINT");
        }

        public static Column bool(String name) {
            return new Column(name, Types.BOOLEAN, "BOOLEAN");
        }
    }

    private final List<Column> columns;
    private final List<Object[]> rows;
    private final Statement statement;
    private int cursor = -1; // index of the current row; -1 before first, rows.size() after last
    private boolean closed;
    private boolean wasNull;
    private int fetchSize;
    private ResultSetMetaData metaData;

    /**
     * @param columns the result columns
     * @param rows    one Object[] per row, each of length columns.size(); the list is copied, the
     *                arrays are not (callers must not change them afterwards)
     */
    public RowResultSet(List<Column> columns, List<Object[]> rows) {
        this(columns, rows, null);
    }

    public RowResultSet(List<Column> columns, List<Object[]> rows, Statement statement) {
        this(List.copyOf(columns), List.copyOf(rows), statement, true);
    }

    /**
     * A result over rows some earlier {@link #RowResultSet(List, List)} already checked, given as the
     * immutable list it holds: large metadata results shared by many result sets are neither copied nor
     * checked again.
     */
    static RowResultSet ofChecked(List<Column> columns, List<Object[]> checkedRows) {
        return new RowResultSet(List.copyOf(columns), checkedRows, null, false);
    }

    /** Over immutable {@code columns} and {@code rows}, checking each row's length when {@code check}. */
    private RowResultSet(List<Column> columns, List<Object[]> rows, Statement statement, boolean check) {
        this.columns = columns;
        this.rows = rows;
        this.statement = statement;
        for (int i = 0; check && i < rows.size(); i++) {
            Object[] row = rows.get(i);
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
            }
        }
    }

    /** An empty result with these columns. */
    public static RowResultSet empty(List<Column> columns) {
        return new RowResultSet(columns, List.of());
    }

    public List<Column> columns() {
        return columns;
    }

    /** Number of rows (for tests and diagnostics). */
    public int rowCount() {
        return rows.size();
    }

    // ------------------------------------------------------------ cursor

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (cursor < rows.size()) {
            cursor++;
        }
        return cursor < rows.size();
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
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return cursor < 0 && !rows.isEmpty();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return cursor >= rows.size() && !rows.isEmpty();
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return cursor == 0 && !rows.isEmpty();
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return !rows.isEmpty() && cursor == rows.size() - 1;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return cursor >= 0 && cursor < rows.size() ? cursor + 1 : 0;
    }








    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw new SQLException("result set is TYPE_FORWARD_ONLY: only FETCH_FORWARD", "HY106");
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
            throw new SQLException("fetch size must be >= 0", "HY024");
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
        return CLOSE_CURSORS_AT_COMMIT;
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
        throw new SQLFeatureNotSupportedException("named cursors are not supported");
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        if (metaData == null) {
            metaData = new RowResultSetMetaData(columns);
        }
        return metaData;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        if (columnLabel != null) {
            // Tools read every row by label (getString("TABLE_NAME")), usually passing the same string
            // objects row after row: those are found by identity, the rest through a map.
            for (int i = 0; i < recentCount; i++) {
                if (recentLabels[i] == columnLabel) {
                    return recentIndexes[i];
                }
            }
            Integer seen = labels.get(columnLabel);
            if (seen == null) {
                for (int i = 0; i < columns.size() && seen == null; i++) {
                    if (columns.get(i).name().equalsIgnoreCase(columnLabel)) {
                        seen = i + 1;
                        labels.put(columnLabel, seen);
                    }
                }
            }
            if (seen != null) {
                if (recentCount < recentLabels.length) {
                    recentLabels[recentCount] = columnLabel;
                    recentIndexes[recentCount++] = seen;
                }
                return seen;
            }
        }
        throw new SQLException("no column named " + columnLabel, "42S22");
    }

    /** Labels {@link #findColumn} has resolved, exactly as given → 1-based index. */
    private final java.util.Map<String, Integer> labels = new java.util.HashMap<>();
    /** The first labels {@link #findColumn} resolved, as the objects given, and their indexes. */
    private final String[] recentLabels = new String[8];
    private final int[] recentIndexes = new int[8];
    private int recentCount;

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    // ------------------------------------------------------------ value access

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("result set is closed", "24000");
        }
    }

    private Object value(int columnIndex) throws SQLException {
        checkOpen();
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw new SQLException("column index " + columnIndex + " out of range 1.." + columns.size(), "07009");
        }
        if (cursor < 0 || cursor >= rows.size()) {
            throw new SQLException("no current row", "24000");
        }
        Object v = rows.get(cursor)[columnIndex - 1];
        wasNull = v == null;
        return v;
    }

    private SQLException cannotConvert(Object v, String to) {
        return new SQLException("cannot convert " + v.getClass().getSimpleName() + " value '" + v + "' to " + to, "22018");
    }

    private static SQLException outOfRange(Object v, String to) {
        return new SQLException("value " + v + " out of range for " + to, "22003");
    }

    private BigDecimal decimal(Object v, String to) throws SQLException {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw cannotConvert(v, to);
            }
            return BigDecimal.valueOf(d);
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(v, to);
            }
        }
        throw cannotConvert(v, to);
    }

    private long integral(Object v, long min, long max, String to) throws SQLException {
        long l;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            l = ((Number) v).longValue();
        } else if (v instanceof Boolean b) {
            l = b ? 1 : 0;
        } else {
            BigDecimal d = decimal(v, to).setScale(0, RoundingMode.DOWN);
            if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw outOfRange(v, to);
            }
            l = d.longValueExact();
        }
        if (l < min || l > max) {
            throw outOfRange(v, to);
        }
        return l;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder(b.length * 2);
            for (byte x : b) {
                sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            }
            return sb.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number) {
            return decimal(v, "boolean").signum() != 0;
        }
        if (v instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            switch (t) {
                case "true": case "t": case "yes": case "y": case "1": return true;
                case "false": case "f": case "no": case "n": case "0": case "": return false;
                default: throw cannotConvert(v, "boolean");
            }
        }
        throw cannotConvert(v, "boolean");
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : (byte) integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : (short) integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : (int) integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? 0 : integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return 0f;
        }
        if (v instanceof Number n && !(v instanceof BigDecimal)) {
            return n.floatValue();
        }
        return decimal(v, "float").floatValue();
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return 0d;
        }
        if (v instanceof Number n && !(v instanceof BigDecimal)) {
            return n.doubleValue();
        }
        return decimal(v, "double").doubleValue();
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v == null ? null : decimal(v, "BigDecimal");
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal d = getBigDecimal(columnIndex);
        return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw cannotConvert(v, "byte[]");
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (v instanceof Date d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return Date.valueOf(s.trim());
            } catch (IllegalArgumentException e) {
                throw cannotConvert(v, "Date");
            }
        }
        throw cannotConvert(v, "Date");
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (v instanceof Time t) {
            return t;
        }
        if (v instanceof String s) {
            try {
                return Time.valueOf(s.trim());
            } catch (IllegalArgumentException e) {
                throw cannotConvert(v, "Time");
            }
        }
        throw cannotConvert(v, "Time");
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (v instanceof Timestamp t) {
            return t;
        }
        if (v instanceof String s) {
            try {
                return Timestamp.valueOf(s.trim());
            } catch (IllegalArgumentException e) {
                throw cannotConvert(v, "Timestamp");
            }
        }
        throw cannotConvert(v, "Timestamp");
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        return getDate(columnIndex);
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        return getTime(columnIndex);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        return getTimestamp(columnIndex);
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] b = getBytes(columnIndex);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        return v instanceof byte[] b ? b.clone() : v;
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return getObject(columnIndex);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw new SQLException("type is null", "HY009");
        }
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (type == Object.class) {
            return (T) getObject(columnIndex);
        }
        if (type == String.class) {
            return (T) getString(columnIndex);
        }
        if (type == Integer.class) {
            return (T) Integer.valueOf(getInt(columnIndex));
        }
        if (type == Long.class) {
            return (T) Long.valueOf(getLong(columnIndex));
        }
        if (type == Short.class) {
            return (T) Short.valueOf(getShort(columnIndex));
        }
        if (type == Byte.class) {
            return (T) Byte.valueOf(getByte(columnIndex));
        }
        if (type == Boolean.class) {
            return (T) Boolean.valueOf(getBoolean(columnIndex));
        }
        if (type == Double.class) {
            return (T) Double.valueOf(getDouble(columnIndex));
        }
        if (type == Float.class) {
            return (T) Float.valueOf(getFloat(columnIndex));
        }
        if (type == BigDecimal.class) {
            return (T) getBigDecimal(columnIndex);
        }
        if (type == BigInteger.class) {
            return (T) getBigDecimal(columnIndex).toBigInteger();
        }
        if (type == byte[].class) {
            return (T) getBytes(columnIndex);
        }
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        throw cannotConvert(v, type.getName());
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        if (v instanceof Array a) {
            return a;
        }
        throw cannotConvert(v, "Array");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        throw new SQLFeatureNotSupportedException("getBlob is not supported on metadata results");
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        throw new SQLFeatureNotSupportedException("getClob is not supported on metadata results");
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw new SQLFeatureNotSupportedException("getNClob is not supported on metadata results");
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw new SQLFeatureNotSupportedException("getRef is not supported");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        if (s == null) {
            return null;
        }
        try {
            return new java.net.URI(s).toURL();
        } catch (Exception e) {
            throw new SQLException("not a URL: " + s, "22018", e);
        }
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw new SQLFeatureNotSupportedException("getRowId is not supported");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw new SQLFeatureNotSupportedException("getSQLXML is not supported");
    }

    // ------------------------------------------------------------ by label

    // ------------------------------------------------------------ row state (read-only)

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

    // ------------------------------------------------------------ mutators: not supported


    // ------------------------------------------------------------ wrapper

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface != null && iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface, "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface != null && iface.isInstance(this);
    }
}
