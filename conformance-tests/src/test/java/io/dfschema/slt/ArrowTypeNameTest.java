package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArrowTypeNameTest {

    @Test
    void parsesBaseAndTopLevelArguments() {
        assertEquals(new ArrowTypeName("Decimal128", List.of("10", "2")), ArrowTypeName.parse("Decimal128(10, 2)"));
        assertEquals(new ArrowTypeName("Timestamp", List.of("ns", "\"UTC\"")), ArrowTypeName.parse("Timestamp(ns, \"UTC\")"));
        assertEquals(new ArrowTypeName("Dictionary", List.of("Int32", "Utf8")), ArrowTypeName.parse("Dictionary(Int32, Utf8)"));
        assertEquals(new ArrowTypeName("Struct", List.of("\"a\": Int64", "\"b, c\": List(Int64)")),
                ArrowTypeName.parse("Struct(\"a\": Int64, \"b, c\": List(Int64))"));
        assertEquals(new ArrowTypeName("Int64", List.of()), ArrowTypeName.parse("Int64"));
    }

    @Test
    void letters() {
        assertEquals("IIIIIIII", TypeLetters.of(List.of("Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64")));
        assertEquals("RRRRR", TypeLetters.of(List.of("Float16", "Float32", "Float64", "Decimal128(10, 2)", "Decimal256(76, 10)")));
        assertEquals("??", TypeLetters.of(List.of("Decimal32(5, 2)", "Decimal64(10, 2)")));
        assertEquals("TTT", TypeLetters.of(List.of("Utf8", "LargeUtf8", "Utf8View")));
        assertEquals("TTT", TypeLetters.of(List.of("Dictionary(Int32, Utf8)", "Dictionary(UInt8, LargeUtf8)",
                "Dictionary(Int64, Utf8View)")));
        assertEquals("??", TypeLetters.of(List.of("Dictionary(Int32, Int64)", "Dictionary(Utf8, Utf8)")));
        assertEquals("B", TypeLetters.of(List.of("Boolean")));
        assertEquals("DDDD", TypeLetters.of(List.of("Date32", "Date64", "Time32(s)", "Time64(ns)")));
        assertEquals("PP", TypeLetters.of(List.of("Timestamp(ns)", "Timestamp(µs, \"+08:00\")")));
        assertEquals("?????????", TypeLetters.of(List.of("Null", "Binary", "BinaryView", "FixedSizeBinary(3)",
                "Interval(MonthDayNano)", "Duration(s)", "List(Int64)", "Struct(\"a\": Int64)", "Map(\"entries\": Struct())")));
    }

    @Test
    void headerLettersOtherThanBDIPRTReadAsQuestionMark() {
        assertEquals("IT??R", TypeLetters.normalizeHeader("ITx?R"));
    }
}
