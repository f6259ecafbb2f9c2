package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import java.util.List;

/** The INDEX column of Array.getResultSet(): the 1-based array position of each row. */
final class IndexAccessor extends IntegralAccessor {
    static final ArrowType INT64 = new ArrowType(TypeId.INT64, "Int64", 0, 0, (TimeUnit) null, -1, null, -1, List.of());

    private final long first;

    IndexAccessor(long first) {
        super(INT64);
        this.first = first;
    }

    @Override
    public boolean isNull(int row) {
        return false;
    }

    @Override
    protected long value(int row) {
        return first + row;
    }

    @Override
    protected Object object(int row) {
        return value(row);
    }
}
