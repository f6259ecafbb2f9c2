package io.dfschema.metadata.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Metadata of a {@link RowResultSet}: names, JDBC types and their usual precisions, all read-only. */
final class RowResultSetMetaData implements ResultSetMetaData {

    private final List<RowResultSet.Column> columns;

    RowResultSetMetaData(List<RowResultSet.Column> columns) {
        this.columns = columns;
    }

    private RowResultSet.Column column(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw new SQLException("column index " + column + " out of range 1.." + columns.size(), "07009");
        }
        return columns.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        int t = column(column).type();
        return t == Types.VARCHAR || t == Types.CHAR || t == Types.LONGVARCHAR;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        column(column);
        return columnNullable;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        switch (column(column).type()) {
            case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT:
            case Types.REAL: case Types.FLOAT: case Types.DOUBLE: case Types.DECIMAL: case Types.NUMERIC:
                return true;
            default:
                return false;
        }
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        switch (column(column).type()) {
            case Types.BOOLEAN: return 5;
            case Types.SMALLINT: return 6;
            case Types.INTEGER: return 11;
            case Types.BIGINT: return 20;
            default: return 128;
        }
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        switch (column(column).type()) {
            case Types.BOOLEAN: return 1;
            case Types.SMALLINT: return 5;
            case Types.INTEGER: return 10;
            case Types.BIGINT: return 19;
            case Types.VARCHAR: return Integer.MAX_VALUE;
            default: return 0;
        }
    }

    @Override
    public int getScale(int column) throws SQLException {
        column(column);
        return 0;
    }

    @Override
    public String getTableName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return column(column).type();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return column(column).typeName();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        switch (column(column).type()) {
            case Types.BOOLEAN: case Types.BIT: return Boolean.class.getName();
            case Types.TINYINT: return Byte.class.getName();
            case Types.SMALLINT: return Short.class.getName();
            case Types.INTEGER: return Integer.class.getName();
            case Types.BIGINT: return Long.class.getName();
            case Types.REAL: return Float.class.getName();
            case Types.FLOAT: case Types.DOUBLE: return Double.class.getName();
            case Types.DECIMAL: case Types.NUMERIC: return java.math.BigDecimal.class.getName();
            case Types.VARCHAR: case Types.CHAR: case Types.LONGVARCHAR: return String.class.getName();
            default: return Object.class.getName();
        }
    }

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
