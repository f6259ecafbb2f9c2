package io.dfschema.metadata.contract;

/**
 * Normalizes SQL text (view queries, default expressions) for fingerprints, so that reflowing a query
 * in the YAML does not change what it is: comments become a space, runs of whitespace become one space,
 * leading and trailing whitespace and trailing semicolons go. Text inside '...' strings and "..."
 * identifiers is kept exactly; the case of keywords is kept too, since telling keywords from names
 * would take a SQL parser.
 */
final class SqlText {
    private SqlText() {
    }

    static String normalize(String sql) {
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                pendingSpace = true;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                pendingSpace = true;
            } else {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                if (c == '\'' || c == '"') {
                    int end = quoted(sql, i, c);
                    out.append(sql, i, end);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ';' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        return out.substring(0, end);
    }

    /** The index after the quoted run starting at {@code start}; a doubled quote is an escaped quote. */
    private static int quoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
