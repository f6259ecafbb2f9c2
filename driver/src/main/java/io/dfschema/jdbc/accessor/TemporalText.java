package io.dfschema.jdbc.accessor;

import io.dfschema.engine.TimeUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Date, time and duration text as the engine prints it: chrono's {@code %Y-%m-%d},
 * {@code %H:%M:%S%.f} and RFC 3339 with {@code Z} for a zero offset, and Arrow's "pretty"
 * durations. {@code %.f} prints no fraction for whole seconds, else 3, 6 or 9 digits.
 */
final class TemporalText {
    private TemporalText() {}

    static String date(LocalDate d) {
        StringBuilder out = new StringBuilder(10);
        appendDate(out, d);
        return out.toString();
    }

    static String time(LocalTime t) {
        StringBuilder out = new StringBuilder(18);
        appendTime(out, t);
        return out.toString();
    }

    /** {@code %Y-%m-%dT%H:%M:%S%.f}. */
    static String dateTime(LocalDateTime dt) {
        StringBuilder out = new StringBuilder(29);
        appendDate(out, dt.toLocalDate());
        out.append('T');
        appendTime(out, dt.toLocalTime());
        return out.toString();
    }

    /** RFC 3339 of a wall-clock time and its offset, as chrono's to_rfc3339_opts(AutoSi, true). */
    static String rfc3339(LocalDateTime wallClock, ZoneOffset offset) {
        StringBuilder out = new StringBuilder(35);
        appendDate(out, wallClock.toLocalDate());
        out.append('T');
        appendTime(out, wallClock.toLocalTime());
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return out.append('Z').toString();
        }
        out.append(seconds < 0 ? '-' : '+');
        int minutes = (Math.abs(seconds) + 30) / 60; // chrono rounds offset seconds to the minute
        two(out, minutes / 60).append(':');
        return two(out, minutes % 60).toString();
    }

    /** Arrow's pretty duration: "1 days 2 hours 3 mins 4.500000000 secs", fraction width per unit. */
    static String duration(long value, TimeUnit unit) {
        if (unit == TimeUnit.SECOND) {
            // chrono's TimeDelta holds at most i64::MAX milliseconds; Arrow prints <invalid> beyond.
            if (value > Long.MAX_VALUE / 1000 || value < -(Long.MAX_VALUE / 1000)) {
                return "<invalid>";
            }
            long mins = value / 60;
            long hours = mins / 60;
            long days = hours / 24;
            return days + " days " + (hours - days * 24) + " hours " + (mins - hours * 60) + " mins "
                    + (value - mins * 60) + " secs";
        }
        if (unit == TimeUnit.MILLISECOND && value == Long.MIN_VALUE) {
            return "<invalid>";
        }
        long perSecond = unit.perSecond();
        int width = fractionDigits(unit);
        long secs = value / perSecond;
        long subsec = value - secs * perSecond;
        long mins = secs / 60;
        long hours = mins / 60;
        long days = hours / 24;
        StringBuilder out = new StringBuilder(64);
        out.append(days).append(" days ").append(hours - days * 24).append(" hours ")
                .append(mins - hours * 60).append(" mins ");
        long s = secs - mins * 60;
        if (subsec < 0) {
            out.append('-').append(Math.abs(s));
        } else {
            out.append(s);
        }
        out.append('.');
        String fraction = Long.toString(Math.abs(subsec));
        out.append("0".repeat(width - fraction.length())).append(fraction);
        return out.append(" secs").toString();
    }

    static int fractionDigits(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> 0;
            case MILLISECOND -> 3;
            case MICROSECOND -> 6;
            case NANOSECOND -> 9;
        };
    }

    private static void appendDate(StringBuilder out, LocalDate d) {
        int year = d.getYear();
        if (year >= 0 && year <= 9999) {
            String y = Integer.toString(year);
            out.append("0".repeat(4 - y.length())).append(y);
        } else {
            // chrono: an explicit sign and at least four digits outside 0..=9999
            String y = Integer.toString(Math.abs(year));
            out.append(year < 0 ? '-' : '+').append("0".repeat(Math.max(0, 4 - y.length()))).append(y);
        }
        out.append('-');
        two(out, d.getMonthValue()).append('-');
        two(out, d.getDayOfMonth());
    }

    private static void appendTime(StringBuilder out, LocalTime t) {
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        appendFraction(out, t.getNano());
    }

    private static void appendFraction(StringBuilder out, int nano) {
        if (nano == 0) {
            return;
        }
        String digits;
        if (nano % 1_000_000 == 0) {
            digits = pad(nano / 1_000_000, 3);
        } else if (nano % 1_000 == 0) {
            digits = pad(nano / 1_000, 6);
        } else {
            digits = pad(nano, 9);
        }
        out.append('.').append(digits);
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(width - s.length()) + s;
    }

    private static StringBuilder two(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
