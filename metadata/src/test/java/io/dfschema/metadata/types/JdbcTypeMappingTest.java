package io.dfschema.metadata.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcTypeMappingTest {

    private static ArrowType t(TypeId id) {
        return new ArrowType(id, id.name(), 0, 0, null, -1, null, -1, List.of());
    }

    private static ArrowType decimal(TypeId id, int precision, int scale) {
        return new ArrowType(id, "Decimal(" + precision + ", " + scale + ")", precision, scale, null, -1, null, -1,
                List.of());
    }

    private static ArrowType withUnit(TypeId id, TimeUnit unit, String zone) {
        return new ArrowType(id, id.name(), 0, 0, unit, -1, zone, -1, List.of());
    }

    private static ArrowType nested(TypeId id, ArrowField... children) {
        return new ArrowType(id, id.name(), 0, 0, null, -1, null, -1, List.of(children));
    }

    private static ArrowField f(String name, ArrowType type) {
        return new ArrowField(name, true, type);
    }

    @Test
    void jdbcTypeOfEveryFamily() {
        Map<TypeId, Integer> expected = Map.ofEntries(
                Map.entry(TypeId.NULL, Types.NULL), Map.entry(TypeId.BOOL, Types.BOOLEAN),
                Map.entry(TypeId.INT8, Types.TINYINT), Map.entry(TypeId.INT16, Types.SMALLINT),
                Map.entry(TypeId.INT32, Types.INTEGER), Map.entry(TypeId.INT64, Types.BIGINT),
                Map.entry(TypeId.UINT8, Types.SMALLINT), Map.entry(TypeId.UINT16, Types.INTEGER),
                Map.entry(TypeId.UINT32, Types.BIGINT), Map.entry(TypeId.UINT64, Types.NUMERIC),
                Map.entry(TypeId.FLOAT16, Types.REAL), Map.entry(TypeId.FLOAT32, Types.REAL),
                Map.entry(TypeId.FLOAT64, Types.DOUBLE), Map.entry(TypeId.DECIMAL32, Types.DECIMAL),
                Map.entry(TypeId.DECIMAL256, Types.DECIMAL), Map.entry(TypeId.UTF8, Types.VARCHAR),
                Map.entry(TypeId.LARGE_UTF8, Types.VARCHAR), Map.entry(TypeId.UTF8_VIEW, Types.VARCHAR),
                Map.entry(TypeId.BINARY, Types.VARBINARY), Map.entry(TypeId.BINARY_VIEW, Types.VARBINARY),
                Map.entry(TypeId.FIXED_SIZE_BINARY, Types.BINARY), Map.entry(TypeId.DATE32, Types.DATE),
                Map.entry(TypeId.DATE64, Types.DATE), Map.entry(TypeId.TIME32, Types.TIME),
                Map.entry(TypeId.TIME64, Types.TIME), Map.entry(TypeId.INTERVAL, Types.OTHER),
                Map.entry(TypeId.DURATION, Types.OTHER), Map.entry(TypeId.LIST, Types.ARRAY),
                Map.entry(TypeId.LARGE_LIST_VIEW, Types.ARRAY), Map.entry(TypeId.FIXED_SIZE_LIST, Types.ARRAY),
                Map.entry(TypeId.STRUCT, Types.STRUCT), Map.entry(TypeId.MAP, Types.JAVA_OBJECT),
                Map.entry(TypeId.UNION, Types.OTHER), Map.entry(TypeId.OTHER, Types.OTHER));
        expected.forEach((id, type) -> assertEquals(type, JdbcTypeMapping.jdbcType(t(id)), id.name()));
    }

    @Test
    void timestampsDependOnTheirZone() {
        assertEquals(Types.TIMESTAMP, JdbcTypeMapping.jdbcType(withUnit(TypeId.TIMESTAMP, TimeUnit.NANOSECOND, null)));
        assertEquals(Types.TIMESTAMP_WITH_TIMEZONE,
                JdbcTypeMapping.jdbcType(withUnit(TypeId.TIMESTAMP, TimeUnit.NANOSECOND, "UTC")));
        assertEquals("java.sql.Timestamp",
                JdbcTypeMapping.javaClassName(withUnit(TypeId.TIMESTAMP, TimeUnit.SECOND, "+08:00")));
    }

    @Test
    void dictionaryAndRunEndEncodingMapAsTheirValues() {
        ArrowType dict = nested(TypeId.DICTIONARY, f("key", t(TypeId.INT32)), f("value", t(TypeId.LARGE_UTF8)));
        ArrowType ree = nested(TypeId.RUN_END_ENCODED, f("run_ends", t(TypeId.INT32)),
                f("values", decimal(TypeId.DECIMAL128, 12, 3)));
        assertEquals(Types.VARCHAR, JdbcTypeMapping.jdbcType(dict));
        assertEquals("java.lang.String", JdbcTypeMapping.javaClassName(dict));
        assertEquals(Integer.MAX_VALUE, JdbcTypeMapping.precision(dict));
        assertEquals("DICTIONARY", JdbcTypeMapping.typeName(dict)); // the declared type's own name
        assertEquals(Types.DECIMAL, JdbcTypeMapping.jdbcType(ree));
        assertEquals(12, JdbcTypeMapping.precision(ree));
        assertEquals(3, JdbcTypeMapping.scale(ree));
    }

    @Test
    void precisionFollowsTheJdbcJavadoc() {
        assertEquals(3, JdbcTypeMapping.precision(t(TypeId.INT8)));
        assertEquals(19, JdbcTypeMapping.precision(t(TypeId.INT64)));
        assertEquals(20, JdbcTypeMapping.precision(t(TypeId.UINT64)));
        assertEquals(0, JdbcTypeMapping.scale(t(TypeId.UINT64)));
        assertEquals(17, JdbcTypeMapping.precision(t(TypeId.FLOAT64)));
        assertEquals(38, JdbcTypeMapping.precision(decimal(TypeId.DECIMAL128, 38, 10)));
        assertEquals(10, JdbcTypeMapping.scale(decimal(TypeId.DECIMAL128, 38, 10)));
        assertEquals(Integer.MAX_VALUE, JdbcTypeMapping.precision(t(TypeId.UTF8)));
        assertEquals(16, JdbcTypeMapping.precision(new ArrowType(TypeId.FIXED_SIZE_BINARY, "FixedSizeBinary(16)", 0, 0,
                null, -1, null, 16, List.of())));
        assertEquals(10, JdbcTypeMapping.precision(t(TypeId.DATE32)));
        assertEquals(8, JdbcTypeMapping.precision(withUnit(TypeId.TIME32, TimeUnit.SECOND, null)));
        assertEquals(18, JdbcTypeMapping.precision(withUnit(TypeId.TIME64, TimeUnit.NANOSECOND, null)));
        assertEquals(9, JdbcTypeMapping.scale(withUnit(TypeId.TIME64, TimeUnit.NANOSECOND, null)));
        assertEquals(23, JdbcTypeMapping.precision(withUnit(TypeId.TIMESTAMP, TimeUnit.MILLISECOND, null)));
        assertEquals(35, JdbcTypeMapping.precision(withUnit(TypeId.TIMESTAMP, TimeUnit.NANOSECOND, "UTC")));
        assertEquals(6, JdbcTypeMapping.scale(withUnit(TypeId.TIMESTAMP, TimeUnit.MICROSECOND, "UTC")));
        assertEquals(0, JdbcTypeMapping.precision(t(TypeId.STRUCT)));
    }

    @Test
    void displaySizeFitsTheWidestText() {
        assertEquals(20, JdbcTypeMapping.displaySize(t(TypeId.INT64)));       // -9223372036854775808
        assertEquals(20, JdbcTypeMapping.displaySize(t(TypeId.UINT64)));      // 18446744073709551615
        assertEquals(12, JdbcTypeMapping.displaySize(decimal(TypeId.DECIMAL64, 10, 2)));  // -12345678.90
        assertEquals(8, JdbcTypeMapping.displaySize(decimal(TypeId.DECIMAL64, 3, 5)));    // -0.00005
        assertEquals(6, JdbcTypeMapping.displaySize(decimal(TypeId.DECIMAL64, 3, -2)));   // -12300
        assertEquals(23, JdbcTypeMapping.displaySize(t(TypeId.DATE64)));      // 2001-10-05T01:02:03.004
        assertEquals(5, JdbcTypeMapping.displaySize(t(TypeId.BOOL)));
        assertEquals(Integer.MAX_VALUE, JdbcTypeMapping.displaySize(t(TypeId.LIST)));
    }

    @Test
    void javaClassesOfGetObject() {
        assertEquals("java.lang.Short", JdbcTypeMapping.javaClassName(t(TypeId.UINT8)));
        assertEquals("java.lang.Integer", JdbcTypeMapping.javaClassName(t(TypeId.UINT16)));
        assertEquals("java.lang.Long", JdbcTypeMapping.javaClassName(t(TypeId.UINT32)));
        assertEquals("java.lang.Number", JdbcTypeMapping.javaClassName(t(TypeId.UINT64)));
        assertEquals("java.lang.Float", JdbcTypeMapping.javaClassName(t(TypeId.FLOAT16)));
        assertEquals("[B", JdbcTypeMapping.javaClassName(t(TypeId.FIXED_SIZE_BINARY)));
        assertEquals("java.time.Duration", JdbcTypeMapping.javaClassName(t(TypeId.DURATION)));
        assertEquals("java.lang.String", JdbcTypeMapping.javaClassName(t(TypeId.INTERVAL)));
        assertEquals("java.sql.Array", JdbcTypeMapping.javaClassName(t(TypeId.LIST_VIEW)));
        assertEquals("java.sql.Struct", JdbcTypeMapping.javaClassName(t(TypeId.STRUCT)));
        assertEquals("java.util.Map", JdbcTypeMapping.javaClassName(t(TypeId.MAP)));
        assertEquals("java.lang.Object", JdbcTypeMapping.javaClassName(t(TypeId.NULL)));
    }

    @Test
    void signednessAndCaseSensitivity() {
        assertTrue(JdbcTypeMapping.isSigned(t(TypeId.INT8)));
        assertTrue(JdbcTypeMapping.isSigned(t(TypeId.FLOAT16)));
        assertTrue(JdbcTypeMapping.isSigned(decimal(TypeId.DECIMAL256, 40, 0)));
        assertFalse(JdbcTypeMapping.isSigned(t(TypeId.UINT64)));
        assertFalse(JdbcTypeMapping.isSigned(t(TypeId.UTF8)));
        assertTrue(JdbcTypeMapping.isCaseSensitive(t(TypeId.UTF8_VIEW)));
        assertFalse(JdbcTypeMapping.isCaseSensitive(t(TypeId.INT32)));
    }
}
