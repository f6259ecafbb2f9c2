package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowField;
import io.dfschema.metadata.types.JdbcTypeMapping;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * A list value: elements {@code start..end} of the list's child column, read through the
 * element accessor so every conversion matches the top-level getters. It stays valid after
 * the cursor moves on, since it holds the batch's vectors, until {@link #free()}.
 */
public final class DfSchemaArray implements Array {
    private final ArrowField item;
    private final BaseAccessor element;
    private final int start;
    private final int length;
    private boolean freed;

    DfSchemaArray(ArrowField item, BaseAccessor element, int start, int end) {
        this.item = item;
        this.element = element;
        this.start = start;
        this.length = end - start;
    }

    /** The engine's name of the element type, e.g. {@code Int64}. */
    @Override
    public String getBaseTypeName() throws SQLException {
        checkLive();
        return JdbcTypeMapping.typeName(item.type());
    }

    @Override
    public int getBaseType() throws SQLException {
        checkLive();
        return JdbcTypeMapping.jdbcType(item.type());
    }

    /**
     * A Java array whose component type is the element type's getObject class
     * (Long[] for Int64, java.sql.Array[] for nested lists, ...); null elements stay null.
     */
    @Override
    public Object getArray() throws SQLException {
        checkLive();
        return elements(0, length);
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) throws SQLException {
        checkTypeMap(map);
        return getArray();
    }

    /** {@code count} elements from the 1-based {@code index}. */
    @Override
    public Object getArray(long index, int count) throws SQLException {
        checkLive();
        return elements(offset(index, count), count);
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        checkTypeMap(map);
        return getArray(index, count);
    }

    /** Rows of (INDEX BIGINT, VALUE), INDEX being the 1-based array position, in array order. */
    @Override
    public ResultSet getResultSet() throws SQLException {
        checkLive();
        return new ArrayResultSet(item, element, start, 1, length);
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        checkTypeMap(map);
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        checkLive();
        int offset = offset(index, count);
        return new ArrayResultSet(item, element, start + offset, index, count);
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        checkTypeMap(map);
        return getResultSet(index, count);
    }

    @Override
    public void free() {
        freed = true;
    }

    /** The engine's display text, e.g. {@code [1, NULL, 3]}. */
    @Override
    public String toString() {
        try {
            return ListAccessor.elementsText(element, start, start + length);
        } catch (SQLException e) {
            return "Array(" + item.type() + ")";
        }
    }

    private Object elements(int offset, int count) throws SQLException {
        Object out = java.lang.reflect.Array.newInstance(JdbcTypeMapping.javaClass(item.type()), count);
        for (int i = 0; i < count; i++) {
            java.lang.reflect.Array.set(out, i, element.getObject(start + offset + i));
        }
        return out;
    }

    /** Zero-based offset of a 1-based JDBC index, checking the slice lies inside the array. */
    private int offset(long index, int count) throws SQLException {
        if (index < 1 || count < 0 || index - 1 + count > length) {
            throw Errors.state(Errors.ARRAY_SUBSCRIPT, "array slice from index " + index + " of " + count
                    + " elements is outside the array of " + length + " elements");
        }
        return (int) (index - 1);
    }

    private void checkLive() throws SQLException {
        if (freed) {
            throw Errors.state("HY010", "the Array was freed");
        }
    }

    private void checkTypeMap(Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("a type map for Array");
        }
    }
}
