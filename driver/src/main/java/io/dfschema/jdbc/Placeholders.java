package io.dfschema.jdbc;

/**
 * JDBC writes parameters as {@code ?}; DataFusion expects {@code $1, $2, ...}. The
 * rewrite skips literals, quoted identifiers and comments.
 *
 * @param sql   the text for the engine
 * @param count how many {@code ?} were rewritten
 */
record Placeholders(String sql, int count) {

    static Placeholders toEngine(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int[] last = {0};
        int[] count = {0};
        SqlText.scan(sql, (index, c) -> {
            if (c == '?') {
                out.append(sql, last[0], index).append('$').append(++count[0]);
                last[0] = index + 1;
            }
        });
        if (count[0] == 0) {
            return new Placeholders(sql, 0);
        }
        out.append(sql, last[0], sql.length());
        return new Placeholders(out.toString(), count[0]);
    }
}
