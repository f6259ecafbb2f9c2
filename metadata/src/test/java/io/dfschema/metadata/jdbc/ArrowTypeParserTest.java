package io.dfschema.metadata.jdbc;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArrowTypeParserTest {

    /** The description ArrowDisplayCasesGenerator.rs.txt prints, rebuilt from a parsed type. */
    static String describe(ArrowType t) {
        StringBuilder sb = new StringBuilder(t.id().name()).append('<').append(t.name()).append('>');
        switch (t.id()) {
            case TIMESTAMP -> sb.append('[').append(t.unit()).append(',')
                    .append(t.timeZone() == null ? "<none>" : t.timeZone()).append(']');
            case TIME32, TIME64, DURATION -> sb.append('[').append(t.unit()).append(']');
            case INTERVAL -> sb.append('[').append(t.intervalUnit()).append(']');
            case FIXED_SIZE_BINARY, FIXED_SIZE_LIST, MAP -> sb.append('[').append(t.size()).append(']');
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 ->
                    sb.append('[').append(t.precision()).append(',').append(t.scale()).append(']');
            default -> { }
        }
        if (!t.children().isEmpty()) {
            List<String> kids = new ArrayList<>();
            for (ArrowField f : t.children()) {
                kids.add(f.name() + (f.nullable() ? "?" : "!") + ":" + describe(f.type()));
            }
            sb.append('(').append(String.join(", ", kids)).append(')');
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> parsesEveryArrow59DisplayForm() {
        return Stream.of(ArrowDisplayCases.CASES).map(c -> DynamicTest.dynamicTest(c[0],
                () -> assertEquals(c[1], describe(ArrowTypeParser.parse(c[0])))));
    }

    @Test
    void casesCoverEveryTypeFamily() {
        Set<TypeId> seen = EnumSet.noneOf(TypeId.class);
        for (String[] c : ArrowDisplayCases.CASES) {
            collect(ArrowTypeParser.parse(c[0]), seen);
        }
        Set<TypeId> expected = EnumSet.allOf(TypeId.class);
        expected.remove(TypeId.OTHER);
        assertEquals(expected, seen);
    }

    private static void collect(ArrowType t, Set<TypeId> seen) {
        seen.add(t.id());
        for (ArrowField f : t.children()) {
            collect(f.type(), seen);
        }
    }

    @Test
    void timestampDetails() {
        ArrowType t = ArrowTypeParser.parse("Timestamp(µs, \"Europe/Berlin\")");
        assertEquals(TypeId.TIMESTAMP, t.id());
        assertEquals(TimeUnit.MICROSECOND, t.unit());
        assertEquals("Europe/Berlin", t.timeZone());
        assertNull(ArrowTypeParser.parse("Timestamp(ns)").timeZone());
    }

    @Test
    void olderSpellingsArrowStillAccepts() {
        assertEquals("TIMESTAMP<Timestamp(Nanosecond, None)>[NANOSECOND,<none>]",
                describe(ArrowTypeParser.parse("Timestamp(Nanosecond, None)")));
        assertEquals("TIMESTAMP<Timestamp(Millisecond, Some(\"UTC\"))>[MILLISECOND,UTC]",
                describe(ArrowTypeParser.parse("Timestamp(Millisecond, Some(\"UTC\"))")));
        assertEquals("TIME32<Time32(Second)>[SECOND]", describe(ArrowTypeParser.parse("Time32(Second)")));
        assertEquals("TIME64<Time64(us)>[MICROSECOND]", describe(ArrowTypeParser.parse("Time64(us)")));
        assertEquals("FIXED_SIZE_LIST<FixedSizeList(4, Int64)>[4](item?:INT64<Int64>)",
                describe(ArrowTypeParser.parse("FixedSizeList(4, Int64)")));
        assertEquals("INT64<Int64>", describe(ArrowTypeParser.parse("  Int64  ")));
    }

    @Test
    void dataFusionLogicalTypeDisplay() {
        // information_schema.routines / parameters use DataFusion's NativeType display
        assertEquals(TypeId.UTF8, ArrowTypeParser.parse("String").id());
        assertEquals(TypeId.DATE32, ArrowTypeParser.parse("Date").id());
        assertEquals(TypeId.TIME64, ArrowTypeParser.parse("Time(ns)").id());
        assertEquals(TypeId.TIME32, ArrowTypeParser.parse("Time(ms)").id());
        ArrowType d = ArrowTypeParser.parse("Decimal(10, 2)");
        assertEquals(TypeId.DECIMAL128, d.id());
        assertEquals(10, d.precision());
        assertEquals(2, d.scale());
        assertEquals(TypeId.DECIMAL256, ArrowTypeParser.parse("Decimal(76, 0)").id());
        assertEquals("LIST<List(non-null String)>(item!:UTF8<String>)",
                describe(ArrowTypeParser.parse("List(non-null String)")));
        assertEquals("MAP<Map(non-null Struct(\"key\": non-null String, \"value\": Int64))>[0]"
                        + "(entries!:STRUCT<Struct(\"key\": non-null String, \"value\": Int64)>"
                        + "(key!:UTF8<String>, value?:INT64<Int64>))",
                describe(ArrowTypeParser.parse("Map(non-null Struct(\"key\": non-null String, \"value\": Int64))")));
        assertEquals("UNION<Union(0: (\"a\": Int32), 1: (\"b\": String))>(a?:INT32<Int32>, b?:UTF8<String>)",
                describe(ArrowTypeParser.parse("Union(0: (\"a\": Int32), 1: (\"b\": String))")));
    }

    @Test
    void debugStringEscapes() {
        ArrowType t = ArrowTypeParser.parse("Struct(\"a\\u{1b}b\\0c\\'d\\re\": Int8)");
        assertEquals("a\u001bb\0c'd\re", t.children().get(0).name());
    }

    @Test
    void dictionaryValueTypeIsTheDecodedType() {
        ArrowType t = ArrowTypeParser.parse("Dictionary(Int32, Utf8View)");
        assertEquals(TypeId.UTF8_VIEW, t.valueType().id());
        ArrowType ree = ArrowTypeParser.parse("RunEndEncoded(\"run_ends\": non-null Int16, \"values\": Float64)");
        assertEquals(TypeId.FLOAT64, ree.valueType().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Int", "int64", "List", "List(", "List(Int64", "Int64)", "Timestamp(xs)",
            "Decimal128(10)", "Struct(a: Int32)", "Struct(\"a\" Int32)", "Map(\"e\": Int32, maybe)", "Interval(Days)",
            "Time32", "FixedSizeList(3 y Int32)", "List(Int64, field: 'x", "Struct(\"a\": Int32", "Int64 Int64",
            "Timestamp(ns, UTC)", "Dictionary(Int32)", "Union(Sparse 0: (\"a\": Int32))"})
    void rejectsNonTypes(String text) {
        assertThrows(ArrowTypeParser.ParseException.class, () -> ArrowTypeParser.parse(text));
    }

    @Test
    void parseOrOtherNeverThrows() {
        ArrowType t = ArrowTypeParser.parseOrOther("Geometry(WKB)");
        assertEquals(TypeId.OTHER, t.id());
        assertEquals("Geometry(WKB)", t.name());
        assertEquals(TypeId.OTHER, ArrowTypeParser.parseOrOther(null).id());
        assertThrows(ArrowTypeParser.ParseException.class, () -> ArrowTypeParser.parse(null));
    }

    @Test
    void quotesInNestedListFieldNamesParseOrDegradeQuickly() {
        for (int depth = 1; depth <= 25; depth++) {
            String text = "Int32";
            for (int i = 0; i < depth; i++) {
                text = "List(" + text + ", field: 'a')b')";
            }
            String t = text;
            ArrowType parsed = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(5), () -> ArrowTypeParser.parseOrOther(t));
            if (depth <= 3) {
                for (int i = 0; i < depth; i++) {
                    assertEquals(TypeId.LIST, parsed.id());
                    assertEquals("a')b", parsed.item().name());
                    parsed = parsed.item().type();
                }
                assertEquals(TypeId.INT32, parsed.id());
            } else {
                // the probe budget bounds the search: a correct parse or OTHER, never a hang
                assertTrue(parsed.id() == TypeId.LIST || parsed.id() == TypeId.OTHER);
            }
        }
    }

    @Test
    void deepNestingParses() {
        String text = "Int64";
        for (int i = 0; i < 200; i++) {
            text = "List(" + text + ")";
        }
        ArrowType t = ArrowTypeParser.parse(text);
        int depth = 0;
        while (t.id() == TypeId.LIST) {
            t = t.item().type();
            depth++;
        }
        assertEquals(200, depth);
        assertTrue(t.id() == TypeId.INT64);
    }
}
