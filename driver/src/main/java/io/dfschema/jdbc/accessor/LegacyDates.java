package io.dfschema.jdbc.accessor;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Builds java.sql.Date/Time/Timestamp from wall-clock values. Without a Calendar the JVM
 * default zone is used (as pgjdbc does); with one, only its zone matters. Fields go through a
 * GregorianCalendar, like Timestamp.valueOf, so toString() of the result shows the same
 * wall-clock text even before the 1582 Gregorian cutover.
 */
final class LegacyDates {
    private LegacyDates() {}

    static Date date(LocalDate d, Calendar cal) {
        if (cal == null) {
            return Date.valueOf(d);
        }
        return new Date(millis(d.atStartOfDay(), cal.getTimeZone()));
    }

    /** A Time on 1970-01-01; java.sql.Time keeps milliseconds, finer digits are dropped. */
    static Time time(LocalTime t, Calendar cal) {
        LocalDateTime dt = LocalDate.EPOCH.atTime(t);
        TimeZone zone = cal == null ? TimeZone.getDefault() : cal.getTimeZone();
        return new Time(millis(dt, zone) + t.getNano() / 1_000_000);
    }

    static Timestamp timestamp(LocalDateTime dt, Calendar cal) {
        if (cal == null) {
            return Timestamp.valueOf(dt);
        }
        Timestamp ts = new Timestamp(millis(dt, cal.getTimeZone()));
        ts.setNanos(dt.getNano());
        return ts;
    }

    /** Epoch milliseconds of the wall-clock time (whole seconds) in the zone. */
    private static long millis(LocalDateTime dt, TimeZone zone) {
        GregorianCalendar g = new GregorianCalendar(zone);
        g.clear();
        int year = dt.getYear();
        if (year <= 0) {
            g.set(Calendar.ERA, GregorianCalendar.BC);
            g.set(Calendar.YEAR, 1 - year);
        } else {
            g.set(Calendar.YEAR, year);
        }
        g.set(Calendar.MONTH, dt.getMonthValue() - 1);
        g.set(Calendar.DAY_OF_MONTH, dt.getDayOfMonth());
        g.set(Calendar.HOUR_OF_DAY, dt.getHour());
        g.set(Calendar.MINUTE, dt.getMinute());
        g.set(Calendar.SECOND, dt.getSecond());
        return g.getTimeInMillis();
    }
}
