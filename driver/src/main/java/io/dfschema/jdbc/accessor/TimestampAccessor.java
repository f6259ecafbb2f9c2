package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.vector.FixedWidthVector;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * TIMESTAMP in every unit, with or without a time zone.
 *
 * <p>Without a zone the value is a wall-clock date-time (Arrow stores it as if UTC).
 * getTimestamp/getDate/getTime place it in the Calendar's zone, or the JVM default zone
 * without one (pgjdbc's rule for timestamp); java.time targets take it as is, and
 * OffsetDateTime/Instant/ZonedDateTime read it as UTC, matching the engine's casts.
 *
 * <p>With a zone the value is an instant. getTimestamp and getObject return that instant as
 * a java.sql.Timestamp (as pgjdbc does for timestamptz; the Calendar is irrelevant);
 * OffsetDateTime/ZonedDateTime carry the column zone's offset at that instant, and the
 * LocalDate/LocalTime/LocalDateTime targets give the wall clock in the column's zone, which
 * is also what getString shows. getDate/getTime give the wall clock in the Calendar's (or
 * JVM default) zone.
 */
final class TimestampAccessor extends BaseAccessor {
    private final FixedWidthVector vector;
    private final long perSecond;
    private final long nanosPerUnit;
    private final String zoneName;
    private final ZoneId zone;

    TimestampAccessor(ArrowType type, FixedWidthVector vector) {
        super(type);
        this.vector = vector;
        ArrowType t = type.valueType();
        this.perSecond = t.unit().perSecond();
        this.nanosPerUnit = TimeUnit.NANOSECOND.perSecond() / perSecond;
        this.zoneName = t.timeZone();
        this.zone = zoneName == null ? null : Zones.parse(zoneName);
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    private boolean zoned() {
        return zoneName != null;
    }

    private ZoneId zone() throws SQLException {
        if (zone == null) {
            throw Errors.badTimeZone(zoneName);
        }
        return zone;
    }

    @Override
    protected Instant instant(int row) throws SQLException {
        long v = vector.getLong(row);
        try {
            return Instant.ofEpochSecond(Math.floorDiv(v, perSecond), Math.floorMod(v, perSecond) * nanosPerUnit);
        } catch (DateTimeException e) {
            throw Errors.dateTimeOverflow(v, type().name());
        }
    }

    /** The stored value read as a UTC wall clock. */
    private LocalDateTime utcWallClock(int row) throws SQLException {
        long v = vector.getLong(row);
        try {
            return LocalDateTime.ofEpochSecond(Math.floorDiv(v, perSecond),
                    (int) (Math.floorMod(v, perSecond) * nanosPerUnit), ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw Errors.dateTimeOverflow(v, type().name());
        }
    }

    @Override
    protected LocalDateTime localDateTime(int row) throws SQLException {
        return zoned() ? LocalDateTime.ofInstant(instant(row), zone()) : utcWallClock(row);
    }

    @Override
    protected LocalDate localDate(int row) throws SQLException {
        return localDateTime(row).toLocalDate();
    }

    @Override
    protected LocalTime localTime(int row) throws SQLException {
        return localDateTime(row).toLocalTime();
    }

    @Override
    protected ZonedDateTime zonedDateTime(int row) throws SQLException {
        return zoned() ? instant(row).atZone(zone()) : utcWallClock(row).atZone(ZoneOffset.UTC);
    }

    @Override
    protected OffsetDateTime offsetDateTime(int row) throws SQLException {
        return zonedDateTime(row).toOffsetDateTime();
    }

    @Override
    protected String text(int row) throws SQLException {
        if (!zoned()) {
            return TemporalText.dateTime(utcWallClock(row));
        }
        ZonedDateTime z = zonedDateTime(row);
        return TemporalText.rfc3339(z.toLocalDateTime(), z.getOffset());
    }

    @Override
    protected Object object(int row) throws SQLException {
        return timestampValue(row, null);
    }

    @Override
    protected Timestamp timestampValue(int row, Calendar cal) throws SQLException {
        return zoned() ? Timestamp.from(instant(row)) : LegacyDates.timestamp(utcWallClock(row), cal);
    }

    @Override
    protected Date dateValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.date(wallClockFor(row, cal).toLocalDate(), cal);
    }

    @Override
    protected Time timeValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.time(wallClockFor(row, cal).toLocalTime(), cal);
    }

    /** Zone-less values as stored; instants as the wall clock where the caller reads them. */
    private LocalDateTime wallClockFor(int row, Calendar cal) throws SQLException {
        if (!zoned()) {
            return utcWallClock(row);
        }
        TimeZone reader = cal == null ? TimeZone.getDefault() : cal.getTimeZone();
        return LocalDateTime.ofInstant(instant(row), reader.toZoneId());
    }
}
