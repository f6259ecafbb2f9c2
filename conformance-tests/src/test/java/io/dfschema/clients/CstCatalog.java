package io.dfschema.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The demo contract catalog {@code examples/demo/cst} (catalog {@code cst}: repos, libcst_files,
 * libcst_nodes, refs and four views), opened the way users open it: {@code jdbc:dfschema:<file>}.
 *
 * <p>The examples build writes the catalog's data folder (process-classes, before this module in the
 * reactor). Opening a catalog writes a registry file beside the contract, so every test opens its
 * own copy in a temporary folder: the source tree stays clean and no test sees another's registry.
 */
public final class CstCatalog {
    private CstCatalog() {}

    public static final String CONTRACT = "cst.dfschema.yaml";

    /** The source folder: {@code -Ddfschema.cst.dir} (set by this module's pom), else relative to the module. */
    public static Path sourceDirectory() {
        String configured = System.getProperty("dfschema.cst.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "examples", "demo", "cst");
        if (!Files.isRegularFile(dir.resolve(CONTRACT)) || !Files.isDirectory(dir.resolve("data"))) {
            throw new IllegalStateException("no CST demo catalog with data in " + dir.toAbsolutePath()
                    + ": build the examples module first (mvn -pl examples process-classes)");
        }
        return dir;
    }

    /** Copies the contract and its data folder into {@code dir} (created if need be); returns the copy's contract file. */
    public static Path copyTo(Path dir) {
        Path source = sourceDirectory();
        copy(source.resolve("data"), dir.resolve("data"));
        copy(source.resolve(CONTRACT), dir.resolve(CONTRACT));
        return dir.resolve(CONTRACT);
    }

    /** A URL opening a fresh copy of the catalog in {@code dir}. */
    public static String url(Path dir) {
        return "jdbc:dfschema:" + copyTo(dir).toAbsolutePath();
    }

    static Connection connect(Path dir) throws SQLException {
        return DriverManager.getConnection(url(dir));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target); // the data folder first, so dir exists before the contract
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
