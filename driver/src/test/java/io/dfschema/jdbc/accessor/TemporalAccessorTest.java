package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.TestTypes;

import static io.dfschema.jdbc.accessor.SqlAssert.assertSqlState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs with the JVM default zone set to America/New_York so zone handling is visible. */
class TemporalAccessorTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private TimeZone saved;

    @BeforeEach
    void fixZone() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(NEW_YORK));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(saved);
    }

    private static Calendar calendar(String zone) {
        return new GregorianCalendar(TimeZone.getTimeZone(zone));
    }

    private static long epochMillis(LocalDateTime dt, ZoneId zone) {
        return dt.atZone(zone).toInstant().toEpochMilli();
    }

    // ---- dates

    @Test
    void date32() throws Exception {
        long jan31 = LocalDate.of(2023, 1, 31).toEpochDay();
        BaseAccessor a = Columns.of(TestTypes.simple(TypeId.DATE32, "Date32"), (int) jan31, -1, null,
                (int) LocalDate.of(-1, 6, 1).toEpochDay());
        assertEquals("2023-01-31", a.getString(0));
        assertEquals("1969-12-31", a.getString(1));
        assertEquals("-0001-06-01", a.getString(3));
        assertEquals(Date.valueOf("2023-01-31"), a.getDate(0, null));
        assertEquals(Date.valueOf("2023-01-31"), a.getObject(0));
        assertInstanceOf(Date.class, a.getObject(0));
        assertEquals(LocalDate.of(2023, 1, 31), a.getObject(0, LocalDate.class));
        assertEquals(LocalDateTime.of(2023, 1, 31, 0, 0), a.getObject(0, LocalDateTime.class));
        assertEquals(Timestamp.valueOf("2023-01-31 00:00:00"), a.getTimestamp(0, null));
        assertEquals(epochMillis(LocalDateTime.of(2023, 1, 31, 0, 0), ZoneOffset.UTC),
                a.getDate(0, calendar("UTC")).getTime());
        assertEquals(epochMillis(LocalDateTime.of(2023, 1, 31, 0, 0), ZoneId.of("Asia/Tokyo")),
                a.getTimestamp(0, calendar("Asia/Tokyo")).getTime());
        assertEquals("2023-01-31", a.getObject(0, Date.class).toString());
        assertNull(a.getDate(2, null));
        assertSqlState("22018", () -> a.getTime(0, null));
        assertSqlState("22018", () -> a.getInt(0));
    }

    @Test
    void date64KeepsItsTimeOfDayWhereItCan() throws Exception {
        long plain = epochMillis(LocalDateTime.of(2001, 10, 5, 0, 0), ZoneOffset.UTC);
        long withTime = epochMillis(LocalDateTime.of(2001, 10, 5, 1, 2, 3, 4_000_000), ZoneOffset.UTC);
        BaseAccessor a = Columns.of(TestTypes.simple(TypeId.DATE64, "Date64"), plain, withTime, -1L);
        assertEquals("2001-10-05T00:00:00", a.getString(0));
        assertEquals("2001-10-05T01:02:03.004", a.getString(1));
        assertEquals("1969-12-31T23:59:59.999", a.getString(2));
        assertEquals(Date.valueOf("2001-10-05"), a.getObject(1));
        assertEquals(LocalDateTime.of(2001, 10, 5, 1, 2, 3, 4_000_000), a.getObject(1, LocalDateTime.class));
        assertEquals(Timestamp.valueOf("2001-10-05 01:02:03.004"), a.getTimestamp(1, null));
        assertEquals(LocalTime.of(1, 2, 3, 4_000_000), a.getObject(1, LocalTime.class));
    }

    // ---- times

    @Test
    void timesInEveryUnit() throws Exception {
        BaseAccessor s = Columns.of(TestTypes.withUnit(TypeId.TIME32, TimeUnit.SECOND), 8 * 3600 + 15 * 60 + 30);
        BaseAccessor ms = Columns.of(TestTypes.withUnit(TypeId.TIME32, TimeUnit.MILLISECOND), 34_325_123, 34_325_120);
        BaseAccessor us = Columns.of(TestTypes.withUnit(TypeId.TIME64, TimeUnit.MICROSECOND), 34_325_123_456L);
        BaseAccessor ns = Columns.of(TestTypes.withUnit(TypeId.TIME64, TimeUnit.NANOSECOND), 34_325_123_456_789L,
                34_325_000_000_000L);
        assertEquals("08:15:30", s.getString(0));
        assertEquals("09:32:05.123", ms.getString(0));
        assertEquals("09:32:05.120", ms.getString(1));
        assertEquals("09:32:05.123456", us.getString(0));
        assertEquals("09:32:05.123456789", ns.getString(0));
        assertEquals("09:32:05", ns.getString(1));
        assertEquals(LocalTime.of(9, 32, 5, 123_456_789), ns.getObject(0, LocalTime.class));
        assertInstanceOf(Time.class, ns.getObject(0));
        assertEquals("09:32:05", ns.getTime(0, null).toString());
        assertEquals(34_325_123L, ms.getTime(0, calendar("UTC")).getTime());
        assertEquals(epochMillis(LocalDateTime.of(1970, 1, 1, 9, 32, 5, 123_000_000), NEW_YORK),
                ms.getTime(0, null).getTime());
        Timestamp ts = ns.getTimestamp(0, calendar("UTC"));
        assertEquals(34_325_123L, ts.getTime());
        assertEquals(123_456_789, ts.getNanos());
        assertSqlState("22018", () -> ns.getDate(0, null));
    }

    @Test
    void timeOutsideADayIsAnError() {
        BaseAccessor a = Columns.of(TestTypes.withUnit(TypeId.TIME32, TimeUnit.SECOND), 90_000);
        assertSqlState("22008", () -> a.getString(0), "90000");
    }

    // ---- timestamps without zone

    @Test
    void timestampsWithoutZoneInEveryUnit() throws Exception {
        LocalDateTime t = LocalDateTime.of(2020, 9, 8, 13, 42, 29, 190_855_123);
        long seconds = t.toEpochSecond(ZoneOffset.UTC);
        assertEquals("2020-09-08T13:42:29",
                Columns.of(TestTypes.timestamp(TimeUnit.SECOND, null), seconds).getString(0));
        assertEquals("2020-09-08T13:42:29.190",
                Columns.of(TestTypes.timestamp(TimeUnit.MILLISECOND, null), seconds * 1000 + 190).getString(0));
        assertEquals("2020-09-08T13:42:29.190855",
                Columns.of(TestTypes.timestamp(TimeUnit.MICROSECOND, null), seconds * 1_000_000 + 190_855).getString(0));
        assertEquals("2020-09-08T13:42:29.190855123",
                Columns.of(TestTypes.timestamp(TimeUnit.NANOSECOND, null), seconds * 1_000_000_000 + 190_855_123)
                        .getString(0));
        assertEquals("1969-12-31T23:59:59.999999999",
                Columns.of(TestTypes.timestamp(TimeUnit.NANOSECOND, null), -1L).getString(0));
    }

    @Test
    void timestampWithoutZoneIsAWallClock() throws Exception {
        LocalDateTime t = LocalDateTime.of(2020, 9, 8, 13, 42, 29, 190_855_000);
        long micros = t.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + 190_855;
        BaseAccessor a = Columns.of(TestTypes.timestamp(TimeUnit.MICROSECOND, null), micros);
        assertEquals(t, a.getObject(0, LocalDateTime.class));
        assertEquals(Timestamp.valueOf(t), a.getTimestamp(0, null));
        assertEquals(Timestamp.valueOf(t), a.getObject(0));
        assertEquals(t, a.getTimestamp(0, null).toLocalDateTime());
        // with a Calendar the wall clock is placed in the calendar's zone
        Timestamp utc = a.getTimestamp(0, calendar("UTC"));
        assertEquals(micros / 1000, utc.getTime());
        assertEquals(190_855_000, utc.getNanos());
        assertEquals(epochMillis(t, ZoneId.of("Asia/Kolkata")) / 1000,
                a.getTimestamp(0, calendar("Asia/Kolkata")).getTime() / 1000);
        assertEquals(Date.valueOf("2020-09-08"), a.getDate(0, null));
        assertEquals(LocalDate.of(2020, 9, 8), a.getObject(0, LocalDate.class));
        assertEquals(LocalTime.of(13, 42, 29, 190_855_000), a.getObject(0, LocalTime.class));
        assertEquals("13:42:29", a.getTime(0, null).toString());
        // java.time targets with an offset read the value as UTC
        assertEquals(t.atOffset(ZoneOffset.UTC), a.getObject(0, OffsetDateTime.class));
        assertEquals(t.toInstant(ZoneOffset.UTC), a.getObject(0, Instant.class));
        assertEquals(t.atZone(ZoneOffset.UTC), a.getObject(0, ZonedDateTime.class));
    }

    @Test
    void timestampBeforeTheGregorianCutoverKeepsItsWallClockText() throws Exception {
        LocalDateTime t = LocalDateTime.of(1500, 3, 1, 12, 0);
        BaseAccessor a = Columns.of(TestTypes.timestamp(TimeUnit.SECOND, null), t.toEpochSecond(ZoneOffset.UTC));
        assertEquals("1500-03-01T12:00:00", a.getString(0));
        assertEquals("1500-03-01 12:00:00.0", a.getTimestamp(0, null).toString());
        assertEquals(Timestamp.valueOf("1500-03-01 12:00:00"), a.getTimestamp(0, calendar("America/New_York")));
    }

    // ---- timestamps with zone

    @Test
    void timestampWithZoneShowsRfc3339AtTheInstantsOffset() throws Exception {
        Instant summer = Instant.parse("2020-09-08T13:42:29Z");
        Instant winter = Instant.parse("2020-01-08T13:42:29.5Z");
        long summerNs = summer.getEpochSecond() * 1_000_000_000L;
        long winterNs = winter.getEpochSecond() * 1_000_000_000L + 500_000_000L;
        BaseAccessor utc = Columns.of(TestTypes.timestamp(TimeUnit.NANOSECOND, "UTC"), summerNs + 190_855_123);
        BaseAccessor plus8 = Columns.of(TestTypes.timestamp(TimeUnit.SECOND, "+08:00"),
                Instant.parse("1999-12-31T17:01:01Z").getEpochSecond());
        BaseAccessor ny = Columns.of(TestTypes.timestamp(TimeUnit.NANOSECOND, "America/New_York"), summerNs, winterNs);
        assertEquals("2020-09-08T13:42:29.190855123Z", utc.getString(0));
        assertEquals("2000-01-01T01:01:01+08:00", plus8.getString(0));
        assertEquals("2020-09-08T09:42:29-04:00", ny.getString(0));
        assertEquals("2020-01-08T08:42:29.500-05:00", ny.getString(1));
    }

    @Test
    void timestampWithZoneIsAnInstant() throws Exception {
        Instant at = Instant.parse("2020-09-08T13:42:29.123456Z");
        long micros = at.getEpochSecond() * 1_000_000 + 123_456;
        BaseAccessor a = Columns.of(TestTypes.timestamp(TimeUnit.MICROSECOND, "Europe/Paris"), micros);
        Timestamp ts = a.getTimestamp(0, null);
        assertEquals(Timestamp.from(at), ts);
        assertEquals(Timestamp.from(at), a.getObject(0));
        assertEquals(ts, a.getTimestamp(0, calendar("Asia/Tokyo")));
        assertEquals(at, a.getObject(0, Instant.class));
        OffsetDateTime odt = a.getObject(0, OffsetDateTime.class);
        assertEquals(ZoneOffset.ofHours(2), odt.getOffset());
        assertEquals(at, odt.toInstant());
        ZonedDateTime zdt = a.getObject(0, ZonedDateTime.class);
        assertEquals(ZoneId.of("Europe/Paris"), zdt.getZone());
        assertEquals(LocalDateTime.of(2020, 9, 8, 15, 42, 29, 123_456_000), a.getObject(0, LocalDateTime.class));
        // getDate/getTime show the wall clock where the caller reads it
        assertEquals(Date.valueOf("2020-09-08"), a.getDate(0, null));
        assertEquals("09:42:29", a.getTime(0, null).toString());
        Calendar tokyo = calendar("Asia/Tokyo");
        assertEquals(epochMillis(LocalDateTime.of(1970, 1, 1, 22, 42, 29, 123_000_000), ZoneId.of("Asia/Tokyo")),
                a.getTime(0, tokyo).getTime());
        assertEquals(epochMillis(LocalDateTime.of(2020, 9, 8, 0, 0), ZoneId.of("Asia/Tokyo")),
                a.getDate(0, tokyo).getTime());
    }

    @Test
    void zoneSpellingsArrowAccepts() throws Exception {
        long epoch = 0;
        assertEquals("1970-01-01T08:00:00+08:00", Columns.of(TestTypes.timestamp(TimeUnit.SECOND, "+0800"), epoch)
                .getString(0));
        assertEquals("1970-01-01T08:00:00+08:00", Columns.of(TestTypes.timestamp(TimeUnit.SECOND, "+08"), epoch)
                .getString(0));
        assertEquals("1969-12-31T19:00:00-05:00",
                Columns.of(TestTypes.timestamp(TimeUnit.SECOND, "america/new_york"), epoch).getString(0));
        assertEquals("1970-01-01T00:00:00Z", Columns.of(TestTypes.timestamp(TimeUnit.SECOND, "Etc/UTC"), epoch)
                .getString(0));
    }

    @Test
    void unknownZoneFailsWhenRead() {
        BaseAccessor a = Columns.of(TestTypes.timestamp(TimeUnit.SECOND, "Mars/Olympus"), 0L);
        assertSqlState("22009", () -> a.getString(0), "Mars/Olympus");
        assertSqlState("22009", () -> a.getObject(0, OffsetDateTime.class));
    }

    // ---- durations

    @Test
    void durationsInEveryUnit() throws Exception {
        long days63h15 = (63L * 24 + 15) * 3600;
        BaseAccessor ns = Columns.of(TestTypes.withUnit(TypeId.DURATION, TimeUnit.NANOSECOND), days63h15 * 1_000_000_000L);
        BaseAccessor ms = Columns.of(TestTypes.withUnit(TypeId.DURATION, TimeUnit.MILLISECOND), 1500L, -1500L, null);
        BaseAccessor s = Columns.of(TestTypes.withUnit(TypeId.DURATION, TimeUnit.SECOND), 90L);
        BaseAccessor us = Columns.of(TestTypes.withUnit(TypeId.DURATION, TimeUnit.MICROSECOND), 1L);
        assertEquals("63 days 15 hours 0 mins 0.000000000 secs", ns.getString(0));
        assertEquals(Duration.ofSeconds(days63h15), ns.getObject(0));
        assertEquals("0 days 0 hours 0 mins 1.500 secs", ms.getString(0));
        assertEquals(Duration.ofMillis(1500), ms.getObject(0, Duration.class));
        assertEquals(Duration.ofMillis(-1500), ms.getObject(1));
        assertEquals("0 days 0 hours 0 mins -1.500 secs", ms.getString(1));
        assertNull(ms.getObject(2));
        assertEquals("0 days 0 hours 1 mins 30 secs", s.getString(0));
        assertEquals(Duration.ofNanos(1000), us.getObject(0));
        assertSqlState("22018", () -> s.getLong(0));
        assertSqlState("22018", () -> s.getTimestamp(0, null));
    }
}
