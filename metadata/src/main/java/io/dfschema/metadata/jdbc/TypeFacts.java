package io.dfschema.metadata.jdbc;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import io.dfschema.metadata.types.JdbcTypeMapping;

import java.sql.Types;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDBC numbers of one engine type as the metadata result sets report them, derived from
 * {@link JdbcTypeMapping} so DATA_TYPE, COLUMN_SIZE and DECIMAL_DIGITS agree with what
 * ResultSetMetaData says for a column of the same type. Values are boxed, null where JDBC says
 * "not applicable".
 *
 * @param type          the parsed type ({@link TypeId#OTHER} when the text did not parse)
 * @param jdbcType      {@link JdbcTypeMapping#jdbcType}
 * @param columnSize    {@link JdbcTypeMapping#precision}, null when that is 0 (not applicable)
 * @param decimalDigits {@link JdbcTypeMapping#scale} for integers, decimals, times and timestamps; else null
 * @param radix         10 for numeric types (their sizes are in decimal digits), else null
 * @param octetLength   maximum bytes of text and binary types, else null
 * @param byteWidth     bytes of one value for fixed-width types, else null
 */
record TypeFacts(ArrowType type, int jdbcType, Integer columnSize, Integer decimalDigits, Integer radix,
                 Integer octetLength, Integer byteWidth) {

    private static final int MAX_CACHED = 10_000;
    private static final ConcurrentHashMap<String, TypeFacts> CACHE = new ConcurrentHashMap<>();

    /** Facts for the display text of a type; cached per text. */
    static TypeFacts of(String typeText) {
        TypeFacts f = CACHE.get(typeText);
        if (f == null) {
            f = compute(ArrowTypeParser.parseOrOther(typeText));
            if (CACHE.size() < MAX_CACHED) {
                CACHE.putIfAbsent(typeText, f);
            }
        }
        return f;
    }

    static TypeFacts compute(ArrowType type) {
        ArrowType v = type.valueType();
        TypeId id = v.id();
        int jdbc;
        int precision;
        int scale;
        try {
            jdbc = JdbcTypeMapping.jdbcType(type);
            precision = JdbcTypeMapping.precision(type);
            scale = JdbcTypeMapping.scale(type);
        } catch (RuntimeException e) {
            jdbc = Types.OTHER;
            precision = 0;
            scale = 0;
        }
        boolean numeric = id.isSignedInteger() || id.isUnsignedInteger() || id.isFloat() || id.isDecimal();
        boolean exact = id.isSignedInteger() || id.isUnsignedInteger() || id.isDecimal()
                || id == TypeId.TIME32 || id == TypeId.TIME64 || id == TypeId.TIMESTAMP;
        Integer octets = null;
        if (id.isString() || id == TypeId.BINARY || id == TypeId.LARGE_BINARY || id == TypeId.BINARY_VIEW) {
            octets = Integer.MAX_VALUE;
        } else if (id == TypeId.FIXED_SIZE_BINARY && v.size() >= 0) {
            octets = v.size();
        }
        return new TypeFacts(type, jdbc, precision > 0 ? precision : null, exact ? scale : null,
                numeric ? 10 : null, octets, byteWidth(v));
    }

    private static Integer byteWidth(ArrowType t) {
        switch (t.id()) {
            case BOOL: case INT8: case UINT8: return 1;
            case INT16: case UINT16: case FLOAT16: return 2;
            case INT32: case UINT32: case FLOAT32: case DATE32: case TIME32: return 4;
            case INT64: case UINT64: case FLOAT64: case DATE64: case TIME64: case TIMESTAMP: case DURATION: return 8;
            case DECIMAL32: return 4;
            case DECIMAL64: return 8;
            case DECIMAL128: return 16;
            case DECIMAL256: return 32;
            case FIXED_SIZE_BINARY: return t.size() >= 0 ? t.size() : null;
            case INTERVAL: return t.intervalUnit() == 2 ? 16 : t.intervalUnit() == 1 ? 8 : 4;
            default: return null;
        }
    }
}
