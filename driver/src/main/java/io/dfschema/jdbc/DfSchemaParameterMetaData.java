package io.dfschema.jdbc;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.metadata.types.JdbcTypeMapping;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Parameter types as the planner inferred them. A parameter whose type the planner could
 * not infer (e.g. {@code SELECT ?}) reports {@link Types#OTHER} / "unknown": any value
 * may be bound and keeps its own type.
 */
public final class DfSchemaParameterMetaData implements ParameterMetaData {
    private final List<ArrowField> planned;
    private final int count;

    DfSchemaParameterMetaData(List<ArrowField> planned, int count) {
        this.planned = planned;
        this.count = count;
    }

    private ArrowType type(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw SqlErrors.of(SqlErrors.INVALID_PARAMETER_INDEX, "parameter index " + param + " out of range 1.." + count);
        }
        if (param > planned.size()) {
            return null;
        }
        ArrowType t = planned.get(param - 1).type();
        return t.id() == TypeId.NULL ? null : t;
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        type(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        ArrowType t = type(param);
        return t != null && JdbcTypeMapping.isSigned(t);
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        ArrowType t = type(param);
        return t == null ? 0 : JdbcTypeMapping.precision(t);
    }

    @Override
    public int getScale(int param) throws SQLException {
        ArrowType t = type(param);
        return t == null ? 0 : JdbcTypeMapping.scale(t);
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        ArrowType t = type(param);
        return t == null ? Types.OTHER : JdbcTypeMapping.jdbcType(t);
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        ArrowType t = type(param);
        return t == null ? "unknown" : JdbcTypeMapping.typeName(t);
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        ArrowType t = type(param);
        return t == null ? Object.class.getName() : JdbcTypeMapping.javaClassName(t);
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
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
