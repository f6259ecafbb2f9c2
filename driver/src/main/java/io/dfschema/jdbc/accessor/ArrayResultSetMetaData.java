package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.metadata.types.JdbcTypeMapping;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Metadata of {@link ArrayResultSet}: INDEX is a non-null BIGINT, VALUE has the element type. */
final class ArrayResultSetMetaData implements ResultSetMetaData {
    private final ArrowField item;

    ArrayResultSetMetaData(ArrowField item) {
        this.item = item;
    }

    private ArrowType type(int column) throws SQLException {
        return switch (column) {
            case 1 -> IndexAccessor.INT64;
            case 2 -> item.type();
            default -> throw Errors.state(Errors.INVALID_COLUMN_INDEX, "column index " + column + " is not 1 or 2");
        };
    }

    @Override
    public int getColumnCount() {
        return 2;
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        type(column);
        return column == 1 ? ArrayResultSet.INDEX : ArrayResultSet.VALUE;
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return getColumnName(column);
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return JdbcTypeMapping.jdbcType(type(column));
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return JdbcTypeMapping.typeName(type(column));
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypeMapping.javaClassName(type(column));
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return JdbcTypeMapping.precision(type(column));
    }

    @Override
    public int getScale(int column) throws SQLException {
        return JdbcTypeMapping.scale(type(column));
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return JdbcTypeMapping.displaySize(type(column));
    }

    @Override
    public int isNullable(int column) throws SQLException {
        type(column);
        return column == 2 && item.nullable() ? columnNullable : columnNoNulls;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypeMapping.isSigned(type(column));
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return JdbcTypeMapping.isCaseSensitive(type(column));
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        type(column);
        return false;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        type(column);
        return false;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        type(column);
        return false;
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        type(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        type(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        type(column);
        return false;
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        type(column);
        return "";
    }

    @Override
    public String getTableName(int column) throws SQLException {
        type(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        type(column);
        return "";
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
}
