package io.dfschema.slt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves the argument of {@code include} like the Rust {@code glob} crate does for
 * sqllogictest-rs: relative to the including file's folder, every matching file, in
 * alphabetical order; no match is not an error.
 */
final class IncludeGlob {
    private IncludeGlob() {
    }

    static List<Path> resolve(Path includingDir, String pattern) {
        Path full = includingDir.resolve(pattern).normalize();
        if (!hasGlobChars(pattern)) {
            return Files.isRegularFile(full) ? List.of(full) : List.of();
        }
        // Walk from the deepest folder that has no glob characters in its path.
        Path base = full.getRoot() == null ? Path.of("") : full.getRoot();
        int depth = 0;
        boolean recursive = false;
        for (int i = 0; i < full.getNameCount(); i++) {
            String part = full.getName(i).toString();
            if (hasGlobChars(part)) {
                depth = full.getNameCount() - i;
                recursive = part.contains("**") || pattern.contains("**");
                break;
            }
            base = base.resolve(part);
        }
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full);
        try (Stream<Path> files = Files.walk(base, recursive ? Integer.MAX_VALUE : depth)) {
            return files.filter(Files::isRegularFile)
                    .filter(matcher::matches)
                    .sorted(Comparator.comparing(Path::toString, RustText::compareCodePoints))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasGlobChars(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }
}
