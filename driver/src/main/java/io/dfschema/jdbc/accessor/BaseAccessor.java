package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

/**
 * The shared shape of every accessor: the public getters handle null (JDBC defaults) and
 * delegate non-null values to protected hooks. A family overrides the hooks it supports; the
 * rest raise SQLState 22018 naming the engine type and the requested Java type.
 */
abstract class BaseAccessor implements Accessor {
    private final ArrowType type;

    BaseAccessor(ArrowType type) {
        this.type = type;
    }

    /** The declared engine type of the column. */
    ArrowType type() {
        return type;
    }

    /** Display text of a non-null value. */
    protected abstract String text(int row) throws SQLException;

    /** Default Java object of a non-null value. */
    protected abstract Object object(int row) throws SQLException;

    /** Text of a value inside a nested value, where null shows as NULL. */
    final String display(int row) throws SQLException {
        return isNull(row) ? "NULL" : text(row);
    }

    @Override
    public final String getString(int row) throws SQLException {
        return isNull(row) ? null : text(row);
    }

    @Override
    public final boolean getBoolean(int row) throws SQLException {
        return !isNull(row) && booleanValue(row);
    }

    @Override
    public final byte getByte(int row) throws SQLException {
        return isNull(row) ? 0 : byteValue(row);
    }

    @Override
    public final short getShort(int row) throws SQLException {
        return isNull(row) ? 0 : shortValue(row);
    }

    @Override
    public final int getInt(int row) throws SQLException {
        return isNull(row) ? 0 : intValue(row);
    }

    @Override
    public final long getLong(int row) throws SQLException {
        return isNull(row) ? 0 : longValue(row);
    }

    @Override
    public final float getFloat(int row) throws SQLException {
        return isNull(row) ? 0 : floatValue(row);
    }

    @Override
    public final double getDouble(int row) throws SQLException {
        return isNull(row) ? 0 : doubleValue(row);
    }

    @Override
    public final BigDecimal getBigDecimal(int row) throws SQLException {
        return isNull(row) ? null : bigDecimalValue(row);
    }

    @Override
    public final byte[] getBytes(int row) throws SQLException {
        return isNull(row) ? null : bytesValue(row);
    }

    @Override
    public final Date getDate(int row, Calendar cal) throws SQLException {
        return isNull(row) ? null : dateValue(row, cal);
    }

    @Override
    public final Time getTime(int row, Calendar cal) throws SQLException {
        return isNull(row) ? null : timeValue(row, cal);
    }

    @Override
    public final Timestamp getTimestamp(int row, Calendar cal) throws SQLException {
        return isNull(row) ? null : timestampValue(row, cal);
    }

    @Override
    public final Object getObject(int row) throws SQLException {
        return isNull(row) ? null : object(row);
    }

    @Override
    public final <T> T getObject(int row, Class<T> target) throws SQLException {
        if (target == null) {
            throw Errors.state(Errors.INVALID_ARGUMENT, "getObject needs a target class");
        }
        if (isNull(row)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T value = (T) convert(row, boxed(target));
        return value;
    }

    @Override
    public final Array getArray(int row) throws SQLException {
        return isNull(row) ? null : arrayValue(row);
    }

    /** getObject(row, Class) for a non-null value; families add targets by overriding. */
    protected Object convert(int row, Class<?> target) throws SQLException {
        if (target == Object.class) {
            return object(row);
        } else if (target == String.class) {
            return text(row);
        } else if (target == Boolean.class) {
            return booleanValue(row);
        } else if (target == Byte.class) {
            return byteValue(row);
        } else if (target == Short.class) {
            return shortValue(row);
        } else if (target == Integer.class) {
            return intValue(row);
        } else if (target == Long.class) {
            return longValue(row);
        } else if (target == Float.class) {
            return floatValue(row);
        } else if (target == Double.class) {
            return doubleValue(row);
        } else if (target == BigDecimal.class) {
            return bigDecimalValue(row);
        } else if (target == BigInteger.class) {
            return bigIntegerValue(row);
        } else if (target == byte[].class) {
            return bytesValue(row);
        } else if (target == Date.class) {
            return dateValue(row, null);
        } else if (target == Time.class) {
            return timeValue(row, null);
        } else if (target == Timestamp.class) {
            return timestampValue(row, null);
        } else if (target == LocalDate.class) {
            return localDate(row);
        } else if (target == LocalTime.class) {
            return localTime(row);
        } else if (target == LocalDateTime.class) {
            return localDateTime(row);
        } else if (target == OffsetDateTime.class) {
            return offsetDateTime(row);
        } else if (target == Instant.class) {
            return instant(row);
        } else if (target == ZonedDateTime.class) {
            return zonedDateTime(row);
        } else if (target == Duration.class) {
            return duration(row);
        } else if (target == Array.class) {
            return arrayValue(row);
        } else if (target == Struct.class) {
            return structValue(row);
        } else if (target == Map.class) {
            return mapValue(row);
        } else if (target == List.class) {
            return listValue(row);
        }
        // Supertypes of the default object (Number, CharSequence, Comparable, ...) are fine too.
        Object value = object(row);
        if (target.isInstance(value)) {
            return value;
        }
        throw unsupported(target.getName());
    }

    protected boolean booleanValue(int row) throws SQLException {
        throw unsupported("boolean");
    }

    protected byte byteValue(int row) throws SQLException {
        throw unsupported("byte");
    }

    protected short shortValue(int row) throws SQLException {
        throw unsupported("short");
    }

    protected int intValue(int row) throws SQLException {
        throw unsupported("int");
    }

    protected long longValue(int row) throws SQLException {
        throw unsupported("long");
    }

    protected float floatValue(int row) throws SQLException {
        throw unsupported("float");
    }

    protected double doubleValue(int row) throws SQLException {
        throw unsupported("double");
    }

    protected BigDecimal bigDecimalValue(int row) throws SQLException {
        throw unsupported("BigDecimal");
    }

    protected BigInteger bigIntegerValue(int row) throws SQLException {
        throw unsupported("BigInteger");
    }

    protected byte[] bytesValue(int row) throws SQLException {
        throw unsupported("byte[]");
    }

    protected Date dateValue(int row, Calendar cal) throws SQLException {
        throw unsupported("java.sql.Date");
    }

    protected Time timeValue(int row, Calendar cal) throws SQLException {
        throw unsupported("java.sql.Time");
    }

    protected Timestamp timestampValue(int row, Calendar cal) throws SQLException {
        throw unsupported("java.sql.Timestamp");
    }

    protected LocalDate localDate(int row) throws SQLException {
        throw unsupported("java.time.LocalDate");
    }

    protected LocalTime localTime(int row) throws SQLException {
        throw unsupported("java.time.LocalTime");
    }

    protected LocalDateTime localDateTime(int row) throws SQLException {
        throw unsupported("java.time.LocalDateTime");
    }

    protected OffsetDateTime offsetDateTime(int row) throws SQLException {
        throw unsupported("java.time.OffsetDateTime");
    }

    protected Instant instant(int row) throws SQLException {
        throw unsupported("java.time.Instant");
    }

    protected ZonedDateTime zonedDateTime(int row) throws SQLException {
        throw unsupported("java.time.ZonedDateTime");
    }

    protected Duration duration(int row) throws SQLException {
        throw unsupported("java.time.Duration");
    }

    protected Array arrayValue(int row) throws SQLException {
        throw unsupported("java.sql.Array");
    }

    protected Struct structValue(int row) throws SQLException {
        throw unsupported("java.sql.Struct");
    }

    protected Map<Object, Object> mapValue(int row) throws SQLException {
        throw unsupported("java.util.Map");
    }

    protected List<Object> listValue(int row) throws SQLException {
        throw unsupported("java.util.List");
    }

    protected final SQLException unsupported(String target) {
        return Errors.cannotConvert(type.name(), target);
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == int.class) {
            return Integer.class;
        } else if (c == long.class) {
            return Long.class;
        } else if (c == boolean.class) {
            return Boolean.class;
        } else if (c == double.class) {
            return Double.class;
        } else if (c == float.class) {
            return Float.class;
        } else if (c == short.class) {
            return Short.class;
        } else if (c == byte.class) {
            return Byte.class;
        }
        return c;
    }
}
