package io.dfschema.slt;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the Rust {@code regex} crate syntax used in .slt error patterns with
 * java.util.regex. The two dialects agree on everything the corpus uses except:
 * <ul>
 *   <li>named groups are {@code (?P<n>..)} in Rust, {@code (?<n>..)} in Java;</li>
 *   <li>POSIX classes {@code [[:alpha:]]} exist only in Rust;</li>
 *   <li>{@code \d \w \s \b} are Unicode-aware in Rust (Java needs UNICODE_CHARACTER_CLASS);</li>
 *   <li>{@code \<} and {@code \>} are word-boundary assertions in Rust (regex 1.10+),
 *       plain characters in Java;</li>
 *   <li>{@code \v} is the vertical-tab character in Rust, a class in Java;</li>
 *   <li>{@code $} without (?m) matches only at the very end in Rust, also before a final
 *       newline in Java: rewritten to {@code \z}.</li>
 * </ul>
 */
final class RustRegex {
    private RustRegex() {
    }

    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("ascii", "\\x00-\\x7F"), Map.entry("blank", "\\t "),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "0-9"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "a-z"),
            Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\t\\n\\x0B\\f\\r "), Map.entry("upper", "A-Z"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "0-9A-Fa-f"));

    static Pattern compile(String rust) throws PatternSyntaxException {
        return Pattern.compile(translate(rust), Pattern.UNICODE_CHARACTER_CLASS);
    }

    static String translate(String rust) {
        StringBuilder out = new StringBuilder(rust.length() + 8);
        int classDepth = 0;
        boolean multiLine = false;
        for (int i = 0; i < rust.length(); i++) {
            char c = rust.charAt(i);
            if (c == '\\' && i + 1 < rust.length()) {
                char n = rust.charAt(i + 1);
                i++;
                if (classDepth == 0 && n == '<') {
                    out.append("\\b(?=\\w)");
                } else if (classDepth == 0 && n == '>') {
                    out.append("\\b(?<=\\w)");
                } else if (n == 'v') {
                    out.append("\\x0B");
                } else {
                    out.append(c).append(n);
                }
                continue;
            }
            if (classDepth > 0 && c == '[' && rust.startsWith("[:", i)) {
                int end = rust.indexOf(":]", i + 2);
                if (end > 0) {
                    String name = rust.substring(i + 2, end);
                    boolean negated = name.startsWith("^");
                    String body = POSIX.get(negated ? name.substring(1) : name);
                    if (body != null) {
                        out.append(negated ? "[^" + body + "]" : body);
                        i = end + 1;
                        continue;
                    }
                }
            }
            if (c == '[') {
                classDepth++;
                out.append(c);
                // A ']' right after '[' or '[^' is a literal in both dialects.
                if (i + 1 < rust.length() && rust.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < rust.length() && rust.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
                continue;
            }
            if (c == ']' && classDepth > 0) {
                classDepth--;
                out.append(c);
                continue;
            }
            if (classDepth == 0 && rust.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 3;
                continue;
            }
            if (classDepth == 0 && c == '(' && rust.startsWith("(?", i)) {
                int close = rust.indexOf(')', i);
                int colon = rust.indexOf(':', i);
                int end = colon > 0 && colon < close ? colon : close;
                if (end > 0 && rust.substring(i + 2, end).matches("[a-zA-Z-]*m[a-zA-Z-]*")
                        && !rust.substring(i + 2, end).startsWith("-")) {
                    multiLine = true;
                }
            }
            if (classDepth == 0 && c == '$' && !multiLine) {
                out.append("\\z");
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
