package io.dfschema.jdbc.accessor;

import io.dfschema.engine.vector.TestTypes;



import static io.dfschema.jdbc.accessor.SqlAssert.assertSqlState;
import static io.dfschema.engine.vector.TestTypes.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Struct;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestedAccessorTest {

    private static ArrowType listOf(ArrowType item) {
        return TestTypes.list(TypeId.LIST, field("item", item));
    }

    private static ArrowType mapOf(ArrowType key, ArrowType value) {
        return TestTypes.map(new ArrowField("key", false, key), field("value", value));
    }

    @Test
    void listTextFollowsArrow() throws Exception {
        BaseAccessor a = Columns.of(listOf(TestTypes.int64()), List.of(1L, 2L, 3L), Arrays.asList(1L, null, 3L),
                List.of(), null);
        assertEquals("[1, 2, 3]", a.getString(0));
        assertEquals("[1, NULL, 3]", a.getString(1));
        assertEquals("[]", a.getString(2));
        assertNull(a.getString(3));
        assertNull(a.getArray(3));
    }

    @Test
    void everyListKindReadsTheSame() throws Exception {
        for (TypeId kind : List.of(TypeId.LIST, TypeId.LARGE_LIST, TypeId.LIST_VIEW, TypeId.LARGE_LIST_VIEW)) {
            BaseAccessor a = Columns.of(TestTypes.list(kind, field("item", TestTypes.int32())), List.of(4, 5));
            assertEquals("[4, 5]", a.getString(0), kind.name());
        }
        BaseAccessor fixed = Columns.of(TestTypes.fixedList(2, field("item", TestTypes.int32())), List.of(4, 5));
        assertEquals("[4, 5]", fixed.getString(0));
    }

    @Test
    void stringElementsAreUnquotedAndEmptyShowsNothing() throws Exception {
        BaseAccessor a = Columns.of(listOf(TestTypes.utf8()), Arrays.asList("a", "", "b", null));
        assertEquals("[a, , b, NULL]", a.getString(0));
    }

    @Test
    void floatElementsUseTheShortestForm() throws Exception {
        BaseAccessor a = Columns.of(listOf(TestTypes.simple(TypeId.FLOAT64, "Float64")), List.of(1.0 / 3, 2.0 / 3, 1.0));
        assertEquals("[0.3333333333333333, 0.6666666666666666, 1.0]", a.getString(0));
    }

    @Test
    void listObjectsAreArraysAndLists() throws Exception {
        BaseAccessor a = Columns.of(listOf(TestTypes.int64()), Arrays.asList(1L, null, 3L));
        Array array = (Array) a.getObject(0);
        assertArrayEquals(new Long[] {1L, null, 3L}, (Long[]) array.getArray());
        assertEquals(Arrays.asList(1L, null, 3L), a.getObject(0, List.class));
        assertInstanceOf(Array.class, a.getObject(0, Array.class));
        assertEquals("[1, NULL, 3]", array.toString());
        assertEquals("[1, NULL, 3]", a.getObject(0, String.class));
        assertSqlState("22018", () -> a.getInt(0));
    }

    @Test
    void nestedListsNest() throws Exception {
        BaseAccessor a = Columns.of(listOf(listOf(TestTypes.int32())),
                Arrays.asList(List.of(1, 2), List.of(3), null, List.of()));
        assertEquals("[[1, 2], [3], NULL, []]", a.getString(0));
        Object[] inner = (Object[]) a.getArray(0).getArray();
        assertInstanceOf(Array[].class, inner);
        assertArrayEquals(new Integer[] {1, 2}, (Integer[]) ((Array) inner[0]).getArray());
        assertNull(inner[2]);
    }

    @Test
    void structTextObjectAndMap() throws Exception {
        ArrowType type = TestTypes.struct(field("a", TestTypes.int64()), field("b", TestTypes.utf8()));
        BaseAccessor a = Columns.of(type, List.of(1L, "foo"), Arrays.asList(null, "x"), null);
        assertEquals("{a: 1, b: foo}", a.getString(0));
        assertEquals("{a: NULL, b: x}", a.getString(1));
        assertNull(a.getString(2));
        Struct s = (Struct) a.getObject(0);
        assertArrayEquals(new Object[] {1L, "foo"}, s.getAttributes());
        assertEquals(type.name(), s.getSQLTypeName());
        assertEquals("Struct(\"a\": Int64, \"b\": Utf8)", s.getSQLTypeName());
        assertArrayEquals(new Object[] {null, "x"}, a.getObject(1, Struct.class).getAttributes(Map.of()));
        Map<?, ?> asMap = a.getObject(0, Map.class);
        assertEquals(List.of("a", "b"), List.copyOf(asMap.keySet()));
        assertEquals(1L, asMap.get("a"));
        assertEquals("{a: 1, b: foo}", s.toString());
        assertSqlState("0A000", () -> s.getAttributes(Map.of("x", String.class)));
        assertSqlState("22018", () -> a.getArray(0));
    }

    @Test
    void mapKeepsEntryOrder() throws Exception {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("z", 1L);
        m.put("a", null);
        m.put("m", 3L);
        BaseAccessor a = Columns.of(mapOf(TestTypes.utf8(), TestTypes.int64()), m, Map.of(), null);
        assertEquals("{z: 1, a: NULL, m: 3}", a.getString(0));
        assertEquals("{}", a.getString(1));
        assertNull(a.getObject(2));
        Map<?, ?> got = (Map<?, ?>) a.getObject(0);
        assertInstanceOf(LinkedHashMap.class, got);
        assertEquals(List.of("z", "a", "m"), List.copyOf(got.keySet()));
        assertEquals(m, got);
        assertEquals(m, a.getObject(0, Map.class));
    }

    @Test
    void listOfStructOfMapToAnyDepth() throws Exception {
        ArrowType mapType = mapOf(TestTypes.utf8(), TestTypes.int64());
        ArrowType structType = TestTypes.struct(field("id", TestTypes.int32()), field("m", mapType));
        Map<String, Long> m1 = new LinkedHashMap<>();
        m1.put("k1", 10L);
        m1.put("k2", null);
        List<?> row0 = Arrays.asList(Arrays.asList(1, m1), null, Arrays.asList(null, null), Arrays.asList(4, Map.of()));
        BaseAccessor a = Columns.of(listOf(structType), row0, null, List.of());
        assertEquals("[{id: 1, m: {k1: 10, k2: NULL}}, NULL, {id: NULL, m: NULL}, {id: 4, m: {}}]", a.getString(0));
        assertNull(a.getString(1));
        assertEquals("[]", a.getString(2));

        Object[] structs = (Object[]) a.getArray(0).getArray();
        assertInstanceOf(Struct[].class, structs);
        Object[] first = ((Struct) structs[0]).getAttributes();
        assertEquals(1, first[0]);
        assertEquals(m1, first[1]);
        assertNull(structs[1]);
        assertArrayEquals(new Object[] {null, null}, ((Struct) structs[2]).getAttributes());
        assertEquals(Map.of(), ((Struct) structs[3]).getAttributes()[1]);
    }

    @Test
    void structsHoldListsAndMapsHoldLists() throws Exception {
        ArrowType s = TestTypes.struct(field("xs", listOf(TestTypes.int32())),
                field("d", TestTypes.decimal(TypeId.DECIMAL128, 5, 2)));
        BaseAccessor a = Columns.of(s, Arrays.asList(List.of(1, 2), new BigDecimal("1.50")));
        assertEquals("{xs: [1, 2], d: 1.50}", a.getString(0));
        assertInstanceOf(Array.class, ((Struct) a.getObject(0)).getAttributes()[0]);

        BaseAccessor m = Columns.of(mapOf(TestTypes.int32(), listOf(TestTypes.utf8())), Map.of(7, List.of("a", "b")));
        assertEquals("{7: [a, b]}", m.getString(0));
    }

    @Test
    void nestedTemporalAndBinaryValuesUseTheirDisplay() throws Exception {
        ArrowType s = TestTypes.struct(field("ts", TestTypes.timestamp(io.dfschema.engine.TimeUnit.SECOND, "UTC")),
                field("b", TestTypes.simple(TypeId.BINARY, "Binary")), field("f", TestTypes.simple(TypeId.FLOAT32,
                        "Float32")));
        BaseAccessor a = Columns.of(s, Arrays.asList(0L, new byte[] {(byte) 0xAB}, 1.1f));
        assertEquals("{ts: 1970-01-01T00:00:00Z, b: ab, f: 1.1}", a.getString(0));
    }
}
