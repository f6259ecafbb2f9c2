package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parses the whole given corpus without a driver: every file must parse, with all its records. */
class CorpusParseTest {

    @Test
    void everyGivenFileParsesAndRecordCountMatchesTheReadme() throws Exception {
        Path given = CorpusLocation.given();
        List<Path> files = CorpusRunner.sltFiles(given);
        assertEquals(59, files.size(), "README: 59 files");
        int records = 0;
        int regexes = 0;
        for (Path file : files) {
            for (SltRecord r : new SltParser().parseFile(file)) {
                if (r instanceof SltRecord.Executable e) {
                    records++;
                    ExpectedError err = e instanceof SltRecord.Query q ? q.expectedError()
                            : ((SltRecord.Statement) e).expectedError();
                    if (err instanceof ExpectedError.Regex) {
                        regexes++;
                    }
                }
            }
        }
        assertEquals(4742, records, "README: 4,742 records (includes inlined)");
        assertTrue(regexes > 100, "error regexes compiled: " + regexes);
    }
}
