package io.dfschema.jdbc;

import java.util.ArrayList;
import java.util.List;

/** Splits a SQL script into statements at {@code ;} outside literals and comments. */
final class SqlScript {
    private SqlScript() {}

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        SqlText.scan(script, (index, c) -> {
            if (c == ';') {
                add(out, script.substring(start[0], index));
                start[0] = index + 1;
            }
        });
        add(out, script.substring(start[0]));
        return out;
    }

    private static void add(List<String> out, String sql) {
        if (!isBlankOrComment(sql)) {
            out.add(sql.trim());
        }
    }

    private static boolean isBlankOrComment(String sql) {
        boolean[] code = {false};
        SqlText.scan(sql, (index, c) -> code[0] |= !Character.isWhitespace(c));
        return !code[0];
    }
}
