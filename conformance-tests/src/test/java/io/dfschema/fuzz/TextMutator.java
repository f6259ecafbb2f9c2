package io.dfschema.fuzz;

import java.util.Random;

/**
 * Character-level damage to a valid input: a span deleted, repeated or moved, a stray token or
 * control character inserted, two characters swapped, or the text cut short.
 */
final class TextMutator {
    private TextMutator() {}

    private static final String[] TOKENS = {"(", ")", ",", "'", "\"", ";", "::", "[", "]", "{", "}", "--", "/*", "*/",
        "\\", "\u0000", "\r", "\t", "😀", "\uFFFD", "\uD800", "1e999999", "99999999999999999999999999999", "-",
        "NULL", "SELECT", "FROM", "WHERE", "ORDER BY", "GROUP BY", "JOIN", "AS", "CAST(", " OVER ()", "*", "?", "$1",
        ":", "#", "&", "!", "%", "@", "`", "\n", "  ", "~", "|", ">"};

    static String mutate(String text, Random r, int times) {
        String s = text;
        for (int i = 0; i < times; i++) {
            s = once(s, r);
        }
        return s;
    }

    private static String once(String s, Random r) {
        if (s.isEmpty()) {
            return FuzzType.pick(r, TOKENS);
        }
        int a = r.nextInt(s.length());
        int b = Math.min(s.length(), a + 1 + r.nextInt(Math.max(1, Math.min(40, s.length() - a))));
        return switch (r.nextInt(7)) {
            case 0 -> s.substring(0, a) + s.substring(b);
            case 1 -> s.substring(0, b) + s.substring(a, b) + s.substring(b);
            case 2 -> s.substring(0, a) + FuzzType.pick(r, TOKENS) + s.substring(a);
            case 3 -> {
                int c = r.nextInt(s.length());
                char[] chars = s.toCharArray();
                char t = chars[a];
                chars[a] = chars[c];
                chars[c] = t;
                yield new String(chars);
            }
            case 4 -> s.substring(0, a);
            case 5 -> {
                String span = s.substring(a, b);
                String rest = s.substring(0, a) + s.substring(b);
                int at = r.nextInt(rest.length() + 1);
                yield rest.substring(0, at) + span + rest.substring(at);
            }
            default -> s.substring(0, a) + (char) (r.nextInt(0x2FF) + 1) + s.substring(a);
        };
    }
}
