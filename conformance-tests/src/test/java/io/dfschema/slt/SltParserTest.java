package io.dfschema.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SltParserTest {
    private static final Path FILE = Path.of("/corpus/t.slt");

    private static List<SltRecord> parse(String text) throws Exception {
        return new SltParser().parse(text, FILE, null);
    }

    private static <T> T only(List<SltRecord> records, Class<T> type) {
        assertEquals(1, records.size(), records.toString());
        return assertInstanceOf(type, records.get(0));
    }

    @Test
    void statementOk() throws Exception {
        var s = only(parse("# comment\nstatement ok\nCREATE TABLE t(a INT)\n"), SltRecord.Statement.class);
        assertEquals("CREATE TABLE t(a INT)", s.sql());
        assertEquals(2, s.location().line());
        assertNull(s.expectedError());
        assertNull(s.expectedCount());
    }

    @Test
    void multiLineSqlEndsAtEmptyLineAndKeepsWhitespaceOnlyLinesAndHashLines() throws Exception {
        var records = parse("statement ok\nSELECT 1\n  \n# not a comment\n,2\n\nstatement ok\nSELECT 3\n");
        assertEquals(2, records.size());
        assertEquals("SELECT 1\n  \n# not a comment\n,2", ((SltRecord.Statement) records.get(0)).sql());
    }

    @Test
    void statementCount() throws Exception {
        var s = only(parse("statement count 44\nselect 1"), SltRecord.Statement.class);
        assertEquals(44L, s.expectedCount());
    }

    @Test
    void inlineErrorIsARegexOfTheRejoinedTokens() throws Exception {
        var s = only(parse("statement error   DataFusion error:  Error during planning: .*\nselect x\n"),
                SltRecord.Statement.class);
        var regex = assertInstanceOf(ExpectedError.Regex.class, s.expectedError());
        assertEquals("DataFusion error: Error during planning: .*", regex.source());
        assertTrue(regex.matches("DataFusion error: Error during planning: no column x"));
    }

    @Test
    void bareErrorAcceptsAnything() throws Exception {
        var q = only(parse("query error\nselect x\n"), SltRecord.Query.class);
        assertInstanceOf(ExpectedError.Any.class, q.expectedError());
    }

    @Test
    void multiLineErrorEndsAtTwoEmptyLines() throws Exception {
        String text = "statement error\nselect x\n----\nDataFusion error: line one\n\nline three\n\n\nquery I\nselect 1\n----\n1\n";
        var records = parse(text);
        assertEquals(2, records.size());
        var s = (SltRecord.Statement) records.get(0);
        var exact = assertInstanceOf(ExpectedError.Exact.class, s.expectedError());
        assertEquals("DataFusion error: line one\n\nline three", exact.text());
        assertTrue(exact.matches("  DataFusion error: line one\n\nline three\n"));
        assertEquals(List.of("1"), ((SltRecord.Query) records.get(1)).expectedRows());
    }

    @Test
    void queryHeaderTypesSortModeAndLabel() throws Exception {
        var q = only(parse("query IT? rowsort label-1\nselect 1, 'a', null\n----\n1 a NULL\n2 b NULL\n"),
                SltRecord.Query.class);
        assertEquals("IT?", q.typeLetters());
        assertEquals(SortMode.ROWSORT, q.sortMode());
        assertEquals("label-1", q.label());
        assertEquals(List.of("1 a NULL", "2 b NULL"), q.expectedRows());
    }

    @Test
    void resultsRunToEmptyLineOrEndOfFileAndHashIsData() throws Exception {
        var records = parse("query T\nselect '#x'\n----\n#x\n\nquery I\nselect 1\n----\n1");
        assertEquals(List.of("#x"), ((SltRecord.Query) records.get(0)).expectedRows());
        assertEquals(List.of("1"), ((SltRecord.Query) records.get(1)).expectedRows());
    }

    @Test
    void crlfLineEndings() throws Exception {
        var q = only(parse("query I\r\nselect 1\r\n----\r\n1\r\n"), SltRecord.Query.class);
        assertEquals("select 1", q.sql());
        assertEquals(List.of("1"), q.expectedRows());
    }

    @Test
    void conditionsStackAndAttachToNextRecordOnly() throws Exception {
        var records = parse("onlyif postgres\n# comment between\nskipif mysql\nstatement ok\nselect 1\n\nstatement ok\nselect 2\n");
        var first = (SltRecord.Statement) records.get(0);
        assertEquals(List.of(new Condition(true, "postgres"), new Condition(false, "mysql")), first.conditions());
        assertEquals(List.of(), ((SltRecord.Statement) records.get(1)).conditions());
        assertTrue(first.conditions().get(0).skips(RunConfig.DATAFUSION_LABELS));
        assertTrue(!new Condition(false, "postgres").skips(RunConfig.DATAFUSION_LABELS));
        assertTrue(new Condition(false, "DataFusion").skips(RunConfig.DATAFUSION_LABELS));
        assertTrue(!new Condition(true, "Datafusion").skips(RunConfig.DATAFUSION_LABELS));
    }

    @Test
    void haltAndControlSortmode() throws Exception {
        var records = parse("control sortmode rowsort\n\nhalt\n\nstatement ok\nselect 1\n");
        assertEquals(new SltRecord.SortModeControl(new Location(FILE, 1, null), SortMode.ROWSORT), records.get(0));
        assertInstanceOf(SltRecord.Halt.class, records.get(1));
    }

    /**
     * SLT-FORMAT.md §6: the expected message written on the line after "statement error"
     * becomes the first SQL line; the record then expects any error (the SQL can't parse).
     */
    @Test
    void regexpCountQuirkMessageLineBecomesSql() throws Exception {
        String text = """
                statement error
                External error: query failed: DataFusion error: Arrow error: Compute error: regexp_count() requires start to be 1 based
                SELECT regexp_count('123123123123', '123', 0);

                query I
                SELECT 1
                ----
                1
                """;
        var records = parse(text);
        assertEquals(2, records.size());
        var s = (SltRecord.Statement) records.get(0);
        assertInstanceOf(ExpectedError.Any.class, s.expectedError());
        assertEquals("External error: query failed: DataFusion error: Arrow error: Compute error: "
                + "regexp_count() requires start to be 1 based\nSELECT regexp_count('123123123123', '123', 0);", s.sql());
    }

    @Test
    void lineAfterHeaderIsSqlEvenWhenEmpty() throws Exception {
        var s = only(parse("statement ok\n\n"), SltRecord.Statement.class);
        assertEquals("", s.sql());
    }

    @Test
    void parseErrors() {
        assertThrows(SltParseException.class, () -> parse("statment ok\nselect 1\n"));
        assertThrows(SltParseException.class, () -> parse("statement ok\nselect 1\n----\n1\n"));
        assertThrows(SltParseException.class, () -> parse("statement error foo\nselect 1\n----\nfoo\n"));
        assertThrows(SltParseException.class, () -> parse("query I sorted\nselect 1\n----\n1\n"));
        assertThrows(SltParseException.class, () -> parse("statement count x\nselect 1\n"));
        assertThrows(SltParseException.class, () -> parse("query I\n"));
        assertThrows(SltParseException.class, () -> parse("statement error (unclosed\nselect 1\n"));
    }

    @Test
    void includeExpandsGlobAlphabeticallyRelativeToIncludingFile(@TempDir Path dir) throws IOException, Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("b.slt.part"), "statement ok\nselect 'b'\n");
        Files.writeString(sub.resolve("a.slt.part"), "statement ok\nselect 'a'\n\ninclude ./nested.slt.inc\n");
        Files.writeString(sub.resolve("nested.slt.inc"), "statement ok\nselect 'nested'\n");
        Path main = sub.resolve("main.slt");
        Files.writeString(main, "statement ok\nselect 0\n\ninclude ./*.slt.part\n\nstatement ok\nselect 'end'\n");
        List<SltRecord> records = new SltParser().parseFile(main);
        List<String> sql = records.stream().map(r -> ((SltRecord.Statement) r).sql()).toList();
        assertEquals(List.of("select 0", "select 'a'", "select 'nested'", "select 'b'", "select 'end'"), sql);
        Location nested = records.get(2).location();
        assertEquals("sub/main.slt>sub/nested.slt.inc:1", nested.key(dir));
        assertEquals("sub/nested.slt.inc:1", nested.partKey(dir));
        assertEquals("sub/main.slt:1", records.get(0).location().key(dir));
    }

    @Test
    void includeWithoutMatchIsNotAnError(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("main.slt");
        Files.writeString(main, "include ./missing_*.slt.part\n\nstatement ok\nselect 1\n");
        assertEquals(1, new SltParser().parseFile(main).size());
    }
}
