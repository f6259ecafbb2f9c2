package io.dfschema.metadata.types;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import java.sql.Types;

/**
 * The JDBC view of each engine type. Dictionary and run-end encoded types are transparent:
 * they map exactly like their value type, because the native side already decoded them.
 *
 * <p>Choices worth knowing (also in docs/type-mapping.md):
 * <ul>
 *   <li>Unsigned integers widen to the next signed JDBC type so every value fits the type the
 *       tools expect; UINT64 has no wider integer type, so it is {@code NUMERIC(20, 0)}, which
 *       makes generic tools read it with getBigDecimal and never overflow. Its getObject is a
 *       Long when the value fits, else a BigInteger, so the declared class is their common
 *       supertype {@code java.lang.Number}.</li>
 *   <li>Timestamps with a time zone are {@code TIMESTAMP_WITH_TIMEZONE}, but getObject returns
 *       {@code java.sql.Timestamp} (the instant), as pgjdbc does for timestamptz: most tools
 *       only know how to show a Timestamp. {@code getObject(col, OffsetDateTime.class)} keeps
 *       the offset.</li>
 *   <li>MAP is {@code JAVA_OBJECT}: JDBC has no map type, and getObject returns a
 *       {@code java.util.Map}.</li>
 *   <li>The type name is the engine's own spelling ({@code Int64}, {@code Timestamp(ns, "UTC")}),
 *       the same text {@code arrow_typeof()} returns, so users see one vocabulary.</li>
 * </ul>
 */
public final class JdbcTypeMapping {
    private JdbcTypeMapping() {}

    /** The {@link Types} code. */
    public static int jdbcType(ArrowType type) {
        ArrowType t = type.valueType();
        return switch (t.id()) {
            case NULL -> Types.NULL;
            case BOOL -> Types.BOOLEAN;
            case INT8 -> Types.TINYINT;
            case INT16, UINT8 -> Types.SMALLINT;
            case INT32, UINT16 -> Types.INTEGER;
            case INT64, UINT32 -> Types.BIGINT;
            case UINT64 -> Types.NUMERIC;
            case FLOAT16, FLOAT32 -> Types.REAL;
            case FLOAT64 -> Types.DOUBLE;
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> Types.DECIMAL;
            case UTF8, LARGE_UTF8, UTF8_VIEW -> Types.VARCHAR;
            case BINARY, LARGE_BINARY, BINARY_VIEW -> Types.VARBINARY;
            case FIXED_SIZE_BINARY -> Types.BINARY;
            case DATE32, DATE64 -> Types.DATE;
            case TIME32, TIME64 -> Types.TIME;
            case TIMESTAMP -> t.timeZone() == null ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
            case LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW -> Types.ARRAY;
            case STRUCT -> Types.STRUCT;
            case MAP -> Types.JAVA_OBJECT;
            case INTERVAL, DURATION, UNION, OTHER, DICTIONARY, RUN_END_ENCODED -> Types.OTHER;
        };
    }

    /** The type name shown to users: the engine's spelling of the declared type. */
    public static String typeName(ArrowType type) {
        return type.name();
    }

    /** Column size as JDBC defines it (ResultSetMetaData.getPrecision, COLUMN_SIZE). */
    public static int precision(ArrowType type) {
        return ColumnSize.precision(type.valueType());
    }

    /** Decimal scale, or the fractional-second digits of times and timestamps; else 0. */
    public static int scale(ArrowType type) {
        return ColumnSize.scale(type.valueType());
    }

    /** The widest text getString normally returns, in characters. */
    public static int displaySize(ArrowType type) {
        return ColumnSize.displaySize(type.valueType());
    }

    /** Whether values can be negative (numeric types only). */
    public static boolean isSigned(ArrowType type) {
        TypeId id = type.valueType().id();
        return id.isSignedInteger() || id.isFloat() || id.isDecimal();
    }

    /** Whether comparisons of the values are case sensitive (text types). */
    public static boolean isCaseSensitive(ArrowType type) {
        return type.valueType().id().isString();
    }

    /** Class of the object ResultSet.getObject returns for the type. */
    public static Class<?> javaClass(ArrowType type) {
        ArrowType t = type.valueType();
        return switch (t.id()) {
            case NULL -> Object.class;
            case BOOL -> Boolean.class;
            case INT8 -> Byte.class;
            case INT16, UINT8 -> Short.class;
            case INT32, UINT16 -> Integer.class;
            case INT64, UINT32 -> Long.class;
            case UINT64 -> Number.class;
            case FLOAT16, FLOAT32 -> Float.class;
            case FLOAT64 -> Double.class;
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> java.math.BigDecimal.class;
            case UTF8, LARGE_UTF8, UTF8_VIEW, INTERVAL, UNION, OTHER -> String.class;
            case BINARY, LARGE_BINARY, BINARY_VIEW, FIXED_SIZE_BINARY -> byte[].class;
            case DATE32, DATE64 -> java.sql.Date.class;
            case TIME32, TIME64 -> java.sql.Time.class;
            case TIMESTAMP -> java.sql.Timestamp.class;
            case DURATION -> java.time.Duration.class;
            case LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW -> java.sql.Array.class;
            case STRUCT -> java.sql.Struct.class;
            case MAP -> java.util.Map.class;
            case DICTIONARY, RUN_END_ENCODED -> Object.class; // unreachable: valueType() resolved them
        };
    }

    /** {@link #javaClass} as ResultSetMetaData.getColumnClassName spells it ("[B" for byte[]). */
    public static String javaClassName(ArrowType type) {
        return javaClass(type).getName();
    }
}
