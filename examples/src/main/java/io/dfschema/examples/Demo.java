package io.dfschema.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.List;

/**
 * The demo data set: {@code examples/demo/} holds {@code init.sql} and the files it registers.
 *
 * <p>{@code init.sql} names its files as {@code '${DEMO_DIR}/events.parquet'}. DataFusion would resolve a
 * relative path against the process's working directory, which a Java program cannot change, so
 * {@link #initScript()} writes a copy of the script with {@code ${DEMO_DIR}} replaced by the folder's
 * absolute path, and the connection runs that copy ({@code init=<copy>}). The shell can therefore be
 * started from any directory.
 *
 * <p>The folder is, in order: {@code -Ddfschema.demo.dir}, {@code $DFSCHEMA_DEMO_DIR}, an
 * {@code examples/demo} folder found above the jar or classes folder this class was loaded from, and
 * last a copy of the demo that the jar carries, extracted to a temporary folder.
 */
public final class Demo {
    /** The placeholder in {@code init.sql} that stands for the demo folder's absolute path. */
    public static final String DIR_PLACEHOLDER = "${DEMO_DIR}";
    /** System property naming the demo folder. */
    public static final String DIR_PROPERTY = "dfschema.demo.dir";
    /** Environment variable naming the demo folder. */
    public static final String DIR_ENV = "DFSCHEMA_DEMO_DIR";
    /** The files of the demo, as the jar carries them under {@link #RESOURCE_DIR}. */
    public static final List<String> FILES = List.of("init.sql", "events.parquet", "users.csv", "products.ndjson");

    static final String RESOURCE_DIR = "/io/dfschema/examples/demo/";

    private Demo() {}

    /** The demo folder on disk (see the class comment for how it is found). */
    public static Path directory() throws IOException {
        Path configured = configuredDirectory();
        if (configured != null) {
            if (!Files.isRegularFile(configured.resolve("init.sql"))) {
                throw new IOException("no init.sql in the demo folder " + configured
                        + " (set by -D" + DIR_PROPERTY + " or $" + DIR_ENV + ")");
            }
            return configured;
        }
        Path found = sourceDirectory();
        return found != null ? found : extractBundledCopy();
    }

    /** The folder given by {@code -Ddfschema.demo.dir} or {@code $DFSCHEMA_DEMO_DIR}, else null. */
    public static Path configuredDirectory() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(DIR_ENV);
        }
        return dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    /**
     * The {@code examples/demo} folder of the source tree this class was built in: looked for above
     * the jar or classes folder it was loaded from ({@code examples/target/dfschema-shell.jar},
     * {@code examples/target/classes}). Null when the code runs away from a source tree.
     */
    public static Path sourceDirectory() {
        Path start;
        try {
            CodeSource source = Demo.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            start = Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
        for (Path p = start; p != null; p = p.getParent()) {
            for (Path candidate : List.of(p.resolve("demo"), p.resolve("examples").resolve("demo"))) {
                if (Files.isRegularFile(candidate.resolve("init.sql"))) {
                    return candidate.normalize();
                }
            }
        }
        return null;
    }

    /** Copies the demo that the jar carries to a temporary folder, removed when the JVM exits. */
    static Path extractBundledCopy() throws IOException {
        Path dir = Files.createTempDirectory("dfschema-demo");
        dir.toFile().deleteOnExit();
        for (String name : FILES) {
            try (InputStream in = Demo.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IOException("the demo file " + name + " is neither on disk (set -D" + DIR_PROPERTY
                            + ") nor in the jar (" + RESOURCE_DIR + name + ")");
                }
                Path file = dir.resolve(name);
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().deleteOnExit();
            }
        }
        return dir;
    }

    /** {@code init.sql} of {@code demoDir} with {@code ${DEMO_DIR}} replaced, as a SQL string literal allows. */
    public static String resolveScript(String script, Path demoDir) {
        String dir = demoDir.toAbsolutePath().normalize().toString().replace('\\', '/');
        return script.replace(DIR_PLACEHOLDER, dir.replace("'", "''"));
    }

    /** Writes the resolved {@code init.sql} of {@code demoDir} to a temporary file removed when the JVM exits. */
    public static Path initScript(Path demoDir) throws IOException {
        String script = Files.readString(demoDir.resolve("init.sql"), StandardCharsets.UTF_8);
        Path file = Files.createTempFile("dfschema-demo-init", ".sql");
        file.toFile().deleteOnExit();
        Files.writeString(file, resolveScript(script, demoDir), StandardCharsets.UTF_8);
        return file;
    }

    /** The resolved {@code init.sql} of {@link #directory()}. */
    public static Path initScript() throws IOException {
        return initScript(directory());
    }

    /** {@code jdbc:dfschema:?init=<script>}: an in-memory session that runs {@code script} when it opens. */
    public static String url(Path initScript) {
        return "jdbc:dfschema:?init=" + URLEncoder.encode(initScript.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    /**
     * The URL of the demo session: the CST contract catalog ({@code cst/cst.dfschema.yaml}) when its
     * data has been generated (the build does that), with the shop demo of {@code init.sql} loaded into
     * it as well; else an in-memory session with only the shop demo.
     */
    public static String url() {
        try {
            Path init = initScript();
            Path catalog = directory().resolve("cst").resolve("cst.dfschema.yaml");
            if (Files.isRegularFile(catalog) && Files.isDirectory(catalog.resolveSibling("data"))) {
                return "jdbc:dfschema:" + catalog.toAbsolutePath().normalize() + "?init="
                        + URLEncoder.encode(init.toAbsolutePath().toString(), StandardCharsets.UTF_8);
            }
            return url(init);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
