package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.engine.vector.FixedWidthVector;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Calendar;

/**
 * DATE32 (days since the epoch) and DATE64 (milliseconds since the epoch). DATE64 can carry a
 * time of day, which Arrow shows ({@code %Y-%m-%dT%H:%M:%S%.f}) and getTimestamp keeps;
 * getDate and getObject give its date only, as for any JDBC DATE.
 */
final class DateAccessor extends BaseAccessor {
    private final FixedWidthVector vector;
    private final boolean millis;

    DateAccessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
        this.millis = type.valueType().id() == TypeId.DATE64;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected LocalDateTime localDateTime(int row) throws SQLException {
        if (!millis) {
            return localDate(row).atStartOfDay();
        }
        long ms = vector.getLong(row);
        try {
            return LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000,
                    ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw Errors.dateTimeOverflow(ms, type().name());
        }
    }

    @Override
    protected LocalDate localDate(int row) throws SQLException {
        if (millis) {
            return localDateTime(row).toLocalDate();
        }
        int days = vector.getInt(row);
        try {
            return LocalDate.ofEpochDay(days);
        } catch (DateTimeException e) {
            throw Errors.dateTimeOverflow(days, type().name());
        }
    }

    @Override
    protected String text(int row) throws SQLException {
        return millis ? TemporalText.dateTime(localDateTime(row)) : TemporalText.date(localDate(row));
    }

    @Override
    protected Object object(int row) throws SQLException {
        return dateValue(row, null);
    }

    @Override
    protected Date dateValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.date(localDate(row), cal);
    }

    @Override
    protected Timestamp timestampValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.timestamp(localDateTime(row), cal);
    }

    /** Only DATE64 has a time of day to give. */
    @Override
    protected Time timeValue(int row, Calendar cal) throws SQLException {
        if (!millis) {
            throw unsupported("java.sql.Time");
        }
        return LegacyDates.time(localDateTime(row).toLocalTime(), cal);
    }

    @Override
    protected LocalTime localTime(int row) throws SQLException {
        if (!millis) {
            throw unsupported("java.time.LocalTime");
        }
        return localDateTime(row).toLocalTime();
    }
}
