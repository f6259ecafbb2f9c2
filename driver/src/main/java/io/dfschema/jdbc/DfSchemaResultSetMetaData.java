package io.dfschema.jdbc;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.metadata.types.JdbcTypeMapping;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Column descriptions from the engine's output schema. Labels are the names DataFusion
 * gave the columns; type names are the engine's own type spelling (e.g. {@code Int64},
 * {@code List(Utf8)}); JDBC types follow docs/type-mapping.md. Table and schema names are
 * not tracked per output column, so they are reported as "" (the JDBC convention for
 * "not applicable").
 */
public final class DfSchemaResultSetMetaData implements ResultSetMetaData {
    private final List<ArrowField> fields;

    public DfSchemaResultSetMetaData(List<ArrowField> fields) {
        this.fields = List.copyOf(fields);
    }

    private ArrowField field(int column) throws SQLException {
        if (column < 1 || column > fields.size()) {
            throw SqlErrors.of(SqlErrors.INVALID_PARAMETER_INDEX, "column index " + column + " out of range 1.." + fields.size());
        }
        return fields.get(column - 1);
    }

    private ArrowType type(int column) throws SQLException {
        return field(column).type();
    }

    @Override
    public int getColumnCount() {
        return fields.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return JdbcTypeMapping.isCaseSensitive(type(column));
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        field(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return field(column).nullable() ? columnNullable : columnNoNulls;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypeMapping.isSigned(type(column));
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return JdbcTypeMapping.displaySize(type(column));
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return field(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return field(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        field(column);
        return "";
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
    public String getTableName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        field(column);
        return "";
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
    public boolean isReadOnly(int column) throws SQLException {
        field(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypeMapping.javaClassName(type(column));
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
