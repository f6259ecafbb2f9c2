package io.dfschema.examples.cst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the tests find the CST demo catalog, with its data generated (a no-op when up to date). */
public final class CstDemo {
    /** The contract's file name. */
    public static final String CONTRACT = "cst.dfschema.yaml";

    private static Path contract;

    private CstDemo() {}

    public static synchronized Path contractFile() throws Exception {
        if (contract == null) {
            Path dir = GenerateCstDemo.defaultDirectory();
            if (dir == null) {
                throw new IllegalStateException("no demo folder: set -Ddfschema.demo.dir");
            }
            // The build has generated the data already; a test run from an IDE may come first.
            GenerateCstDemo.generate(dir);
            contract = dir.resolve(CONTRACT).toAbsolutePath().normalize();
        }
        return contract;
    }

    /**
     * Copies the contract and its data into {@code dir} and returns the copy's contract file. A connection
     * writes a registry file beside the contract it opens; tests open a copy so that none lands in the
     * source tree.
     */
    public static Path copyTo(Path dir) throws Exception {
        Path source = contractFile().getParent();
        copyTree(source.resolve(CONTRACT), dir.resolve(CONTRACT));
        copyTree(source.resolve(GenerateCstDemo.DATA_DIR), dir.resolve(GenerateCstDemo.DATA_DIR));
        return dir.resolve(CONTRACT);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
