package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's control flow against a scripted driver: no real engine needed. */
class CorpusRunnerTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void register() throws Exception {
        FakeJdbcDriver.register();
    }

    private List<FileResult> run(Duration fileTimeout, String... files) throws Exception {
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        RunConfig config = RunConfig.forFolder(dir).withUrl(FakeJdbcDriver.URL).withTimeouts(1, fileTimeout);
        return new CorpusRunner(config, Duration.ofMillis(500)).run(CorpusRunner.sltFiles(dir), r -> { });
    }

    @Test
    void failuresDoNotStopTheFileAndEveryRecordIsCounted() throws Exception {
        List<FileResult> results = run(Duration.ofMinutes(1), "a.slt", """
                query I
                select 1
                ----
                2

                statement ok
                fail nope

                statement error nope
                fail nope

                query error
                crash

                onlyif postgres
                statement ok
                select 1

                skipif postgres
                statement ok
                select 1

                halt

                statement ok
                select 1
                """);
        FileResult r = results.get(0);
        assertEquals("a.slt", r.file());
        assertEquals(List.of(RecordOutcome.Status.FAILED, RecordOutcome.Status.FAILED, RecordOutcome.Status.PASSED,
                RecordOutcome.Status.FAILED, RecordOutcome.Status.SKIPPED, RecordOutcome.Status.PASSED,
                RecordOutcome.Status.SKIPPED), r.outcomes().stream().map(RecordOutcome::status).toList());
        assertTrue(r.outcomes().get(3).detail().contains("driver threw"), r.outcomes().get(3).detail());
        assertTrue(r.outcomes().get(1).detail().contains("DataFusion error: nope"));
        assertEquals(new Totals(2, 3, 2), Totals.of(results));
    }

    @Test
    void unparsableFileCountsItsRecordsAsFailed() throws Exception {
        List<FileResult> results = run(Duration.ofMinutes(1),
                "bad.slt", "statement ok\nselect 1\n\nquery I\nselect 1\n----\n1\n\nnonsense here\n",
                "good.slt", "statement ok\nselect 1\n");
        assertEquals(2, results.get(0).failed());
        assertTrue(results.get(0).notes().get(0).contains("does not parse"));
        assertEquals(1, results.get(1).passed());
    }

    @Test
    void stuckCallFailsTheRestOfTheFileAndTheRunGoesOn() throws Exception {
        long start = System.nanoTime();
        List<FileResult> results = run(Duration.ofSeconds(1),
                "a.slt", "statement ok\nselect 1\n\nstatement ok\nhang\n\nstatement ok\nselect 2\n",
                "b.slt", "statement ok\nselect 1\n");
        FileResult a = results.get(0);
        assertEquals(1, a.passed());
        assertEquals(2, a.failed());
        assertTrue(a.outcomes().get(2).detail().contains("wall clock"));
        assertEquals(1, results.get(1).passed());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
    }
}
