package io.dfschema.slt;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared conformance corpus: {@code <repo root>/../shared/conformance/slt/given}.
 * Surefire sets dfschema.repo.root (parent pom); from an IDE the working directory's
 * ancestors are searched instead.
 */
final class CorpusLocation {
    private CorpusLocation() {
    }

    static Path given() {
        String root = System.getProperty("dfschema.repo.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath().normalize().resolve("../shared/conformance/slt/given").normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/conformance/slt/given").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus not found: set -Ddfschema.repo.root");
    }
}
