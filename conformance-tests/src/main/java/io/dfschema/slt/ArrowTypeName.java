package io.dfschema.slt;

import java.util.ArrayList;
import java.util.List;

/**
 * An Arrow type as displayed by arrow-rs ({@code DataType}'s Display, which is what the
 * driver reports as ResultSetMetaData.getColumnTypeName): a base name and, for
 * parameterised types, its top-level arguments, e.g. {@code Decimal128(10, 2)} →
 * "Decimal128" ["10", "2"]; {@code Dictionary(Int32, Utf8)} → "Dictionary" ["Int32", "Utf8"].
 */
record ArrowTypeName(String base, List<String> args) {

    static ArrowTypeName parse(String display) {
        String s = display == null ? "" : display.trim();
        int open = s.indexOf('(');
        if (open < 0 || !s.endsWith(")")) {
            return new ArrowTypeName(s, List.of());
        }
        return new ArrowTypeName(s.substring(0, open).trim(), splitTopLevel(s.substring(open + 1, s.length() - 1)));
    }

    /** Splits on commas that are outside parentheses, brackets and double quotes. */
    private static List<String> splitTopLevel(String inner) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '"' && (i == 0 || inner.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(inner.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = inner.substring(start).trim();
        if (!last.isEmpty() || !out.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    boolean isInteger() {
        return switch (base) {
            case "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64" -> true;
            default -> false;
        };
    }

    boolean isString() {
        return base.equals("Utf8") || base.equals("LargeUtf8") || base.equals("Utf8View");
    }

    boolean isFloat() {
        return base.equals("Float16") || base.equals("Float32") || base.equals("Float64");
    }

    /** Decimal128/256: the runner rounds them like floats. Decimal32/64 use Arrow's text. */
    boolean isRoundedDecimal() {
        return base.equals("Decimal128") || base.equals("Decimal256");
    }

    boolean isDictionary() {
        return base.equals("Dictionary") && args.size() == 2;
    }

    /** For Dictionary(K, V): V; otherwise this type. */
    ArrowTypeName valueType() {
        return isDictionary() ? parse(args.get(1)) : this;
    }

    /** The column type letter of SLT-FORMAT.md §3. */
    char letter() {
        if (isInteger()) {
            return 'I';
        }
        if (isFloat() || isRoundedDecimal()) {
            return 'R';
        }
        if (isString()) {
            return 'T';
        }
        return switch (base) {
            case "Boolean" -> 'B';
            case "Date32", "Date64", "Time32", "Time64" -> 'D';
            case "Timestamp" -> 'P';
            case "Dictionary" -> isDictionary() && parse(args.get(0)).isInteger() && valueType().isString() ? 'T' : '?';
            default -> '?';
        };
    }
}
