package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import io.dfschema.engine.vector.FixedWidthVector;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Calendar;

/**
 * TIME32 (s, ms) and TIME64 (us, ns): time of day since midnight. java.sql.Time keeps
 * milliseconds only; LocalTime (getObject(col, LocalTime.class)) and getTimestamp keep all digits.
 */
final class TimeAccessor extends BaseAccessor {
    private final FixedWidthVector vector;
    private final boolean wide;
    private final long nanosPerUnit;

    TimeAccessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
        ArrowType t = type.valueType();
        this.wide = t.id() == TypeId.TIME64;
        this.nanosPerUnit = TimeUnit.NANOSECOND.perSecond() / t.unit().perSecond();
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected LocalTime localTime(int row) throws SQLException {
        long v = wide ? vector.getLong(row) : vector.getInt(row);
        try {
            return LocalTime.ofNanoOfDay(Math.multiplyExact(v, nanosPerUnit));
        } catch (ArithmeticException | DateTimeException e) {
            throw Errors.dateTimeOverflow(v, type().name());
        }
    }

    @Override
    protected String text(int row) throws SQLException {
        return TemporalText.time(localTime(row));
    }

    @Override
    protected Object object(int row) throws SQLException {
        return timeValue(row, null);
    }

    @Override
    protected Time timeValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.time(localTime(row), cal);
    }

    /** The time on 1970-01-01, as JDBC specifies for TIME read as a timestamp. */
    @Override
    protected Timestamp timestampValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.timestamp(LocalDate.EPOCH.atTime(localTime(row)), cal);
    }
}
