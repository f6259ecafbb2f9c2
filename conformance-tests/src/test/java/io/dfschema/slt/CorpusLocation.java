package io.dfschema.slt;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared conformance corpus: {@code <repo root>/../shared/conformance/slt/given}.
 * Surefire sets dfschema.repo.root (parent pom) to Maven's multi-module directory, which is
 * the module folder when Maven runs inside it; so from there (or from the working
 * directory, in an IDE) the ancestors are searched for the first one that has it.
 */
final class CorpusLocation {
    private static final String GIVEN = "../shared/conformance/slt/given";

    private CorpusLocation() {
    }

    static Path given() {
        String root = System.getProperty("dfschema.repo.root");
        Path start = root != null && !root.isBlank() ? Path.of(root) : Path.of("");
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(GIVEN).normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus " + GIVEN + " not found above " + start.toAbsolutePath());
    }
}
