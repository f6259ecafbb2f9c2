package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.TestTypes;



import static io.dfschema.engine.vector.TestTypes.field;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import io.dfschema.metadata.types.JdbcTypeMapping;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** getObject returns an instance of the class ResultSetMetaData will announce for each type. */
class TypeMappingConsistencyTest {

    private static void check(ArrowType type, Object value) throws Exception {
        Object got = Columns.of(type, value).getObject(0);
        Class<?> announced = JdbcTypeMapping.javaClass(type);
        assertTrue(announced.isInstance(got), type + ": " + got.getClass().getName() + " is not a " + announced.getName());
    }

    @Test
    void everyTypeFamily() throws Exception {
        check(TestTypes.simple(TypeId.BOOL, "Boolean"), true);
        check(TestTypes.simple(TypeId.INT8, "Int8"), 1);
        check(TestTypes.simple(TypeId.INT16, "Int16"), 1);
        check(TestTypes.simple(TypeId.INT32, "Int32"), 1);
        check(TestTypes.simple(TypeId.INT64, "Int64"), 1L);
        check(TestTypes.simple(TypeId.UINT8, "UInt8"), 200);
        check(TestTypes.simple(TypeId.UINT16, "UInt16"), 60000);
        check(TestTypes.simple(TypeId.UINT32, "UInt32"), 4000000000L);
        check(TestTypes.simple(TypeId.UINT64, "UInt64"), -1L);
        check(TestTypes.simple(TypeId.UINT64, "UInt64"), 1L);
        check(TestTypes.simple(TypeId.FLOAT16, "Float16"), 1f);
        check(TestTypes.simple(TypeId.FLOAT32, "Float32"), 1f);
        check(TestTypes.simple(TypeId.FLOAT64, "Float64"), 1d);
        check(TestTypes.decimal(TypeId.DECIMAL32, 5, 2), BigDecimal.ONE);
        check(TestTypes.decimal(TypeId.DECIMAL256, 50, 2), BigDecimal.ONE);
        check(TestTypes.utf8(), "x");
        check(TestTypes.simple(TypeId.UTF8_VIEW, "Utf8View"), "x");
        check(TestTypes.simple(TypeId.BINARY, "Binary"), new byte[] {1});
        check(TestTypes.fixedBinary(1), new byte[] {1});
        check(TestTypes.simple(TypeId.DATE32, "Date32"), 1);
        check(TestTypes.simple(TypeId.DATE64, "Date64"), 1L);
        check(TestTypes.withUnit(TypeId.TIME32, TimeUnit.SECOND), 1);
        check(TestTypes.withUnit(TypeId.TIME64, TimeUnit.NANOSECOND), 1L);
        check(TestTypes.timestamp(TimeUnit.MILLISECOND, null), 1L);
        check(TestTypes.timestamp(TimeUnit.MILLISECOND, "UTC"), 1L);
        check(TestTypes.withUnit(TypeId.DURATION, TimeUnit.SECOND), 1L);
        check(TestTypes.interval(1), "1 days");
        check(TestTypes.simple(TypeId.UNION, "Union"), "{a=1}");
        check(TestTypes.simple(TypeId.OTHER, "X"), "x");
        check(TestTypes.list(TypeId.LIST, field("item", TestTypes.int32())), List.of(1));
        check(TestTypes.fixedList(1, field("item", TestTypes.int32())), List.of(1));
        check(TestTypes.struct(field("a", TestTypes.int32())), List.of(1));
        check(TestTypes.map(field("k", TestTypes.int32()), field("v", TestTypes.int32())), Map.of(1, 2));
        check(TestTypes.dictionary(TestTypes.int32(), TestTypes.utf8()), "x");
        check(TestTypes.runEndEncoded(TestTypes.int32(), TestTypes.simple(TypeId.DATE32, "Date32")), 5);
    }
}
