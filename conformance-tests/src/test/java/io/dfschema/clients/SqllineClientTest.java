package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

/**
 * sqlline 1.12 driving the driver: a scripted session ({@code --run=clients/sqlline-session.sql}:
 * !tables, !columns, !describe, key and index commands, !dbinfo, queries in table and CSV format,
 * DDL followed by metadata), one on the CST contract catalog ({@code clients/sqlline-cst-session.sql}:
 * descriptions, the default, primary, imported, exported keys and indexes, queries on views and on
 * dfschema.registrations) and a session typed on standard input. The output sqlline printed is asserted.
 */
class SqllineClientTest {

    record Run(SqlLine.Status status, String out, String err) {
    }

    private static Run run(List<String> args, InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SqlLine sqlline = new SqlLine();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            sqlline.setOutputStream(o);
            sqlline.setErrorStream(e);
            SqlLine.Status status = sqlline.begin(args.toArray(String[]::new), in, false);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<String> connectArgs(String url) {
        List<String> args = new ArrayList<>();
        args.add("-d");
        args.add("io.dfschema.jdbc.DfSchemaDriver");
        args.add("-u");
        args.add(url);
        args.add("-n");
        args.add("");
        args.add("-p");
        args.add("");
        args.add("--connectInteractionMode=notAskCredentials");
        args.add("--isolation=TRANSACTION_NONE");
        args.add("--maxWidth=400");
        args.add("--fastConnect=false");   // let sqlline read the whole catalogue for completion
        args.add("--showWarnings=true");
        return args;
    }

    /**
     * Runs the script {@code resource} with {@code --run} and asserts that sqlline ran every one of its
     * {@code statements} lines without an error or exception.
     */
    private static Run runScript(List<String> args, String resource, int statements, Path dir) throws Exception {
        Path script = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = SqllineClientTest.class.getResourceAsStream(resource)) {
            Files.write(script, in.readAllBytes());
        }
        args.add("--run=" + script);
        Run r = run(args, new ByteArrayInputStream(new byte[0]));
        assertEquals(SqlLine.Status.OK, r.status(), r.err() + "\n" + r.out());
        assertFalse(r.err().contains("Error:"), r.err());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), r.err() + r.out());
        assertTrue(r.err().contains(statements + "/" + statements), "every script line ran: " + r.err());
        return r;
    }

    /** The lines of {@code text} between the first line containing {@code from} and the next containing {@code to}. */
    private static String section(String text, String from, String to) {
        int a = text.indexOf(from);
        assertTrue(a >= 0, "no '" + from + "' in:\n" + text);
        int b = to == null ? text.length() : text.indexOf(to, a + from.length());
        return text.substring(a, b < 0 ? text.length() : b);
    }

    /** Output lines with the table borders' padding removed: {@code | a  | b |} becomes {@code |a|b|}. */
    private static List<String> lines(String out) {
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            lines.add(line.replaceAll("\\s*\\|\\s*", "|").trim());
        }
        return lines;
    }

    private static void assertLine(List<String> lines, String expected) {
        assertTrue(lines.contains(expected), "no line " + expected + " in:\n" + String.join("\n", lines));
    }

    @Test
    void scriptedSession(@TempDir Path dir) throws Exception {
        Run r = runScript(connectArgs(ClientFixture.fixtureUrl(dir)), "/clients/sqlline-session.sql", 15, dir);
        String out = r.out();
        List<String> lines = lines(out);

        // !tables: information_schema as SYSTEM TABLE, the fixture's tables and the view
        String tables = section(out, "TABLE_CAT", "COLUMN_NAME");
        for (String t : List.of("columns", "df_settings", "parameters", "routines", "schemata", "tables", "views")) {
            assertLine(lines, "|datafusion|information_schema|" + t + "|SYSTEM TABLE|||||||");
        }
        for (String[] o : ClientFixture.OBJECTS) {
            assertLine(lines, "|datafusion|public|" + o[0] + "|" + o[1] + "|||||||");
        }
        assertTrue(tables.indexOf("SYSTEM TABLE") < tables.indexOf("| TABLE ")
                && tables.indexOf("| TABLE ") < tables.indexOf("| VIEW "), "sorted by TABLE_TYPE:\n" + tables);

        // !columns orders: all 24 getColumns columns, engine type names, sizes, nullability, ordinals
        assertLine(lines, "|datafusion|public|orders|order_id|4|Int32|10|null|0|10|0|||null|null|null|1|NO||||null|NO|NO|");
        assertLine(lines, "|datafusion|public|orders|customer_id|-5|Int64|19|null|0|10|1|||null|null|null|2|YES||||null|NO|NO|");
        assertLine(lines, "|datafusion|public|orders|amount|3|Decimal128(10, 2)|10|null|2|10|1|||null|null|null|3|YES||||null|NO|NO|");
        assertLine(lines, "|datafusion|public|orders|ordered_at|93|Timestamp(ns)|29|null|9|null|1|||null|null|null|4|YES||||null|NO|NO|");
        assertLine(lines, "|datafusion|public|orders|note|12|Utf8View|2147483647|null|null|null|1|||null|null|2147483647|5|YES||||null|NO|NO|");
        // !describe customers
        assertLine(lines, "|datafusion|public|customers|id|-5|Int64|19|null|0|10|0|||null|null|null|1|NO||||null|NO|NO|");
        assertLine(lines, "|datafusion|public|customers|city|12|Utf8View|2147483647|null|null|null|1|||null|null|2147483647|3|YES||||null|NO|NO|");
        // !primarykeys / !importedkeys / !indexes: headers, no rows
        assertLine(lines, "|TABLE_CAT|TABLE_SCHEM|TABLE_NAME|COLUMN_NAME|KEY_SEQ|PK_NAME|");
        assertLine(lines, "|PKTABLE_CAT|PKTABLE_SCHEM|PKTABLE_NAME|PKCOLUMN_NAME|FKTABLE_CAT|FKTABLE_SCHEM|FKTABLE_NAME"
                + "|FKCOLUMN_NAME|KEY_SEQ|UPDATE_RULE|DELETE_RULE|FK_NAME|PK_NAME|DEFERRABILITY|");
        assertLine(lines, "|TABLE_CAT|TABLE_SCHEM|TABLE_NAME|NON_UNIQUE|INDEX_QUALIFIER|INDEX_NAME|TYPE|ORDINAL_POSITION"
                + "|COLUMN_NAME|ASC_OR_DESC|CARDINALITY|PAGES|FILTER_CONDITION|");
        // !dbinfo: every DatabaseMetaData answer sqlline asks for
        String dbinfo = section(out, "allProceduresAreCallable", "usesLocalFiles ");
        for (String expected : List.of("getDatabaseProductName DataFusion", "getDatabaseProductVersion 55.",
                "getDriverName dfschema", "getIdentifierQuoteString \"", "storesLowerCaseIdentifiers true",
                "supportsTransactions false", "nullsAreSortedHigh true", "getSearchStringEscape \\",
                "supportsBatchUpdates true", "getSQLKeywords ANALYZE,")) {
            assertTrue(dbinfo.replaceAll("[ \\t]+", " ").contains(expected), expected + " in\n" + dbinfo);
        }
        // queries, in table format, then CSV
        assertLine(lines, "|Ada|London|");
        assertLine(lines, "|Linus||");
        assertLine(lines, "|10|Ada|250.00|");
        assertLine(lines, "|13|Grace|120.00|");
        assertLine(lines, "|1|{street: Main St, zip: 12345}|[admin, dev]|{logins: 7, posts: 3}|");
        assertLine(lines, "|3|null|[]|{logins: 0}|");
        assertLine(lines, "'click','2'");
        assertLine(lines, "'view','1'");
        // DDL in the session, then metadata sees it (the snapshot was refreshed)
        assertLine(lines, "'datafusion','public','made_in_sqlline','TABLE','','','','','',''");
        assertLine(lines, "'datafusion','public','made_in_sqlline','answer','-5','Int64','19','null','0','10','0','','',"
                + "'null','null','null','1','NO','','','','null','NO','NO'");
    }

    /** The CST catalog's metadata as sqlline's commands print it (expected values: {@link CstModel}). */
    @Test
    void scriptedSessionOnTheContractCatalog(@TempDir Path dir) throws Exception {
        List<String> args = connectArgs(CstCatalog.url(dir.resolve("catalog")));
        args.add("--maxWidth=1000"); // the contract's type names and descriptions make wide lines
        String out = runScript(args, "/clients/sqlline-cst-session.sql", 11, dir).out();
        List<String> lines = lines(out);

        // !tables: the datasets, their versioned aliases and the views with the contract's descriptions
        // (REMARKS), the diagnostics tables as SYSTEM TABLE
        for (String t : CstModel.TABLES) {
            assertLine(lines, "|cst|public|" + t + "|TABLE|" + CstModel.REMARKS.get(t) + "||||||");
            assertLine(lines, "|cst|public|" + CstModel.alias(t) + "|TABLE|" + CstModel.REMARKS.get(t) + "||||||");
        }
        for (String v : CstModel.VIEWS) {
            assertLine(lines, "|cst|public|" + v + "|VIEW|" + CstModel.REMARKS.get(v) + "||||||");
        }
        for (String t : ClientFixture.DIAGNOSTICS) {
            assertLine(lines, "|cst|dfschema|" + t + "|SYSTEM TABLE|||||||");
        }
        // !columns libcst_files: REMARKS from the contract, the map and struct columns, the partition column
        assertLine(lines, "|cst|public|libcst_files|file_id|-5|Int64|19|null|0|10|0|Stable file id||null|null|null|1|NO"
                + "||||null|NO|NO|");
        assertLine(lines, "|cst|public|libcst_files|attrs|2000|" + CstModel.MAP + "|null|null|null|null|1|File attributes:"
                + " origin (git, vendored, generated), encoding, generator||null|null|null|3|YES||||null|NO|NO|");
        assertLine(lines, "|cst|public|libcst_files|span|2002|" + CstModel.SPAN + "|null|null|null|null|1|Byte range of"
                + " the whole file, [bstart, bend)||null|null|null|4|YES||||null|NO|NO|");
        assertLine(lines, "|cst|public|libcst_files|repo|12|Utf8|2147483647|null|null|null|0|||null|null|2147483647|5|NO"
                + "||||null|NO|NO|");
        // !describe libcst_nodes: the declared default is COLUMN_DEF
        assertLine(lines, "|cst|public|libcst_nodes|attrs|2000|" + CstModel.MAP + "|null|null|null|null|1|Node attributes:"
                + " value of a Name, name of a FunctionDef, attr of an Attribute|MAP {}|null|null|null|5|YES||||null|NO|NO|");
        // !primarykeys refs: three columns, KEY_SEQ in key order, the rows sorted by column name
        List<String> pk = List.of("|cst|public|refs|from_node|1|refs_pkey|", "|cst|public|refs|kind|3|refs_pkey|",
                "|cst|public|refs|to_node|2|refs_pkey|");
        int first = lines.indexOf(pk.get(0));
        assertTrue(first > 0, "no line " + pk.get(0) + " in:\n" + out);
        assertEquals(pk, lines.subList(first, first + 3));
        // !importedkeys refs and !exportedkeys libcst_nodes: both foreign keys, NO ACTION (3), not deferrable (7);
        // each line twice, once per command
        for (String fk : List.of("|cst|public|libcst_nodes|node_id|cst|public|refs|from_node|1|3|3|refs_from|libcst_nodes_pkey|7|",
                "|cst|public|libcst_nodes|node_id|cst|public|refs|to_node|1|3|3|refs_to|libcst_nodes_pkey|7|")) {
            assertEquals(2, lines.stream().filter(fk::equals).count(), fk + " in\n" + out);
        }
        // !indexes libcst_files: the primary key and the unique key over the partition column and path
        assertLine(lines, "|cst|public|libcst_files|false||libcst_files_pkey|3|1|file_id||null|null||");
        assertLine(lines, "|cst|public|libcst_files|false||libcst_files_repo_path_key|3|1|repo||null|null||");
        assertLine(lines, "|cst|public|libcst_files|false||libcst_files_repo_path_key|3|2|path||null|null||");
        // a view over a map value and struct fields, the diagnostics table, a view in CSV
        assertLine(lines, "|httpkit|src/errors.py|202|config|7|13|");
        assertLine(lines, "|httpkit|src/errors.py|205|err|29|32|");
        for (String t : CstModel.TABLES) {
            assertLine(lines, "|public." + t + "|1|registered|strict|");
        }
        assertLine(lines, "'build_model','3'");
    }

    @Test
    void typedOnStandardInput(@TempDir Path dir) throws Exception {
        String url = ClientFixture.fixtureUrl(dir);
        List<String> args = connectArgs(url);
        args.add("--outputformat=csv");
        args.add("--silent=true");
        String typed = String.join("\n",
                "!tables big%",
                "SELECT count(*) AS n FROM orders WHERE amount > 50;",
                "CREATE VIEW v_typed AS SELECT name FROM customers WHERE city IS NULL;",
                "!columns v_typed",
                "SELECT * FROM v_typed;",
                "SELECT * FROM no_such_table;",
                "!quit", "");
        Run r = run(args, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = lines(r.out());
        assertLine(lines, "'datafusion','public','big_orders','VIEW','','','','','',''");
        assertLine(lines, "'4'");
        assertLine(lines, "'datafusion','public','v_typed','name','12','Utf8View','2147483647','null','null','null','0','','',"
                + "'null','null','2147483647','1','NO','','','','null','NO','NO'");
        assertLine(lines, "'Linus'");
        // the failing query is reported and the session goes on to !quit
        assertTrue(r.err().contains("no_such_table"), r.err());
    }
}
