package io.dfschema.jdbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dfschema.metadata.catalog.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry and the diagnostics file survive SIGKILL at any moment: a child JVM registers datasets in a
 * loop ({@link RegistryCrashProbe}) and is killed at random moments, many times over. After every kill the
 * registry holds exactly the datasets of the last completed write (the one the child reported, or the next
 * one if the kill came between the rename and the report), each entry intact, and the diagnostics file holds
 * only complete lines in order, a torn last line at most, which the next writer cuts off.
 */
class RegistryCrashIT {
    private static final int KILLS = 30;
    private static final Pattern STEP = Pattern.compile("\"name\":\"step-(\\d+)\"");

    @Test
    void killedWritersLeaveTheLastCompleteState(@TempDir Path work) throws Exception {
        Path registryFile = work.resolve("c.registry.json");
        Path diagnosticsFile = work.resolve("diagnostics.jsonl");
        Random random = new Random(13);
        int reported = -1;
        for (int kill = 0; kill < KILLS; kill++) {
            Path errors = work.resolve("child-" + kill + ".err");
            Path out = work.resolve("child-" + kill + ".out");
            Process child = start(registryFile, diagnosticsFile, out, errors);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastReported(out, reported) == reported && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            if (!child.isAlive()) {
                fail("the writer exited on its own: " + Files.readString(errors));
            }
            Thread.sleep(random.nextInt(120));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reported = lastReported(out, reported);
            int recorded = checkRegistry(registryFile, reported, kill);
            checkDiagnostics(diagnosticsFile, recorded, kill);
        }
        assertTrue(reported > KILLS, "the writers made progress: " + reported);
        try (var left = Files.list(work)) {
            List<Path> temporary = left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            // A kill between creating and renaming leaves one; later writers remove those gone stale.
            assertTrue(temporary.size() <= KILLS, "at most one temporary file per kill is left: " + temporary);
        }
    }

    /** The registry parses and holds datasets 0..n-1 intact, n being the reported count or one more. */
    private static int checkRegistry(Path file, int reported, int kill) throws Exception {
        Registry registry = Registry.open(file);
        int n = RegistryCrashProbe.recorded(registry);
        assertTrue(n == reported + 1 || n == reported + 2,
                "after kill " + kill + " the child had reported dataset " + reported + " but the registry holds " + n);
        for (int i = 0; i < n; i++) {
            assertEquals(RegistryCrashProbe.entry(i), registry.entry(RegistryCrashProbe.dataset(i), 1).orElseThrow(),
                    "dataset " + i + " after kill " + kill);
        }
        for (int i = n; i < n + 3; i++) {
            assertTrue(registry.entry(RegistryCrashProbe.dataset(i), 1).isEmpty(), "no dataset beyond the last write");
        }
        return n;
    }

    /** Complete lines only, steps in order (a step repeats when a kill fell between its two writes). */
    private static void checkDiagnostics(Path file, int recorded, int kill) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        String tail = text.substring(end);
        int previous = -1;
        for (String line : text.substring(0, end).split("\n")) {
            Matcher m = STEP.matcher(line);
            assertTrue(line.startsWith("{") && line.endsWith("}") && m.find(), "torn line after kill " + kill + ": " + line);
            int step = Integer.parseInt(m.group(1));
            assertTrue(step == previous || step == previous + 1, "step " + step + " after " + previous);
            previous = step;
        }
        assertTrue(previous == recorded - 1 || previous == recorded, "last step " + previous + " for " + recorded + " recorded");
        assertTrue(tail.isEmpty() || tail.startsWith("{"), "a torn tail can only be the start of a line: " + tail);
    }

    private static Process start(Path registry, Path diagnostics, Path out, Path errors) throws Exception {
        Path classes = Path.of(RegistryCrashProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", ChildJvmIT.shadedJar() + ":" + classes,
                RegistryCrashProbe.class.getName(), registry.toString(), diagnostics.toString()));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(errors.toFile()).start();
    }

    /** The last dataset the child reported as written ({@code <index>;} lines), else {@code before}. */
    private static int lastReported(Path out, int before) throws Exception {
        String text = Files.readString(out, StandardCharsets.UTF_8);
        int end = text.lastIndexOf(";\n");
        if (end < 0) {
            return before;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return Integer.parseInt(text.substring(start, end));
    }
}
