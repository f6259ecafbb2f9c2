package io.dfschema.slt;

import java.util.ArrayList;
import java.util.List;

/**
 * DataFusion's post-processing of rendered rows (SLT-FORMAT.md §4.2-4.3), applied before
 * sorting: a multi-line last cell is split into numbered one-cell rows (EXPLAIN output),
 * and the absolute data root is replaced by WORKSPACE_ROOT.
 */
final class RowNormalizer {
    static final String WORKSPACE_ROOT = "WORKSPACE_ROOT";

    /**
     * The folder that plays the DataFusion checkout root, as an object-store path: no
     * leading or trailing '/'. DataFusion parses its root the same way, because plans show
     * file locations as object-store paths ({@code home/x/datafusion/testing/a.csv}); an
     * absolute path echoed elsewhere then becomes {@code /WORKSPACE_ROOT/...}, as there.
     */
    private final String workspaceRoot;

    RowNormalizer(String workspaceRoot) {
        String root = workspaceRoot == null ? "" : workspaceRoot.replace('\\', '/');
        while (root.startsWith("/")) {
            root = root.substring(1);
        }
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        this.workspaceRoot = root.isEmpty() ? null : root;
    }

    List<List<String>> normalize(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            for (List<String> expanded : expand(row)) {
                out.add(replaceRoot(expanded));
            }
        }
        return out;
    }

    static List<List<String>> expand(List<String> row) {
        if (row.isEmpty()) {
            return List.of(row);
        }
        String last = row.get(row.size() - 1);
        if (last.indexOf('\n') < 0) {
            return List.of(row);
        }
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>(row.subList(0, row.size() - 1)));
        String[] lines = last.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // Leading spaces become '-' (Rust trim_start: Unicode whitespace, counted in bytes;
            // the corpus only has ASCII spaces here).
            int start = 0;
            while (start < line.length() && RustText.isWhitespace(line.charAt(start))) {
                start++;
            }
            String text = String.format("%02d)%s%s", i + 1, "-".repeat(start), line.substring(start));
            out.add(List.of(text));
        }
        return out;
    }

    private List<String> replaceRoot(List<String> row) {
        List<String> out = new ArrayList<>(row.size());
        for (String cell : row) {
            out.add(replaceRoot(cell));
        }
        return out;
    }

    String replaceRoot(String text) {
        return workspaceRoot != null && text.contains(workspaceRoot)
                ? text.replace(workspaceRoot, WORKSPACE_ROOT)
                : text;
    }
}
