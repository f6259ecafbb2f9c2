package io.dfschema.engine.vector;

import static io.dfschema.engine.vector.TestTypes.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.EngineException;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchDecoderTest {

    private static ColumnVector decodeOne(ArrowField f, List<?> values) {
        Batch batch = BatchDecoder.decode(WireEncoder.single(f, values), List.of(f));
        assertEquals(values.size(), batch.rowCount());
        assertEquals(1, batch.columns().size());
        return batch.column(0);
    }

    private static ArrowField f(TypeId id, String name) {
        return field("c", TestTypes.simple(id, name));
    }

    @Test
    void emptyBatchHasNoRowsAndNoColumns() {
        byte[] bytes = new WireEncoder().i32(0).i32(0).bytes();
        Batch batch = BatchDecoder.decode(bytes, List.of());
        assertEquals(0, batch.rowCount());
        assertTrue(batch.columns().isEmpty());
    }

    @Test
    void zeroRowColumnsDecode() {
        ArrowField list = field("l", TestTypes.list(TypeId.LIST, field("item", TestTypes.int64())));
        byte[] bytes = WireEncoder.batch(List.of(f(TypeId.UTF8, "Utf8"), list), List.of(List.of(), List.of()));
        Batch batch = BatchDecoder.decode(bytes, List.of(f(TypeId.UTF8, "Utf8"), list));
        assertEquals(0, batch.column(0).length());
        assertEquals(0, ((ListVector) batch.column(1)).child().length());
    }

    @Test
    void nullTypeIsAllNullWithoutPayload() {
        ColumnVector v = decodeOne(f(TypeId.NULL, "Null"), Arrays.asList(null, null, null));
        assertInstanceOf(NullVector.class, v);
        assertEquals(3, v.length());
        assertTrue(v.isNull(0) && v.isNull(1) && v.isNull(2));
    }

    @Test
    void boolValuesAndNulls() {
        BoolVector v = (BoolVector) decodeOne(f(TypeId.BOOL, "Boolean"), Arrays.asList(true, null, false, true));
        assertTrue(v.getBoolean(0));
        assertTrue(v.isNull(1));
        assertFalse(v.isNull(2));
        assertFalse(v.getBoolean(2));
        assertTrue(v.getBoolean(3));
        assertTrue(v.hasNulls());
    }

    @Test
    void columnWithoutNullsHasNoBitmap() {
        ColumnVector v = decodeOne(f(TypeId.INT32, "Int32"), List.of(1, 2));
        assertFalse(v.hasNulls());
        assertFalse(v.isNull(0));
        assertFalse(v.isNull(1));
    }

    @Test
    void validityBitsAreLeastSignificantFirstAcrossBytes() {
        // 10 rows; bitmap 0b0000_0101, 0b0000_0010: rows 0, 2 and 9 present.
        WireEncoder w = new WireEncoder().i32(10).i32(1).u8(1).u8(0b0000_0101).u8(0b0000_0010);
        for (int i = 0; i < 10; i++) {
            w.i32(i * 10);
        }
        FixedWidthVector v = (FixedWidthVector) BatchDecoder.decode(w.bytes(), List.of(f(TypeId.INT32, "Int32"))).column(0);
        for (int i = 0; i < 10; i++) {
            boolean present = i == 0 || i == 2 || i == 9;
            assertEquals(!present, v.isNull(i), "row " + i);
        }
        assertEquals(90, v.getInt(9));
    }

    @Test
    void signedIntegersOfEveryWidth() {
        FixedWidthVector i8 = (FixedWidthVector) decodeOne(f(TypeId.INT8, "Int8"), List.of(-128, 127));
        FixedWidthVector i16 = (FixedWidthVector) decodeOne(f(TypeId.INT16, "Int16"), List.of(-32768, 32767));
        FixedWidthVector i32 = (FixedWidthVector) decodeOne(f(TypeId.INT32, "Int32"), List.of(Integer.MIN_VALUE, 7));
        FixedWidthVector i64 = (FixedWidthVector) decodeOne(f(TypeId.INT64, "Int64"), List.of(Long.MIN_VALUE, -1L));
        assertEquals(1, i8.width());
        assertEquals((byte) -128, i8.getByte(0));
        assertEquals(127, i8.getLongValue(1));
        assertEquals(2, i16.width());
        assertEquals((short) -32768, i16.getShort(0));
        assertEquals(4, i32.width());
        assertEquals(Integer.MIN_VALUE, i32.getInt(0));
        assertEquals(Integer.MIN_VALUE, i32.getLongValue(0));
        assertEquals(8, i64.width());
        assertEquals(Long.MIN_VALUE, i64.getLong(0));
        assertEquals(-1L, i64.getLong(1));
    }

    @Test
    void unsignedIntegersKeepTheirBits() {
        FixedWidthVector u8 = (FixedWidthVector) decodeOne(f(TypeId.UINT8, "UInt8"), List.of(255));
        FixedWidthVector u16 = (FixedWidthVector) decodeOne(f(TypeId.UINT16, "UInt16"), List.of(65535));
        FixedWidthVector u32 = (FixedWidthVector) decodeOne(f(TypeId.UINT32, "UInt32"), List.of(4294967295L));
        FixedWidthVector u64 = (FixedWidthVector) decodeOne(f(TypeId.UINT64, "UInt64"), List.of(-1L));
        assertEquals(255, u8.getByte(0) & 0xFF);
        assertEquals(65535, u16.getShort(0) & 0xFFFF);
        assertEquals(4294967295L, u32.getInt(0) & 0xFFFFFFFFL);
        assertEquals("18446744073709551615", Long.toUnsignedString(u64.getLong(0)));
    }

    @Test
    void floatsIncludingFloat16SentAsF32() {
        FixedWidthVector h = (FixedWidthVector) decodeOne(f(TypeId.FLOAT16, "Float16"), List.of(1.5f));
        FixedWidthVector s = (FixedWidthVector) decodeOne(f(TypeId.FLOAT32, "Float32"), List.of(1.1f, Float.NaN));
        FixedWidthVector d = (FixedWidthVector) decodeOne(f(TypeId.FLOAT64, "Float64"),
                List.of(-0.0, Double.NEGATIVE_INFINITY, 0.1));
        assertEquals(4, h.width());
        assertEquals(1.5f, h.getFloat(0));
        assertEquals(1.1f, s.getFloat(0));
        assertTrue(Float.isNaN(s.getFloat(1)));
        assertEquals(8, d.width());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d.getDouble(0)));
        assertEquals(Double.NEGATIVE_INFINITY, d.getDouble(1));
        assertEquals(0.1, d.getDouble(2));
    }

    @Test
    void decimal32To128TravelAsSixteenBytes() {
        for (TypeId id : List.of(TypeId.DECIMAL32, TypeId.DECIMAL64, TypeId.DECIMAL128)) {
            ArrowField fd = field("d", TestTypes.decimal(id, 9, 2));
            DecimalVector v = (DecimalVector) decodeOne(fd, Arrays.asList(new BigDecimal("1.50"), null,
                    new BigDecimal("-12345.67")));
            assertEquals(16, v.width(), id.name());
            assertEquals(new BigDecimal("1.50"), v.getBigDecimal(0));
            assertTrue(v.isNull(1));
            assertEquals(new BigDecimal("-12345.67"), v.getBigDecimal(2));
            assertEquals(BigInteger.valueOf(-1234567), v.getUnscaled(2));
            assertEquals(2, v.scale());
        }
    }

    @Test
    void decimal128BeyondLongRange() {
        ArrowField fd = field("d", TestTypes.decimal(TypeId.DECIMAL128, 38, 3));
        BigDecimal big = new BigDecimal("-12345678901234567890123456789012345.678");
        BigDecimal justOver = new BigDecimal(BigInteger.ONE.shiftLeft(63), 3);
        DecimalVector v = (DecimalVector) decodeOne(fd, List.of(big, justOver));
        assertEquals(big, v.getBigDecimal(0));
        assertEquals(justOver, v.getBigDecimal(1));
        assertEquals(38, v.precision());
    }

    @Test
    void decimal256TravelsAsThirtyTwoBytes() {
        ArrowField fd = field("d", TestTypes.decimal(TypeId.DECIMAL256, 76, 10));
        BigDecimal huge = new BigDecimal("-" + "9".repeat(66) + "." + "9".repeat(10));
        DecimalVector v = (DecimalVector) decodeOne(fd, List.of(huge, new BigDecimal("0.0000000001")));
        assertEquals(32, v.width());
        assertEquals(huge, v.getBigDecimal(0));
        assertEquals(new BigDecimal("0.0000000001"), v.getBigDecimal(1));
    }

    @Test
    void stringsAreUtf8AndEmptyDiffersFromNull() {
        for (TypeId id : List.of(TypeId.UTF8, TypeId.LARGE_UTF8, TypeId.UTF8_VIEW)) {
            VarBinaryVector v = (VarBinaryVector) decodeOne(f(id, "Utf8"), Arrays.asList("héllo €", "", null, "z"));
            assertEquals("héllo €", v.getString(0));
            assertEquals(10, v.byteLength(0));
            assertEquals("", v.getString(1));
            assertFalse(v.isNull(1));
            assertTrue(v.isNull(2));
            assertEquals(0, v.byteLength(2));
            assertEquals("z", v.getString(3));
        }
    }

    @Test
    void binaryKindsAreBytes() {
        byte[] a = {0, (byte) 0xFF, 0x10};
        for (ArrowField fb : List.of(f(TypeId.BINARY, "Binary"), f(TypeId.LARGE_BINARY, "LargeBinary"),
                f(TypeId.BINARY_VIEW, "BinaryView"), field("b", TestTypes.fixedBinary(3)))) {
            VarBinaryVector v = (VarBinaryVector) decodeOne(fb, Arrays.asList(a, null));
            assertArrayEquals(a, v.getBytes(0));
            assertEquals((byte) 0xFF, v.byteAt(0, 1));
            assertTrue(v.isNull(1));
        }
    }

    @Test
    void displayOnlyTypesArriveAsText() {
        for (ArrowField ft : List.of(field("i", TestTypes.interval(2)), f(TypeId.UNION, "Union"), f(TypeId.OTHER, "X"))) {
            VarBinaryVector v = (VarBinaryVector) decodeOne(ft, Arrays.asList("13 mons 1 days", null));
            assertEquals("13 mons 1 days", v.getString(0));
            assertTrue(v.isNull(1));
        }
    }

    @Test
    void temporalTypesHaveTheirWidths() {
        assertEquals(4, ((FixedWidthVector) decodeOne(f(TypeId.DATE32, "Date32"), List.of(19000))).width());
        assertEquals(8, ((FixedWidthVector) decodeOne(f(TypeId.DATE64, "Date64"), List.of(1L))).width());
        FixedWidthVector t32 = (FixedWidthVector) decodeOne(field("t", TestTypes.withUnit(TypeId.TIME32,
                TimeUnit.MILLISECOND)), List.of(34_325_123));
        assertEquals(34_325_123, t32.getInt(0));
        FixedWidthVector t64 = (FixedWidthVector) decodeOne(field("t", TestTypes.withUnit(TypeId.TIME64,
                TimeUnit.NANOSECOND)), List.of(1L));
        assertEquals(8, t64.width());
        FixedWidthVector ts = (FixedWidthVector) decodeOne(field("ts", TestTypes.timestamp(TimeUnit.NANOSECOND, "UTC")),
                List.of(1_599_572_549_190_855_123L));
        assertEquals(1_599_572_549_190_855_123L, ts.getLong(0));
        FixedWidthVector du = (FixedWidthVector) decodeOne(field("d", TestTypes.withUnit(TypeId.DURATION,
                TimeUnit.SECOND)), List.of(-5L));
        assertEquals(-5L, du.getLong(0));
    }

    @Test
    void dictionaryArrivesAsItsValueType() {
        ArrowField fd = field("d", TestTypes.dictionary(TestTypes.int32(), TestTypes.utf8()));
        ColumnVector v = decodeOne(fd, Arrays.asList("a", null, "a"));
        assertInstanceOf(VarBinaryVector.class, v);
        assertEquals("a", ((VarBinaryVector) v).getString(2));
        assertEquals(TypeId.DICTIONARY, v.type().id());
        assertEquals(TypeId.UTF8, v.valueType().id());
    }

    @Test
    void runEndEncodedArrivesExpanded() {
        ArrowField fr = field("r", TestTypes.runEndEncoded(TestTypes.int32(), TestTypes.int64()));
        FixedWidthVector v = (FixedWidthVector) decodeOne(fr, List.of(7L, 7L, 9L));
        assertEquals(8, v.width());
        assertEquals(7L, v.getLong(1));
        assertEquals(9L, v.getLong(2));
    }

    @Test
    void dictionaryOfDictionaryResolvesToTheInnermostValueType() {
        ArrowType inner = TestTypes.dictionary(TestTypes.int32(), TestTypes.simple(TypeId.FLOAT64, "Float64"));
        ArrowField fd = field("d", TestTypes.runEndEncoded(TestTypes.int32(), inner));
        FixedWidthVector v = (FixedWidthVector) decodeOne(fd, List.of(2.5));
        assertEquals(2.5, v.getDouble(0));
    }

    @Test
    void listsWithNullListsEmptyListsAndNullElements() {
        for (TypeId kind : List.of(TypeId.LIST, TypeId.LARGE_LIST, TypeId.LIST_VIEW, TypeId.LARGE_LIST_VIEW)) {
            ArrowField fl = field("l", TestTypes.list(kind, field("item", TestTypes.int64())));
            ListVector v = (ListVector) decodeOne(fl, Arrays.asList(List.of(1L, 2L), null, List.of(),
                    Arrays.asList(null, 5L)));
            assertEquals(0, v.start(0));
            assertEquals(2, v.end(0));
            assertTrue(v.isNull(1));
            assertEquals(0, v.size(1));
            assertFalse(v.isNull(2));
            assertEquals(0, v.size(2));
            assertEquals(2, v.size(3));
            FixedWidthVector child = (FixedWidthVector) v.child();
            assertEquals(4, child.length());
            assertEquals(2L, child.getLong(1));
            assertTrue(child.isNull(v.start(3)));
            assertEquals(5L, child.getLong(v.start(3) + 1));
        }
    }

    @Test
    void fixedSizeListUsesOffsetsToo() {
        ArrowField fl = field("l", TestTypes.fixedList(2, field("item", TestTypes.int32())));
        ListVector v = (ListVector) decodeOne(fl, Arrays.asList(List.of(1, 2), null, List.of(3, 4)));
        assertEquals(2, v.size(0));
        assertTrue(v.isNull(1));
        assertEquals(2, v.size(2));
        assertEquals(4, ((FixedWidthVector) v.child()).getInt(v.start(2) + 1));
    }

    @Test
    void structWithNullStructAndNullField() {
        ArrowField fs = field("s", TestTypes.struct(field("a", TestTypes.int64()), field("b", TestTypes.utf8())));
        StructVector v = (StructVector) decodeOne(fs, Arrays.asList(List.of(1L, "x"), null, Arrays.asList(3L, null)));
        assertFalse(v.isNull(0));
        assertTrue(v.isNull(1));
        assertEquals(2, v.children().size());
        FixedWidthVector a = (FixedWidthVector) v.child(0);
        VarBinaryVector b = (VarBinaryVector) v.child(1);
        assertEquals(3, a.length());
        assertEquals(3L, a.getLong(2));
        assertEquals("x", b.getString(0));
        assertTrue(b.isNull(2));
        assertEquals("a", a.field().name());
    }

    @Test
    void mapKeepsEntryOrderAndNullValues() {
        ArrowField fm = field("m", TestTypes.map(new ArrowField("key", false, TestTypes.utf8()),
                field("value", TestTypes.int64())));
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("z", 1L);
        m.put("a", null);
        MapVector v = (MapVector) decodeOne(fm, Arrays.asList(m, null, Map.of()));
        assertEquals(2, v.size(0));
        assertTrue(v.isNull(1));
        assertEquals(0, v.size(2));
        VarBinaryVector keys = (VarBinaryVector) v.keys();
        FixedWidthVector values = (FixedWidthVector) v.values();
        assertEquals("z", keys.getString(0));
        assertEquals("a", keys.getString(1));
        assertEquals(1L, values.getLong(0));
        assertTrue(values.isNull(1));
    }

    @Test
    void listOfStructOfMapWithNullsAtEveryLevel() {
        ArrowField mapField = field("m", TestTypes.map(new ArrowField("key", false, TestTypes.utf8()),
                field("value", TestTypes.int64())));
        ArrowField structField = field("item", TestTypes.struct(field("id", TestTypes.int32()), mapField));
        ArrowField listField = field("l", TestTypes.list(TypeId.LIST, structField));

        Map<String, Long> m1 = new LinkedHashMap<>();
        m1.put("k1", 10L);
        m1.put("k2", null);                                     // null map value
        List<?> row0 = Arrays.asList(
                Arrays.asList(1, m1),
                null,                                           // null struct element
                Arrays.asList(null, null),                      // null field, null map
                Arrays.asList(4, Map.of()));                    // empty map
        List<?> values = Arrays.asList(row0, null, List.of()); // null list, empty list

        ListVector list = (ListVector) decodeOne(listField, values);
        assertTrue(list.isNull(1));
        assertEquals(0, list.size(2));
        assertEquals(4, list.size(0));
        StructVector structs = (StructVector) list.child();
        assertEquals(4, structs.length());
        assertTrue(structs.isNull(1));
        FixedWidthVector ids = (FixedWidthVector) structs.child(0);
        MapVector maps = (MapVector) structs.child(1);
        assertEquals(1, ids.getInt(0));
        assertTrue(ids.isNull(2));
        assertEquals(4, ids.getInt(3));
        assertTrue(maps.isNull(1));
        assertTrue(maps.isNull(2));
        assertFalse(maps.isNull(3));
        assertEquals(0, maps.size(3));
        assertEquals(2, maps.size(0));
        assertEquals("k2", ((VarBinaryVector) maps.keys()).getString(maps.start(0) + 1));
        assertTrue(maps.values().isNull(maps.start(0) + 1));
        assertEquals(10L, ((FixedWidthVector) maps.values()).getLong(maps.start(0)));
    }

    @Test
    void varOffsetsNeedNotStartAtZero() {
        // A sliced string column: offsets 2, 4, 4, 7 over "xxab" + "cde"; the first two bytes are not part of it.
        byte[] bytes = new WireEncoder().i32(3).i32(1)
                .u8(1).u8(0b101)
                .i32(2).i32(4).i32(4).i32(7)
                .raw("xxabcde".getBytes())
                .bytes();
        VarBinaryVector v = (VarBinaryVector) BatchDecoder.decode(bytes, List.of(f(TypeId.UTF8, "Utf8"))).column(0);
        assertEquals("ab", v.getString(0));
        assertTrue(v.isNull(1));
        assertEquals("cde", v.getString(2));
    }

    @Test
    void listOffsetsNeedNotStartAtZero() {
        ArrowField fl = field("l", TestTypes.list(TypeId.LIST, field("item", TestTypes.int32())));
        // Two lists over child rows 1..3 and 3..4 of a 4-row child; child row 0 belongs to no list.
        WireEncoder w = new WireEncoder().i32(2).i32(1)
                .u8(0)
                .i32(1).i32(3).i32(4)
                .u8(0).i32(99).i32(10).i32(20).i32(30);
        Batch batch = BatchDecoder.decode(w.bytes(), List.of(fl));
        ListVector v = (ListVector) batch.column(0);
        FixedWidthVector child = (FixedWidthVector) v.child();
        assertEquals(4, child.length());
        assertEquals(10, child.getInt(v.start(0)));
        assertEquals(20, child.getInt(v.end(0) - 1));
        assertEquals(30, child.getInt(v.start(1)));
        assertEquals(1, v.size(1));
    }

    @Test
    void severalColumnsFollowEachOther() {
        List<ArrowField> schema = List.of(f(TypeId.BOOL, "Boolean"), f(TypeId.UTF8, "Utf8"), f(TypeId.INT16, "Int16"),
                field("d", TestTypes.decimal(TypeId.DECIMAL128, 10, 1)));
        byte[] bytes = WireEncoder.batch(schema, List.of(
                Arrays.asList(true, false, null),
                Arrays.asList("a", null, "ccc"),
                List.of(1, 2, 3),
                Arrays.asList(null, new BigDecimal("2.5"), new BigDecimal("-0.1"))));
        Batch batch = BatchDecoder.decode(bytes, schema);
        assertEquals(3, batch.rowCount());
        assertTrue(((BoolVector) batch.column(0)).isNull(2));
        assertEquals("ccc", ((VarBinaryVector) batch.column(1)).getString(2));
        assertEquals(3, ((FixedWidthVector) batch.column(2)).getShort(2));
        assertEquals(new BigDecimal("-0.1"), ((DecimalVector) batch.column(3)).getBigDecimal(2));
    }

    @Test
    void valuesAreReadFromTheBatchBytesOnDemand() {
        ArrowField fi = f(TypeId.INT32, "Int32");
        byte[] bytes = WireEncoder.single(fi, List.of(1, 2));
        FixedWidthVector v = (FixedWidthVector) BatchDecoder.decode(bytes, List.of(fi)).column(0);
        bytes[bytes.length - 4] = 42; // low byte of row 1, after decoding
        assertEquals(42, v.getInt(1));
    }

    @Test
    void columnCountMustMatchTheSchema() {
        byte[] bytes = WireEncoder.single(f(TypeId.INT32, "Int32"), List.of(1));
        EngineException e = assertThrows(EngineException.class,
                () -> BatchDecoder.decode(bytes, List.of(f(TypeId.INT32, "Int32"), f(TypeId.INT32, "Int32"))));
        assertEquals("XX000", e.sqlState());
    }

    @Test
    void truncatedBatchIsRejected() {
        byte[] bytes = WireEncoder.single(f(TypeId.INT64, "Int64"), List.of(1L, 2L));
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
        EngineException e = assertThrows(EngineException.class,
                () -> BatchDecoder.decode(cut, List.of(f(TypeId.INT64, "Int64"))));
        assertEquals("XX000", e.sqlState());
    }

    @Test
    void trailingBytesAreRejected() {
        byte[] bytes = WireEncoder.single(f(TypeId.INT64, "Int64"), List.of(1L));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(EngineException.class, () -> BatchDecoder.decode(longer, List.of(f(TypeId.INT64, "Int64"))));
    }

    @Test
    void decreasingOffsetsAreRejected() {
        byte[] bytes = new WireEncoder().i32(1).i32(1).u8(0).i32(5).i32(2).raw(new byte[2]).bytes();
        assertThrows(EngineException.class, () -> BatchDecoder.decode(bytes, List.of(f(TypeId.UTF8, "Utf8"))));
    }

    @Test
    void wrongWidthGetterAndBadIndexFail() {
        FixedWidthVector v = (FixedWidthVector) decodeOne(f(TypeId.INT32, "Int32"), List.of(1));
        assertThrows(IllegalStateException.class, () -> v.getLong(0));
        assertThrows(IndexOutOfBoundsException.class, () -> v.getInt(1));
        assertThrows(IndexOutOfBoundsException.class, () -> v.isNull(-1));
    }

    @Test
    void wireKindFollowsTheValueType() {
        assertEquals(WireKind.FIXED4, WireKind.of(TestTypes.simple(TypeId.FLOAT16, "Float16")));
        assertEquals(WireKind.DECIMAL16, WireKind.of(TestTypes.decimal(TypeId.DECIMAL32, 5, 1)));
        assertEquals(WireKind.DECIMAL32, WireKind.of(TestTypes.decimal(TypeId.DECIMAL256, 50, 1)));
        assertEquals(WireKind.VAR, WireKind.of(TestTypes.interval(0)));
        assertEquals(WireKind.LIST, WireKind.of(TestTypes.fixedList(3, field("i", TestTypes.int32()))));
        assertEquals(WireKind.VAR, WireKind.of(TestTypes.dictionary(TestTypes.int32(), TestTypes.utf8())));
        assertEquals(WireKind.FIXED8, WireKind.of(TestTypes.timestamp(TimeUnit.SECOND, null)));
    }
}
