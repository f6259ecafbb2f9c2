package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.StructVector;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * STRUCT: java.sql.Struct by default, a field-name → value Map on request (handy where
 * Struct is awkward), "{a: 1, b: foo}" as text.
 */
final class StructAccessor extends BaseAccessor {
    private final StructVector vector;
    private final List<BaseAccessor> fields;
    private final List<String> names;

    StructAccessor(ArrowType type, StructVector vector, List<BaseAccessor> fields) {
        super(type);
        this.vector = vector;
        this.fields = List.copyOf(fields);
        this.names = type.valueType().children().stream().map(f -> f.name()).toList();
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) throws SQLException {
        StringBuilder out = new StringBuilder().append('{');
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append(names.get(k)).append(": ").append(fields.get(k).display(row));
        }
        return out.append('}').toString();
    }

    @Override
    protected Object object(int row) throws SQLException {
        return structValue(row);
    }

    @Override
    protected Struct structValue(int row) throws SQLException {
        Object[] attributes = new Object[fields.size()];
        for (int k = 0; k < attributes.length; k++) {
            attributes[k] = fields.get(k).getObject(row);
        }
        return new DfSchemaStruct(type().name(), attributes, this, row);
    }

    @Override
    protected Map<Object, Object> mapValue(int row) throws SQLException {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < fields.size(); k++) {
            out.put(names.get(k), fields.get(k).getObject(row));
        }
        return out;
    }
}
