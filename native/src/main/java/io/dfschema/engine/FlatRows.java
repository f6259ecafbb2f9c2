package io.dfschema.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's flat form for small tables inside one string: fields separated by U+001F, rows by U+001E
 * (separators that cannot occur in the paths, names and types the engine reports).
 */
final class FlatRows {
    private FlatRows() {
    }

    /** The rows of {@code flat} that have exactly {@code width} fields. */
    static List<String[]> parse(String flat, int width) {
        List<String[]> out = new ArrayList<>();
        if (flat.isEmpty()) {
            return out;
        }
        for (String row : flat.split("\u001e", -1)) {
            String[] f = row.split("\u001f", -1);
            if (f.length == width) {
                out.add(f);
            }
        }
        return out;
    }
}
