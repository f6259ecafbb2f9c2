package io.dfschema.jdbc.accessor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfschema.engine.TimeUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TemporalTextTest {

    @Test
    void datesPadAndSignTheYearLikeChrono() {
        assertEquals("2023-01-31", TemporalText.date(LocalDate.of(2023, 1, 31)));
        assertEquals("0099-03-04", TemporalText.date(LocalDate.of(99, 3, 4)));
        assertEquals("0000-01-01", TemporalText.date(LocalDate.of(0, 1, 1)));
        assertEquals("-0001-12-31", TemporalText.date(LocalDate.of(-1, 12, 31)));
        assertEquals("+10000-01-01", TemporalText.date(LocalDate.of(10000, 1, 1)));
    }

    @Test
    void fractionsAreZeroThreeSixOrNineDigits() {
        assertEquals("08:15:30", TemporalText.time(LocalTime.of(8, 15, 30)));
        assertEquals("09:32:05.120", TemporalText.time(LocalTime.of(9, 32, 5, 120_000_000)));
        assertEquals("09:32:05.123456", TemporalText.time(LocalTime.of(9, 32, 5, 123_456_000)));
        assertEquals("09:32:05.000000001", TemporalText.time(LocalTime.of(9, 32, 5, 1)));
        assertEquals("2020-09-08T13:42:29.190855123",
                TemporalText.dateTime(LocalDateTime.of(2020, 9, 8, 13, 42, 29, 190_855_123)));
    }

    @Test
    void rfc3339UsesZForZeroAndRoundsOffsetSecondsToMinutes() {
        LocalDateTime t = LocalDateTime.of(2000, 1, 1, 1, 1, 1);
        assertEquals("2000-01-01T01:01:01Z", TemporalText.rfc3339(t, ZoneOffset.UTC));
        assertEquals("2000-01-01T01:01:01+08:00", TemporalText.rfc3339(t, ZoneOffset.ofHours(8)));
        assertEquals("2000-01-01T01:01:01-04:30", TemporalText.rfc3339(t, ZoneOffset.ofHoursMinutes(-4, -30)));
        // Paris local mean time, +00:09:21, shows as +00:09 (chrono rounds to the minute)
        assertEquals("2000-01-01T01:01:01+00:09", TemporalText.rfc3339(t, ZoneOffset.ofTotalSeconds(561)));
        assertEquals("2000-01-01T01:01:01+00:10", TemporalText.rfc3339(t, ZoneOffset.ofTotalSeconds(570)));
    }

    @Test
    void prettyDurationsPerUnit() {
        long days63h15 = (63L * 24 + 15) * 3600;
        assertEquals("63 days 15 hours 0 mins 0.000000000 secs",
                TemporalText.duration(days63h15 * 1_000_000_000L, TimeUnit.NANOSECOND));
        assertEquals("63 days 15 hours 0 mins 0 secs", TemporalText.duration(days63h15, TimeUnit.SECOND));
        assertEquals("0 days 0 hours 0 mins 1.500 secs", TemporalText.duration(1500, TimeUnit.MILLISECOND));
        assertEquals("0 days 0 hours 0 mins 0.000001 secs", TemporalText.duration(1, TimeUnit.MICROSECOND));
        assertEquals("0 days 0 hours 0 mins -1.500 secs", TemporalText.duration(-1500, TimeUnit.MILLISECOND));
        assertEquals("0 days 0 hours 0 mins -0.500 secs", TemporalText.duration(-500, TimeUnit.MILLISECOND));
        assertEquals("0 days 0 hours -1 mins -1.500 secs", TemporalText.duration(-61_500, TimeUnit.MILLISECOND));
        assertEquals("-1 days 0 hours 0 mins 0 secs", TemporalText.duration(-86_400, TimeUnit.SECOND));
    }

    @Test
    void durationsChronoCannotHoldAreInvalid() {
        assertEquals("<invalid>", TemporalText.duration(Long.MAX_VALUE, TimeUnit.SECOND));
        assertEquals("<invalid>", TemporalText.duration(Long.MIN_VALUE, TimeUnit.MILLISECOND));
        assertEquals("106751991167 days 7 hours 12 mins 55 secs",
                TemporalText.duration(Long.MAX_VALUE / 1000, TimeUnit.SECOND));
    }
}
