package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.vector.FixedWidthVector;
import java.time.Duration;

/** DURATION in every unit: java.time.Duration, shown in Arrow's pretty form. */
final class DurationAccessor extends BaseAccessor {
    private final FixedWidthVector vector;
    private final TimeUnit unit;

    DurationAccessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
        this.unit = type.valueType().unit();
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected Duration duration(int row) {
        long v = vector.getLong(row);
        long perSecond = unit.perSecond();
        return Duration.ofSeconds(Math.floorDiv(v, perSecond),
                Math.floorMod(v, perSecond) * (TimeUnit.NANOSECOND.perSecond() / perSecond));
    }

    @Override
    protected String text(int row) {
        return TemporalText.duration(vector.getLong(row), unit);
    }

    @Override
    protected Object object(int row) {
        return duration(row);
    }
}
