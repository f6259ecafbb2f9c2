package io.dfschema.slt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares actual rows with a query's expected lines as sqllogictest-rs with DataFusion's
 * validator does (SLT-FORMAT.md §4.4-4.7): sort the actual rows only, join cells with one
 * space, strip trailing whitespace on both sides, compare line lists; or, when an expected
 * line has {@code <slt:ignore>}, match the joined texts fragment by fragment.
 */
final class ResultComparator {
    static final String IGNORE_MARKER = "<slt:ignore>";

    private static final Comparator<List<String>> ROW_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = RustText.compareCodePoints(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ResultComparator() {
    }

    /** The first difference, or null when the rows match. */
    static Difference compare(List<List<String>> actualRows, List<String> expectedLines, SortMode mode) {
        List<String> actual = lines(sort(actualRows, mode));
        List<String> expected = new ArrayList<>(expectedLines.size());
        for (String line : expectedLines) {
            expected.add(RustText.trimEnd(line));
        }
        if (expected.stream().anyMatch(l -> l.contains(IGNORE_MARKER))) {
            return wildcardMatch(String.join("\n", actual), String.join("\n", expected))
                    ? null
                    : new Difference(-1, String.join("\n", expected), String.join("\n", actual));
        }
        int n = Math.max(actual.size(), expected.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : null;
            String a = i < actual.size() ? actual.get(i) : null;
            if (e == null || !e.equals(a)) {
                return new Difference(i, e, a);
            }
        }
        return null;
    }

    static List<List<String>> sort(List<List<String>> rows, SortMode mode) {
        if (mode == SortMode.ROWSORT) {
            List<List<String>> sorted = new ArrayList<>(rows);
            sorted.sort(ROW_ORDER);
            return sorted;
        }
        if (mode == SortMode.VALUESORT) {
            List<List<String>> values = new ArrayList<>();
            for (List<String> row : rows) {
                for (String cell : row) {
                    values.add(List.of(cell));
                }
            }
            values.sort(ROW_ORDER);
            return values;
        }
        return rows;
    }

    static List<String> lines(List<List<String>> rows) {
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            out.add(RustText.trimEnd(String.join(" ", row)));
        }
        return out;
    }

    /**
     * The expected text split at each marker: the first fragment must start the actual
     * text, each later one must occur after the previous match; the end is not anchored.
     */
    static boolean wildcardMatch(String actual, String expected) {
        String[] fragments = expected.split(java.util.regex.Pattern.quote(IGNORE_MARKER), -1);
        int pos = 0;
        for (int i = 0; i < fragments.length; i++) {
            String f = fragments[i];
            if (f.isEmpty()) {
                continue;
            }
            if (i == 0) {
                if (!actual.startsWith(f)) {
                    return false;
                }
                pos = f.length();
            } else {
                int at = actual.indexOf(f, pos);
                if (at < 0) {
                    return false;
                }
                pos = at + f.length();
            }
        }
        return true;
    }

    /**
     * Where the lines first differ: 0-based line index (-1 for a wildcard mismatch, then
     * the texts are the whole blocks); null on one side means that side ended.
     */
    record Difference(int index, String expected, String actual) {
        String describe() {
            if (index < 0) {
                return "expected (with " + IGNORE_MARKER + "):\n" + expected + "\nactual:\n" + actual;
            }
            return "result line " + (index + 1) + ": expected " + show(expected) + ", actual " + show(actual);
        }

        private static String show(String s) {
            return s == null ? "<no line>" : "[" + s + "]";
        }
    }
}
