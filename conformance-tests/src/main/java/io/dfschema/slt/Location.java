package io.dfschema.slt;

import java.nio.file.Path;

/**
 * Where a record starts: file and 1-based line of its header, plus the {@code include}
 * line that pulled the file in (null for the top-level file).
 */
public record Location(Path file, int line, Location includedFrom) {

    /**
     * The key used in reports and in the expected-failures list: the file relative to the
     * corpus root and the line, e.g. {@code array/array_all.slt:42}. For records of an
     * included {@code .slt.part} the including top-level file comes first, separated by
     * '>', because the same part behaves differently per including file
     * ({@code string/dictionary_utf8.slt>string/string_query.slt.part:120}).
     */
    public String key(Path root) {
        String own = relative(root, file) + ":" + line;
        Location top = this;
        while (top.includedFrom != null) {
            top = top.includedFrom;
        }
        return top == this ? own : relative(root, top.file) + ">" + own;
    }

    /** The key without the including file: matches the record in every file that includes it. */
    public String partKey(Path root) {
        return relative(root, file) + ":" + line;
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        String s = abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
        return s.replace('\\', '/');
    }
}
