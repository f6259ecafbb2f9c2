package io.dfschema.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import io.dfschema.examples.cst.CstDemo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shell in batch mode, with System.out and System.err captured. */
class ShellTest {
    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    private static Run shell(InputStream stdin, String... args) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Shell.run(args, stdin, false);
            return new Run(code, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void queryArgumentPrintsATableAndNothingElse() throws Exception {
        Run run = shell(NO_INPUT, "SELECT user_id, name, country FROM users ORDER BY user_id LIMIT 3");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                +---------+--------------+---------+
                | user_id |     name     | country |
                +---------+--------------+---------+
                | 1       | Ada Lovelace | GB      |
                | 2       | Alan Turing  | GB      |
                | 3       | Grace Hopper | US      |
                +---------+--------------+---------+
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void nestedValuesShowAsDataFusionDisplaysThem() throws Exception {
        Run run = shell(NO_INPUT, "SELECT", "device, tags, props FROM events WHERE event_id = 2");
        assertEquals(0, run.exitCode(), run.err());
        // Structs and lists show as DataFusion displays them. sqlline prints a map column (JDBC type
        // JAVA_OBJECT) with getObject().toString(), so only its contents are checked here.
        assertTrue(run.out().contains("| {os: ios, app_version: 4.2.0} | [mobile] | {query"), run.out());
        assertTrue(run.out().contains("running shoes"), run.out());
    }

    @Test
    void sqlOnStandardInputRunsEveryStatement() throws Exception {
        String sql = "CREATE VIEW two AS SELECT 2 AS n;\nSELECT n FROM two;\n";
        Run run = shell(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| 2 |"), run.out());
    }

    @Test
    void emptyStandardInputRunsTheDefaultQuery() throws Exception {
        Run run = shell(NO_INPUT);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| event_id |"), run.out());
        assertTrue(run.out().contains("Ada Lovelace"), run.out());
    }

    @Test
    void aFailingStatementGivesANonZeroExitCodeAndAOneLineError() throws Exception {
        Run run = shell(NO_INPUT, "SELECT * FROM no_such_table");
        assertNotEquals(0, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no_such_table"), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void sqllineOptionsOverrideTheDefaults() throws Exception {
        Run run = shell(NO_INPUT, "--outputformat=csv", "SELECT name FROM users WHERE user_id = 5");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("'name'\n'Barbara Liskov'\n", run.out());
    }

    @Test
    void catalogOptionOpensAContractCatalogInsteadOfTheDemo(@TempDir Path tmp) throws Exception {
        Path contract = CstDemo.copyTo(tmp);
        Run run = shell(NO_INPUT, "--catalog=" + contract, "--outputformat=csv",
                "SELECT callee FROM call_edges WHERE call_node = 207");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("'callee'\n'read_config'\n", run.out());

        Run tables = shell(NO_INPUT, "--catalog=" + contract);
        assertEquals(0, tables.exitCode(), tables.err());
        assertTrue(tables.out().contains("libcst_nodes"), tables.out());
    }
}
