package io.dfschema.metadata.contract;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration and size notations of the scan policy.
 *
 * <p>Durations are one or more {@code <digits><unit>} parts with units {@code d}, {@code h}, {@code m},
 * {@code s}, {@code ms}, largest first ({@code 60s}, {@code 1h30m}, {@code 500ms}); a bare {@code 0}
 * is zero. Sizes are digits with an optional binary multiplier {@code K}, {@code M}, {@code G},
 * {@code T} (1024-based, as DataFusion reads memory sizes: {@code 1M} is 1,048,576 bytes).
 * Formatting picks the shortest exact spelling, so parse(format(x)) == x.
 */
public final class Quantities {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|d|h|m|s)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)([KkMmGgTt]?)");
    private static final String[] UNITS = {"d", "h", "m", "s", "ms"};
    private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    private static final String SIZE_UNITS = "KMGT";

    private Quantities() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException with a message naming the expected notation
     */
    public static Duration parseDuration(String text) {
        String t = text.strip();
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = DURATION_PART.matcher(t);
        long millis = 0;
        int pos = 0;
        int lastUnit = -1;
        while (pos < t.length()) {
            if (!m.find(pos) || m.start() != pos) {
                throw badDuration(text);
            }
            int unit = unitIndex(m.group(2));
            if (unit <= lastUnit) {
                throw badDuration(text); // each unit once, largest first: "1s1m" is a typo
            }
            lastUnit = unit;
            try {
                millis = Math.addExact(millis, Math.multiplyExact(Long.parseLong(m.group(1)), UNIT_MILLIS[unit]));
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("duration '" + text + "' is too large");
            }
            pos = m.end();
        }
        if (pos == 0) {
            throw badDuration(text);
        }
        return Duration.ofMillis(millis);
    }

    /** The shortest spelling {@link #parseDuration} reads back as {@code d} (whole milliseconds). */
    public static String formatDuration(Duration d) {
        long millis = d.toMillis();
        if (millis == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < UNITS.length; i++) {
            long n = millis / UNIT_MILLIS[i];
            if (n > 0) {
                sb.append(n).append(UNITS[i]);
                millis -= n * UNIT_MILLIS[i];
            }
        }
        return sb.toString();
    }

    /**
     * Parses a size in bytes.
     *
     * @throws IllegalArgumentException with a message naming the expected notation
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size like 1M, 512K, 2G or a number of bytes, got '" + text + "'");
        }
        try {
            long n = Long.parseLong(m.group(1));
            if (!m.group(2).isEmpty()) {
                int shift = 10 * (SIZE_UNITS.indexOf(Character.toUpperCase(m.group(2).charAt(0))) + 1);
                if (n > (Long.MAX_VALUE >> shift)) {
                    throw new NumberFormatException();
                }
                n <<= shift;
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size '" + text + "' is too large");
        }
    }

    /** The shortest spelling {@link #parseSize} reads back as {@code bytes}. */
    public static String formatSize(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        int unit = 0;
        long n = bytes;
        while (unit < SIZE_UNITS.length() && n % 1024 == 0) {
            n /= 1024;
            unit++;
        }
        return unit == 0 ? Long.toString(n) : n + SIZE_UNITS.substring(unit - 1, unit);
    }

    private static int unitIndex(String unit) {
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(unit)) {
                return i;
            }
        }
        throw new IllegalStateException(unit);
    }

    private static IllegalArgumentException badDuration(String text) {
        return new IllegalArgumentException("expected a duration like 60s, 500ms, 5m or 1h30m, got '" + text + "'");
    }
}
