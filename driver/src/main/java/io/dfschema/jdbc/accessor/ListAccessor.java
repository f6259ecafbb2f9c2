package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.ListVector;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every list kind: java.sql.Array by default, java.util.List on request, "[1, NULL, 3]" as text. */
final class ListAccessor extends BaseAccessor {
    private final ListVector vector;
    private final ArrowField item;
    private final BaseAccessor element;

    ListAccessor(ArrowType type, ListVector vector, BaseAccessor element) {
        super(type);
        this.vector = vector;
        this.item = type.valueType().item();
        this.element = element;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) throws SQLException {
        return elementsText(element, vector.start(row), vector.end(row));
    }

    @Override
    protected Object object(int row) {
        return arrayValue(row);
    }

    @Override
    protected Array arrayValue(int row) {
        return new DfSchemaArray(item, element, vector.start(row), vector.end(row));
    }

    @Override
    protected List<Object> listValue(int row) throws SQLException {
        int start = vector.start(row);
        int end = vector.end(row);
        List<Object> out = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            out.add(element.getObject(i));
        }
        return out;
    }

    /** Arrow's list text: elements joined by ", " in brackets, nulls as NULL, strings unquoted. */
    static String elementsText(BaseAccessor element, int start, int end) throws SQLException {
        StringBuilder out = new StringBuilder().append('[');
        for (int i = start; i < end; i++) {
            if (i > start) {
                out.append(", ");
            }
            out.append(element.display(i));
        }
        return out.append(']').toString();
    }
}
