package io.dfschema.jdbc;

/**
 * Walks SQL text and tells code apart from string literals, quoted identifiers and
 * comments, so that {@code ?} placeholders and {@code ;} separators are only recognised
 * in code. One lexer serves both {@link Placeholders} and {@link SqlScript}.
 */
final class SqlText {
    private SqlText() {}

    /** Receives each character that is SQL code (not quoted, not a comment). */
    interface CodeVisitor {
        void code(int index, char c);
    }

    /** Calls {@code visitor} for every code character of {@code sql}, in order. */
    static void scan(String sql, CodeVisitor visitor) {
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                visitor.code(i, c);
                i++;
            }
        }
    }

    /** Index just past the quoted run starting at {@code start}; a doubled quote is an escaped quote. */
    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }
}
