package io.dfschema.metadata.contract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spells strings as YAML scalars that read back as exactly the same string. Plain (unquoted) only when
 * that is safe in both block and flow context and YAML 1.1 would not read the text as something else
 * (true, no, null, 1e3, a date...); double-quoted with escapes otherwise; multi-line text as a literal
 * block when its lines allow it.
 */
final class YamlText {
    /** Starts with a letter, '_' or '/', no YAML indicators inside, does not end in a space. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./ ()-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private YamlText() {
    }

    static String scalar(String s) {
        boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.contains("  ")
                && !RESERVED.contains(s.toLowerCase(Locale.ROOT));
        return plain ? s : quoted(s);
    }

    /** {@code [a, b]} in flow style. */
    static String flowList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(scalar(items.get(i)));
        }
        return sb.append(']').toString();
    }

    /**
     * True when {@code s} can be written as a {@code |-} literal block: several lines, none with trailing
     * spaces or tabs or carriage returns, the first not indented, no trailing newline, all printable.
     */
    static boolean literalBlockFits(String s) {
        if (!s.contains("\n") || s.endsWith("\n") || s.startsWith(" ") || s.startsWith("\n")) {
            return false;
        }
        for (String line : s.split("\n", -1)) {
            if (line.endsWith(" ") || line.contains("\t") || line.contains("\r")) {
                return false;
            }
        }
        return s.codePoints().allMatch(cp -> cp == '\n' || !needsEscape(cp));
    }

    /** {@code s} double-quoted, with YAML escapes for quotes, backslashes and anything not printable. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '\r': sb.append("\\r"); break;
                case 0: sb.append("\\0"); break;
                default:
                    if (needsEscape(cp)) {
                        sb.append(cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
            }
        });
        return sb.append('"').toString();
    }

    /** Outside YAML's printable set, or a character a reader may treat as a line break or BOM. */
    private static boolean needsEscape(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF
                || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
    }
}
