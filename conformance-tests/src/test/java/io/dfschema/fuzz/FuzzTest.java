package io.dfschema.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz run of {@code mvn -B verify}: {@value FuzzSettings#DEFAULT_CASES} cases from a fixed seed
 * (docs/hardening.md has the long run's command). Passes when every case returned or failed with an
 * SQLException carrying a SQLState and a message, none hung, and no native session, plan or stream
 * outlived the run. The report goes to the console and to target/fuzz-report.txt.
 */
class FuzzTest {

    @Test
    void generatedInputsFailOnlyWithSqlStates(@TempDir Path dir) throws Exception {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        FuzzEnvironment env = FuzzEnvironment.load(settings);
        NativeStats before = NativeStats.read();
        FuzzRunner runner = new FuzzRunner(env);
        FuzzReport report = settings.only().isEmpty() ? runner.run(dir) : runner.replay(dir, settings.only());
        String summary = report.summary(settings);
        System.out.println(summary);
        Files.writeString(Path.of("target", "fuzz-report.txt"), summary);

        assertEquals(0, report.failureCount(), summary);
        if (settings.only().isEmpty()) {
            assertEquals(settings.cases(), report.cases(), summary);
            // enough generated inputs must run to the end, or the run fuzzes little beyond the parser and planner
            for (InputKind k : new InputKind[] {InputKind.SQL, InputKind.METADATA}) {
                assertTrue(report.returned(k) * 5 >= report.cases(k), k + ": too few cases ran to the end\n" + summary);
            }
        }
        NativeStats after = NativeStats.read();
        assertEquals(before.sessions(), after.sessions(), "native sessions left: " + after);
        assertEquals(0, after.plans(), "native plans left: " + after);
        assertEquals(0, after.streams(), "native streams left: " + after);
    }
}
