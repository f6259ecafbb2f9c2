package io.dfschema.slt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Everything a corpus run needs to know about its surroundings.
 *
 * @param setRoot        the corpus set folder (e.g. .../slt/given); report keys are relative to it
 * @param dataBaseDir    plays DataFusion's {@code datafusion/sqllogictest/} working directory
 * @param workspaceRoot  plays the DataFusion checkout root (shown as WORKSPACE_ROOT)
 * @param scratchDir     replaces {@code test_files/scratch/}; emptied before each file
 * @param jdbcUrl        opened once per file
 * @param labels         onlyif/skipif labels this engine has
 * @param queryTimeout   Statement.setQueryTimeout, seconds
 * @param fileTimeout    wall clock for one file; what is left then fails
 */
public record RunConfig(Path setRoot, Path dataBaseDir, Path workspaceRoot, Path scratchDir,
                        String jdbcUrl, Set<String> labels, int queryTimeout, Duration fileTimeout) {

    public static final String DEFAULT_URL = "jdbc:dfschema:";
    /** DataFusion's runner adds "Datafusion"; the engine name "DataFusion" also counts. */
    public static final Set<String> DATAFUSION_LABELS = Set.of("Datafusion", "DataFusion");

    /**
     * Defaults for a folder inside a corpus laid out as {@code <corpus>/slt/<set>/...} with
     * data in {@code <corpus>/slt/data/}: walks up from {@code folder} to the set folder,
     * the first ancestor whose sibling {@code data/datafusion/sqllogictest} exists. Without
     * one, the folder itself is the set and paths resolve against its {@code ../data}.
     */
    public static RunConfig forFolder(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        Path set = abs;
        for (Path p = abs; p != null && p.getParent() != null; p = p.getParent()) {
            if (Files.isDirectory(p.getParent().resolve("data/datafusion/sqllogictest"))) {
                set = p;
                break;
            }
        }
        Path data = set.getParent() == null ? set.resolve("data") : set.getParent().resolve("data");
        Path scratch = Files.createTempDirectory("slt-scratch-");
        return new RunConfig(set, data.resolve("datafusion/sqllogictest"), data, scratch, DEFAULT_URL,
                DATAFUSION_LABELS, 60, Duration.ofMinutes(5));
    }

    public RunConfig withDataDir(Path dataDir) {
        Path d = dataDir.toAbsolutePath().normalize();
        return new RunConfig(setRoot, d.resolve("datafusion/sqllogictest"), d, scratchDir, jdbcUrl, labels,
                queryTimeout, fileTimeout);
    }

    public RunConfig withTimeouts(int querySeconds, Duration file) {
        return new RunConfig(setRoot, dataBaseDir, workspaceRoot, scratchDir, jdbcUrl, labels, querySeconds, file);
    }

    public RunConfig withUrl(String url) {
        return new RunConfig(setRoot, dataBaseDir, workspaceRoot, scratchDir, url, labels, queryTimeout, fileTimeout);
    }
}
