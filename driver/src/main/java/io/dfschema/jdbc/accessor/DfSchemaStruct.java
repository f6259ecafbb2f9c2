package io.dfschema.jdbc.accessor;

import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;

/** A STRUCT value: its attributes in field order, each as getObject returns it. */
public final class DfSchemaStruct implements Struct {
    private final String typeName;
    private final Object[] attributes;
    private final BaseAccessor source;
    private final int row;

    DfSchemaStruct(String typeName, Object[] attributes, BaseAccessor source, int row) {
        this.typeName = typeName;
        this.attributes = attributes;
        this.source = source;
        this.row = row;
    }

    /** The engine's name of the struct type, e.g. {@code Struct("a": Int64, "b": Utf8)}. */
    @Override
    public String getSQLTypeName() {
        return typeName;
    }

    @Override
    public Object[] getAttributes() {
        return attributes.clone();
    }

    /** Custom type maps are not supported; an empty map is the same as none. */
    @Override
    public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("a type map for Struct.getAttributes");
        }
        return getAttributes();
    }

    /** The engine's display text, e.g. {@code {a: 1, b: foo}}. */
    @Override
    public String toString() {
        try {
            return source.getString(row);
        } catch (SQLException e) {
            return typeName;
        }
    }
}
