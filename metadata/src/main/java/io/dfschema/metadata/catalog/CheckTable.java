package io.dfschema.metadata.catalog;

import java.util.List;

/** Renders column checks as the text table error messages show: column | expected | actual | reason. */
final class CheckTable {
    private CheckTable() {
    }

    static String render(List<ColumnCheck> checks) {
        String[] head = {"column", "expected", "actual", "reason"};
        int[] w = new int[4];
        for (int i = 0; i < 4; i++) {
            w[i] = head[i].length();
        }
        for (ColumnCheck c : checks) {
            String[] cells = cells(c);
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], cells[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, head, w);
        String[] rule = new String[4];
        for (int i = 0; i < 4; i++) {
            rule[i] = "-".repeat(w[i]);
        }
        line(sb, rule, w);
        for (ColumnCheck c : checks) {
            line(sb, cells(c), w);
        }
        return sb.toString();
    }

    private static String[] cells(ColumnCheck c) {
        return new String[] {c.column(), c.expected(), c.actual(), c.ok() ? "ok" : c.reason()};
    }

    private static void line(StringBuilder sb, String[] cells, int[] w) {
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : " | ").append(i == cells.length - 1 ? cells[i] : pad(cells[i], w[i]));
        }
        sb.append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
