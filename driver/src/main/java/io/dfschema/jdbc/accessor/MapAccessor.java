package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.MapVector;
import java.sql.SQLException;
import java.util.Map;

/**
 * MAP: a LinkedHashMap ({@link DisplayedMap}) in the engine's entry order (a repeated key keeps its first position
 * and its last value), "{k1: v1, k2: v2}" as text.
 */
final class MapAccessor extends BaseAccessor {
    private final MapVector vector;
    private final BaseAccessor keys;
    private final BaseAccessor values;

    MapAccessor(ArrowType type, MapVector vector, BaseAccessor keys, BaseAccessor values) {
        super(type);
        this.vector = vector;
        this.keys = keys;
        this.values = values;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) throws SQLException {
        int start = vector.start(row);
        int end = vector.end(row);
        StringBuilder out = new StringBuilder().append('{');
        for (int i = start; i < end; i++) {
            if (i > start) {
                out.append(", ");
            }
            out.append(keys.display(i)).append(": ").append(values.display(i));
        }
        return out.append('}').toString();
    }

    @Override
    protected Object object(int row) throws SQLException {
        return mapValue(row);
    }

    @Override
    protected Map<Object, Object> mapValue(int row) throws SQLException {
        int start = vector.start(row);
        int end = vector.end(row);
        Map<Object, Object> out = new DisplayedMap(text(row));
        for (int i = start; i < end; i++) {
            out.put(keys.getObject(i), values.getObject(i));
        }
        return out;
    }
}
