package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.engine.vector.FixedWidthVector;

/**
 * INT8..INT64 and UINT8..UINT32. Unsigned values are zero-extended, and getObject boxes them
 * one size up (UINT8 → Short, UINT16 → Integer, UINT32 → Long) so no value turns negative.
 */
final class IntegerAccessor extends IntegralAccessor {
    private final FixedWidthVector vector;
    private final TypeId id;

    IntegerAccessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
        this.id = type.valueType().id();
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected long value(int row) {
        return switch (id) {
            case UINT8 -> vector.getByte(row) & 0xFFL;
            case UINT16 -> vector.getShort(row) & 0xFFFFL;
            case UINT32 -> vector.getInt(row) & 0xFFFF_FFFFL;
            default -> vector.getLongValue(row);
        };
    }

    @Override
    protected Object object(int row) {
        return switch (id) {
            case INT8 -> vector.getByte(row);
            case INT16 -> vector.getShort(row);
            case INT32 -> vector.getInt(row);
            case UINT8 -> (short) value(row);
            case UINT16 -> (int) value(row);
            default -> value(row); // INT64, UINT32
        };
    }
}
