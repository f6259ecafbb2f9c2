package io.dfschema.metadata.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON text fingerprints hash: no whitespace, object keys sorted by UTF-16 code units, strings with
 * only the escapes JSON requires ({@code \"}, {@code \\}, and {@code \}{@code uXXXX} for control
 * characters), integers and booleans as JSON writes them. One value has exactly one text.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** Writes maps (String keys), lists, strings, integers, booleans and null. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, list.get(i));
            }
            sb.append(']');
        } else if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            sb.append(value);
        } else {
            throw new IllegalArgumentException("not canonical JSON: " + value);
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
