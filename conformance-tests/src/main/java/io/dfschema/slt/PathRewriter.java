package io.dfschema.slt;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the SQL DataFusion's working-directory semantics without changing the JVM's
 * working directory: the corpus refers to data relative to
 * {@code datafusion/sqllogictest/} of the DataFusion repository, which the corpus mirrors
 * under {@code <corpus>/data/datafusion/sqllogictest/}. Relative paths
 * ({@code '../../testing/data/...'}, {@code '../core/tests/data/...'}, {@code './x'})
 * are rewritten to absolute normalised paths, and {@code test_files/scratch/...} to a
 * per-run scratch folder. Expected rows that echo a path are rewritten the same way so
 * both sides keep agreeing; the WORKSPACE_ROOT normalisation then hides the absolute
 * prefix from both.
 */
final class PathRewriter {
    /**
     * A relative path token: starts with ../ or ./ (or the scratch prefix) and is not the
     * tail of a longer path or word ("a/../b" is left alone).
     */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\w./\\\\-])((?:\\.\\.?/)+[\\w./*=%{}+-]*|test_files/scratch/[\\w./*=%{}+-]*)");

    private final Path baseDir;
    private final Path scratchDir;

    /**
     * @param baseDir    stands for datafusion/sqllogictest/ (the reference runner's working directory)
     * @param scratchDir replaces test_files/scratch/
     */
    PathRewriter(Path baseDir, Path scratchDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.scratchDir = scratchDir.toAbsolutePath().normalize();
    }

    String rewrite(String text) {
        if (text.indexOf("./") < 0 && !text.contains("test_files/scratch/")) {
            return text;
        }
        Matcher m = RELATIVE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(absolute(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String absolute(String relative) {
        boolean trailingSlash = relative.endsWith("/");
        String resolved;
        if (relative.startsWith("test_files/scratch/")) {
            String rest = relative.substring("test_files/scratch/".length());
            resolved = rest.isEmpty() ? scratchDir.toString() : scratchDir.resolve(rest).normalize().toString();
        } else {
            resolved = baseDir.resolve(relative).normalize().toString();
        }
        resolved = resolved.replace('\\', '/');
        // Listing-table locations ending in '/' mean "a folder": keep the slash.
        return trailingSlash && !resolved.endsWith("/") ? resolved + "/" : resolved;
    }
}
