package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.VarBinaryVector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.function.Function;

/**
 * UTF8, LARGE_UTF8 and UTF8_VIEW. Other getters parse the text (trimmed), so a string column
 * converts the way a CAST would: bad text raises 22018 (22007 for date-times), numbers out of
 * range 22003. Date-times accept ISO-8601 with 'T' or a space between date and time.
 */
final class StringAccessor extends BaseAccessor {
    private final VarBinaryVector vector;

    StringAccessor(ArrowType type, VarBinaryVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) {
        return vector.getString(row);
    }

    @Override
    protected Object object(int row) {
        return vector.getString(row);
    }

    private String trimmed(int row) {
        return vector.getString(row).trim();
    }

    @Override
    protected boolean booleanValue(int row) throws SQLException {
        String s = trimmed(row);
        if (s.equalsIgnoreCase("true") || s.equals("1")) {
            return true;
        }
        if (s.equalsIgnoreCase("false") || s.equals("0")) {
            return false;
        }
        throw Errors.badText(s, "boolean");
    }

    @Override
    protected byte byteValue(int row) throws SQLException {
        String s = trimmed(row);
        return NumericRange.toByte(integral(s, "byte"), s);
    }

    @Override
    protected short shortValue(int row) throws SQLException {
        String s = trimmed(row);
        return NumericRange.toShort(integral(s, "short"), s);
    }

    @Override
    protected int intValue(int row) throws SQLException {
        String s = trimmed(row);
        return NumericRange.toInt(integral(s, "int"), s);
    }

    @Override
    protected long longValue(int row) throws SQLException {
        return integral(trimmed(row), "long");
    }

    @Override
    protected float floatValue(int row) throws SQLException {
        String s = trimmed(row);
        return NumericRange.toFloat(parseDouble(s, "float"), s);
    }

    @Override
    protected double doubleValue(int row) throws SQLException {
        String s = trimmed(row);
        return parseDouble(s, "double");
    }

    @Override
    protected BigDecimal bigDecimalValue(int row) throws SQLException {
        return decimal(trimmed(row), "BigDecimal");
    }

    @Override
    protected BigInteger bigIntegerValue(int row) throws SQLException {
        return decimal(trimmed(row), "BigInteger").toBigInteger();
    }

    @Override
    protected byte[] bytesValue(int row) {
        return vector.getBytes(row);
    }

    @Override
    protected Date dateValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.date(localDate(row), cal);
    }

    @Override
    protected Time timeValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.time(localTime(row), cal);
    }

    @Override
    protected Timestamp timestampValue(int row, Calendar cal) throws SQLException {
        return LegacyDates.timestamp(localDateTime(row), cal);
    }

    @Override
    protected LocalDate localDate(int row) throws SQLException {
        return parse(trimmed(row), "date", LocalDate::parse);
    }

    @Override
    protected LocalTime localTime(int row) throws SQLException {
        return parse(trimmed(row), "time", LocalTime::parse);
    }

    /** A bare date reads as its midnight, as pgjdbc's getTimestamp does. */
    @Override
    protected LocalDateTime localDateTime(int row) throws SQLException {
        String s = isoSeparator(trimmed(row));
        if (s.indexOf('T') < 0) {
            return parse(s, "timestamp", LocalDate::parse).atStartOfDay();
        }
        return parse(s, "timestamp", LocalDateTime::parse);
    }

    @Override
    protected OffsetDateTime offsetDateTime(int row) throws SQLException {
        return parse(isoSeparator(trimmed(row)), "timestamp with time zone", OffsetDateTime::parse);
    }

    @Override
    protected ZonedDateTime zonedDateTime(int row) throws SQLException {
        return parse(isoSeparator(trimmed(row)), "timestamp with time zone", ZonedDateTime::parse);
    }

    @Override
    protected Instant instant(int row) throws SQLException {
        return offsetDateTime(row).toInstant();
    }

    private static String isoSeparator(String s) {
        int space = s.indexOf(' ');
        return space == 10 ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    }

    private static <T> T parse(String s, String target, Function<String, T> parser) throws SQLException {
        try {
            return parser.apply(s);
        } catch (DateTimeParseException e) {
            throw Errors.badDateTimeText(s, target);
        }
    }

    private static long integral(String s, String target) throws SQLException {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            // "1.5", "1e3" or a number too big for a long: go through BigDecimal
            return NumericRange.toLong(decimal(s, target), s, target);
        }
    }

    private static BigDecimal decimal(String s, String target) throws SQLException {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw Errors.badText(s, target);
        }
    }

    /** Java's float syntax plus the engine's own "inf"/"-inf" spelling. */
    private static double parseDouble(String s, String target) throws SQLException {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        // Java also accepts hex floats and a trailing d/f, which are not numbers in SQL.
        if (s.isEmpty() || !s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+'
                || c == 'e' || c == 'E')) {
            throw Errors.badText(s, target);
        }
        try {
            double d = Double.parseDouble(s);
            if (Double.isInfinite(d)) {
                throw Errors.outOfRange(s, target);
            }
            return d;
        } catch (NumberFormatException e) {
            throw Errors.badText(s, target);
        }
    }
}
