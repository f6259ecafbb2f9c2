package io.dfschema.slt;

import java.util.ArrayList;
import java.util.List;

/**
 * String helpers that behave like the Rust std functions the reference runner uses
 * ({@code str::lines}, {@code split_whitespace}, {@code trim_end}). Java's own trim/strip
 * use different whitespace sets, and a difference there would silently change which
 * lines compare equal.
 */
final class RustText {
    private RustText() {
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property. */
    static boolean isWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    static String trimEnd(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    static String trim(String s) {
        String t = trimEnd(s);
        int start = 0;
        while (start < t.length()) {
            int cp = t.codePointAt(start);
            if (!isWhitespace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        return t.substring(start);
    }

    /** Rust's {@code split_whitespace}: no empty tokens, leading/trailing whitespace ignored. */
    static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isWhitespace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && !isWhitespace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /**
     * Rust's {@code str::lines}: split on '\n', drop one trailing '\r' per line, and no
     * final empty line when the text ends with a newline.
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            out.add(line);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** Orders strings by UTF-8 bytes, which is code point order (Rust's String Ord). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
