package io.dfschema.jdbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shaded driver jar loads and queries on a stock JDK 17 and JDK 25 with no JVM flags,
 * and the driver prints nothing of its own to stdout or stderr.
 *
 * <p>From JDK 24 on, the JDK itself prints a four-line notice the first time any code on
 * the class path loads a JNI library (JEP 472), whatever the library; only the command
 * line or an executable jar's manifest ({@code Enable-Native-Access: ALL-UNNAMED}) can
 * silence it. So on JDK 25 the class-path run must show that notice and nothing else,
 * and an executable jar that declares native access must run in complete silence.
 */
class ChildJvmIT {
    private static final String EXPECTED_OUT = "ok 5000050000 100000 10\n";

    @ParameterizedTest(name = "JDK {0}, class path")
    @ValueSource(ints = {17, 25})
    void driverJarRunsFromTheClassPathWithoutFlags(int feature, @TempDir Path work) throws Exception {
        Path probeDir = work.resolve("classes");
        copyProbe(probeDir);
        Result r = run(work, javaHome(feature).resolve("bin/java").toString(), "-cp", shadedJar() + ":" + probeDir,
                ChildJvmProbe.class.getName());
        assertEquals(0, r.exit, "exit code; stderr: " + r.err);
        assertEquals(EXPECTED_OUT, r.out, "stdout must hold only the probe's line");
        if (feature < 24) {
            assertEquals("", r.err, "nothing may be written to stderr");
        } else {
            assertEquals(jep472Notice(), r.err, "stderr may hold only the JDK's own native-access notice");
        }
    }

    @ParameterizedTest(name = "JDK {0}, executable jar")
    @ValueSource(ints = {17, 25})
    void executableJarDeclaringNativeAccessIsSilent(int feature, @TempDir Path work) throws Exception {
        Path driver = work.resolve("dfschema-driver.jar");
        Files.copy(shadedJar(), driver);
        Path app = work.resolve("app.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ChildJvmProbe.class.getName());
        mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, driver.getFileName().toString());
        mf.getMainAttributes().putValue("Enable-Native-Access", "ALL-UNNAMED");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app), mf)) {
            jar.putNextEntry(new JarEntry("io/dfschema/jdbc/it/ChildJvmProbe.class"));
            jar.write(Files.readAllBytes(probeClassFile()));
            jar.closeEntry();
        }
        Result r = run(work, javaHome(feature).resolve("bin/java").toString(), "-jar", app.toString());
        assertEquals(0, r.exit, "exit code; stderr: " + r.err);
        assertEquals(EXPECTED_OUT, r.out);
        assertEquals("", r.err, "nothing may be written to stderr");
    }

    /** What JDK 24+ prints when class-path code first loads a native library. */
    private static String jep472Notice() {
        return String.join("\n",
                "WARNING: A restricted method in java.lang.System has been called",
                "WARNING: java.lang.System::load has been called by io.dfschema.engine.NativeLibrary in an unnamed module"
                        + " (" + jarUrl() + ")",
                "WARNING: Use --enable-native-access=ALL-UNNAMED to avoid a warning for callers in this module",
                "WARNING: Restricted methods will be blocked in a future release unless native access is enabled",
                "", "");
    }

    private static String jarUrl() {
        try {
            return "file:" + shadedJar().toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(Path work, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM hung");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path probeClassFile() throws Exception {
        return Path.of(ChildJvmProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/dfschema/jdbc/it/ChildJvmProbe.class");
    }

    private static void copyProbe(Path dir) throws Exception {
        Path target = dir.resolve("io/dfschema/jdbc/it/ChildJvmProbe.class");
        Files.createDirectories(target.getParent());
        Files.copy(probeClassFile(), target);
    }

    static Path shadedJar() throws IOException {
        Path targetDir = Path.of(System.getProperty("dfschema.driver.jar.dir", "target"));
        try (Stream<Path> files = Files.list(targetDir)) {
            return files.filter(f -> f.getFileName().toString().matches("dfschema-driver-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no shaded driver jar in " + targetDir.toAbsolutePath()));
        }
    }

    /** JDK 17 is the default JDK here; JDK 25 is the Temurin build installed beside it. */
    static Path javaHome(int feature) throws IOException {
        String env = System.getenv("JAVA" + feature + "_HOME");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() == feature) {
            return current;
        }
        List<Path> roots = List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"), Path.of("/opt"));
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : dirs.sorted().toList()) {
                    Path release = d.resolve("release");
                    if (Files.isRegularFile(release) && Files.readString(release).contains("JAVA_VERSION=\"" + feature)) {
                        return d;
                    }
                }
            }
        }
        throw new AssertionError("no JDK " + feature + " found (set JAVA" + feature + "_HOME)");
    }
}
