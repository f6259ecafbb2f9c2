package io.dfschema.jdbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shaded driver jar loads and queries on a stock JDK 17 and JDK 25 with no JVM flags
 * and prints nothing of its own to stdout or stderr.
 */
class ChildJvmIT {

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void driverJarRunsWithoutFlagsAndSilently(int feature, @TempDir Path work) throws Exception {
        Path java = javaHome(feature).resolve("bin/java");
        Path jar = shadedJar();
        Path probeDir = work.resolve("classes");
        Path probeClass = Path.of(ChildJvmProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/dfschema/jdbc/it/ChildJvmProbe.class");
        Path target = probeDir.resolve("io/dfschema/jdbc/it/ChildJvmProbe.class");
        Files.createDirectories(target.getParent());
        Files.copy(probeClass, target);

        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", jar + ":" + probeDir,
                ChildJvmProbe.class.getName());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.redirectOutput(work.resolve("out.txt").toFile());
        pb.redirectError(work.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM hung");
        String out = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code; stderr: " + err);
        assertEquals("", err, "nothing may be written to stderr");
        assertEquals("ok 5000050000 100000\n", out, "stdout must hold only the probe's line");
    }

    private static Path shadedJar() throws IOException {
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
