package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.BoolVector;
import io.dfschema.engine.vector.ColumnVector;
import io.dfschema.engine.vector.DecimalVector;
import io.dfschema.engine.vector.FixedWidthVector;
import io.dfschema.engine.vector.ListVector;
import io.dfschema.engine.vector.MapVector;
import io.dfschema.engine.vector.StructVector;
import io.dfschema.engine.vector.VarBinaryVector;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the accessor for a column from its type (dictionaries and run-end encodings by their
 * value type) and builds nested accessors once per column, not per row.
 *
 * <p>getObject classes: BOOL Boolean; INT8 Byte, INT16 Short, INT32 Integer, INT64 Long;
 * UINT8 Short, UINT16 Integer, UINT32 Long (one size up so no value turns negative); UINT64
 * Long when the value is at most Long.MAX_VALUE, else BigInteger; floats Float/Double;
 * decimals BigDecimal; strings, intervals, unions String; binaries byte[]; dates
 * java.sql.Date; times java.sql.Time; timestamps java.sql.Timestamp with or without zone;
 * durations java.time.Duration; lists java.sql.Array; structs java.sql.Struct; maps
 * java.util.Map (LinkedHashMap). See docs/type-mapping.md.
 */
public final class Accessors {
    private Accessors() {}

    public static Accessor forColumn(ArrowField field, ColumnVector vector) {
        return create(field, vector);
    }

    static BaseAccessor create(ArrowField field, ColumnVector vector) {
        ArrowType type = field.type();
        ArrowType value = type.valueType();
        return switch (value.id()) {
            case NULL -> new NullAccessor(type, vector);
            case BOOL -> new BooleanAccessor(type, as(BoolVector.class, vector, field));
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32 ->
                    new IntegerAccessor(type, as(FixedWidthVector.class, vector, field));
            case UINT64 -> new UInt64Accessor(type, as(FixedWidthVector.class, vector, field));
            case FLOAT16, FLOAT32, FLOAT64 -> new FloatAccessor(type, as(FixedWidthVector.class, vector, field));
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 ->
                    new DecimalAccessor(type, as(DecimalVector.class, vector, field));
            case UTF8, LARGE_UTF8, UTF8_VIEW -> new StringAccessor(type, as(VarBinaryVector.class, vector, field));
            case BINARY, LARGE_BINARY, BINARY_VIEW, FIXED_SIZE_BINARY ->
                    new BinaryAccessor(type, as(VarBinaryVector.class, vector, field));
            case DATE32, DATE64 -> new DateAccessor(type, as(FixedWidthVector.class, vector, field));
            case TIME32, TIME64 -> new TimeAccessor(type, as(FixedWidthVector.class, vector, field));
            case TIMESTAMP -> new TimestampAccessor(type, as(FixedWidthVector.class, vector, field));
            case DURATION -> new DurationAccessor(type, as(FixedWidthVector.class, vector, field));
            case INTERVAL, UNION, OTHER -> new DisplayTextAccessor(type, as(VarBinaryVector.class, vector, field));
            case LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW -> {
                ListVector list = as(ListVector.class, vector, field);
                yield new ListAccessor(type, list, create(value.item(), list.child()));
            }
            case STRUCT -> {
                StructVector struct = as(StructVector.class, vector, field);
                List<BaseAccessor> children = new ArrayList<>();
                for (int k = 0; k < value.children().size(); k++) {
                    children.add(create(value.children().get(k), struct.child(k)));
                }
                yield new StructAccessor(type, struct, children);
            }
            case MAP -> {
                MapVector map = as(MapVector.class, vector, field);
                yield new MapAccessor(type, map, create(value.mapKey(), map.keys()), create(value.mapValue(), map.values()));
            }
            case DICTIONARY, RUN_END_ENCODED -> throw new IllegalStateException("unresolved type " + value);
        };
    }

    private static <V extends ColumnVector> V as(Class<V> kind, ColumnVector vector, ArrowField field) {
        if (!kind.isInstance(vector)) {
            throw new IllegalArgumentException("column " + field.name() + " of type " + field.type()
                    + " needs a " + kind.getSimpleName() + ", got " + vector.getClass().getSimpleName());
        }
        return kind.cast(vector);
    }
}
