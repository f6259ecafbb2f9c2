package io.dfschema.jdbc;

import io.dfschema.engine.ParameterEncoder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.function.Consumer;

/**
 * The values bound to a prepared statement's parameters, each kept as a small encoding
 * step so the set can be copied for batches and written in one pass when it runs.
 */
final class ParameterValues {
    private Consumer<ParameterEncoder>[] slots;

    @SuppressWarnings("unchecked")
    ParameterValues(int count) {
        slots = new Consumer[count];
    }

    private ParameterValues(Consumer<ParameterEncoder>[] slots) {
        this.slots = slots;
    }

    int count() {
        return slots.length;
    }

    ParameterValues copy() {
        return new ParameterValues(slots.clone());
    }

    void clear() {
        Arrays.fill(slots, null);
    }

    byte[] encode() throws SQLException {
        ParameterEncoder enc = new ParameterEncoder();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                throw SqlErrors.of(SqlErrors.MISSING_PARAMETER, "no value bound for parameter " + (i + 1));
            }
            slots[i].accept(enc);
        }
        return enc.toBytes();
    }

    void set(int index, Consumer<ParameterEncoder> slot) throws SQLException {
        if (index < 1 || index > slots.length) {
            throw SqlErrors.of(SqlErrors.INVALID_PARAMETER_INDEX,
                    "parameter index " + index + " out of range 1.." + slots.length);
        }
        slots[index - 1] = slot;
    }

    void setNull(int index) throws SQLException {
        set(index, ParameterEncoder::nullValue);
    }

    /** Binds any supported Java object; the engine casts it to the parameter's planned type. */
    void setObject(int index, Object x) throws SQLException {
        set(index, slotFor(x, index));
    }

    static Consumer<ParameterEncoder> slotFor(Object x, int index) throws SQLException {
        if (x == null) {
            return ParameterEncoder::nullValue;
        } else if (x instanceof String s) {
            return e -> e.string(s);
        } else if (x instanceof Boolean b) {
            return e -> e.bool(b);
        } else if (x instanceof Byte b) {
            return e -> e.int8(b);
        } else if (x instanceof Short s) {
            return e -> e.int16(s);
        } else if (x instanceof Integer i) {
            return e -> e.int32(i);
        } else if (x instanceof Long l) {
            return e -> e.int64(l);
        } else if (x instanceof Float f) {
            return e -> e.float32(f);
        } else if (x instanceof Double d) {
            return e -> e.float64(d);
        } else if (x instanceof BigDecimal d) {
            return e -> e.decimal(d);
        } else if (x instanceof BigInteger bi) {
            return e -> e.decimal(new BigDecimal(bi));
        } else if (x instanceof byte[] b) {
            byte[] copy = b.clone();
            return e -> e.bytes(copy);
        } else if (x instanceof java.sql.Date d) {
            return slotFor(d.toLocalDate(), index);
        } else if (x instanceof java.sql.Time t) {
            return slotFor(t.toLocalTime(), index);
        } else if (x instanceof java.sql.Timestamp ts) {
            return slotFor(ts.toLocalDateTime(), index);
        } else if (x instanceof java.util.Date d) {
            return slotFor(new java.sql.Timestamp(d.getTime()).toLocalDateTime(), index);
        } else if (x instanceof LocalDate d) {
            int days = (int) d.toEpochDay();
            return e -> e.date(days);
        } else if (x instanceof LocalTime t) {
            long nanos = t.toNanoOfDay();
            return e -> e.time(nanos);
        } else if (x instanceof LocalDateTime ldt) {
            Instant i = ldt.toInstant(ZoneOffset.UTC);
            return e -> e.timestamp(i.getEpochSecond(), i.getNano(), null);
        } else if (x instanceof OffsetDateTime odt) {
            return instant(odt.toInstant(), odt.getOffset().getId().equals("Z") ? "+00:00" : odt.getOffset().getId());
        } else if (x instanceof ZonedDateTime zdt) {
            return instant(zdt.toInstant(), zdt.getZone().getId());
        } else if (x instanceof Instant i) {
            return instant(i, "+00:00");
        } else if (x instanceof OffsetTime t) {
            return slotFor(t.toLocalTime(), index);
        } else if (x instanceof Character c) {
            return slotFor(String.valueOf(c), index);
        } else if (x instanceof java.sql.Array a) {
            throw SqlErrors.notSupported("array parameters (parameter " + index + ")");
        }
        throw SqlErrors.of("22023", "cannot bind a " + x.getClass().getName() + " to parameter " + index);
    }

    private static Consumer<ParameterEncoder> instant(Instant i, String zone) {
        return e -> e.timestamp(i.getEpochSecond(), i.getNano(), zone);
    }

    /** setObject with a target SQL type: converts the value first, as the JDBC spec asks. */
    void setObject(int index, Object x, int sqlType) throws SQLException {
        if (x == null) {
            setNull(index);
            return;
        }
        Object converted = switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR ->
                    x instanceof byte[] ? x : x.toString();
            case Types.INTEGER -> x instanceof Number n ? (Object) n.intValue() : Integer.valueOf(x.toString().trim());
            case Types.BIGINT -> x instanceof Number n ? (Object) n.longValue() : Long.valueOf(x.toString().trim());
            case Types.SMALLINT -> x instanceof Number n ? (Object) n.shortValue() : Short.valueOf(x.toString().trim());
            case Types.TINYINT -> x instanceof Number n ? (Object) n.byteValue() : Byte.valueOf(x.toString().trim());
            case Types.DOUBLE, Types.FLOAT -> x instanceof Number n ? (Object) n.doubleValue() : Double.valueOf(x.toString().trim());
            case Types.REAL -> x instanceof Number n ? (Object) n.floatValue() : Float.valueOf(x.toString().trim());
            case Types.DECIMAL, Types.NUMERIC -> x instanceof BigDecimal ? x : new BigDecimal(x.toString().trim());
            case Types.BOOLEAN, Types.BIT -> x instanceof Boolean ? x : parseBoolean(x, index);
            default -> x;
        };
        setObject(index, converted);
    }

    private static Boolean parseBoolean(Object x, int index) throws SQLException {
        if (x instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = x.toString().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "true", "t", "1", "yes", "y" -> true;
            case "false", "f", "0", "no", "n" -> false;
            default -> throw SqlErrors.of("22018", "'" + x + "' is not a boolean (parameter " + index + ")");
        };
    }

    /** Converts zone-less java.sql values using a Calendar's zone, as setDate/setTime/setTimestamp(…, cal) require. */
    static LocalDateTime inCalendarZone(java.util.Date d, Calendar cal) {
        return Instant.ofEpochMilli(d.getTime()).atZone(cal.getTimeZone().toZoneId()).toLocalDateTime();
    }
}
