package io.dfschema.metadata.contract;

import java.util.Set;

/**
 * Which leading words make a type text Arrow notation. Arrow names are case-sensitive CamelCase; a
 * few of them are also SQL keywords ({@code Boolean}, {@code Date}, {@code Decimal}, ...), and those
 * are read as SQL first because both notations mean the same type or the Arrow form has syntax SQL
 * lacks ({@code Timestamp(ns, "UTC")}, {@code Struct("a": Int64)}).
 */
final class TypeNames {
    private TypeNames() {
    }

    /** Names only Arrow notation uses. */
    static final Set<String> ARROW_ONLY = Set.of("Null", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16",
            "UInt32", "UInt64", "Float16", "Float32", "Float64", "Utf8", "LargeUtf8", "Utf8View", "Binary",
            "LargeBinary", "BinaryView", "Date32", "Date64", "Time32", "Time64", "Duration", "FixedSizeBinary",
            "Decimal32", "Decimal64", "Decimal128", "Decimal256", "List", "LargeList", "ListView",
            "LargeListView", "FixedSizeList", "Union", "Dictionary", "RunEndEncoded");

    /** Arrow names that are also SQL type keywords (case-insensitively). */
    static final Set<String> SHARED = Set.of("Boolean", "Date", "Decimal", "Time", "Timestamp", "Interval",
            "Struct", "Map", "String");

    static boolean isArrowName(String word) {
        return ARROW_ONLY.contains(word) || SHARED.contains(word);
    }

    /** The Arrow-only name equal to {@code word} ignoring case when {@code word} is not spelled exactly, else null. */
    static String arrowNameIgnoringCase(String word) {
        for (String name : ARROW_ONLY) {
            if (name.equalsIgnoreCase(word) && !name.equals(word)) {
                return name;
            }
        }
        return null;
    }

    /** The leading run of letters, digits and '_'. */
    static String leadingWord(String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return text.substring(0, i);
    }
}
