package io.dfschema.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sqlline.SqlLine;

/**
 * {@code dfschema-shell}: sqlline connected to an in-memory DataFusion session with the demo loaded
 * ({@code jdbc:dfschema:?init=<demo init.sql>}).
 *
 * <pre>
 * dfschema-shell [--sqlline-option=value ...] [query ...]
 * </pre>
 *
 * <ul>
 *   <li>With a query (the arguments that do not start with {@code --}, joined by spaces): runs it, prints
 *       the result as a table and exits; the exit code is non-zero when a statement fails.</li>
 *   <li>Without a query and without a terminal (piped standard input, CI): runs the SQL read from
 *       standard input, or {@link #DEFAULT_QUERY} when there is none, prints the result and exits.</li>
 *   <li>Without a query, on a terminal: interactive sqlline.</li>
 * </ul>
 *
 * Arguments starting with {@code --} are sqlline options ({@code --outputformat=csv},
 * {@code --showHeader=false}, ...) and override the shell's defaults, except the shell's own
 * {@code --catalog=<contract>}, which opens a contract catalog ({@code jdbc:dfschema:<contract>}, such
 * as {@code examples/demo/cst/cst.dfschema.yaml}) instead of the demo, and {@code --url=<jdbc url>}, which
 * opens any dfschema URL (a cluster's {@code jdbc:dfschema:ballista://host:port/...}, say). In batch mode only
 * results go to standard output; errors go to standard error.
 */
public final class Shell {
    /** The query run when there is no query, no terminal and nothing on standard input. */
    public static final String DEFAULT_QUERY =
            "SELECT event_id, ts, user_name, kind, os, sku, tags FROM event_details ORDER BY event_id LIMIT 5";

    /** The query run instead of {@link #DEFAULT_QUERY} on a contract catalog, whose tables the shell does not know. */
    static final String CATALOG_DEFAULT_QUERY = "SHOW TABLES";
    /** The shell's own option naming a contract catalog to open. */
    static final String CATALOG_OPTION = "--catalog=";
    /** The shell's own option naming the URL to open. */
    static final String URL_OPTION = "--url=";

    static final String DRIVER = "io.dfschema.jdbc.DfSchemaDriver";

    private Shell() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.in, System.console() != null));
    }

    /**
     * Runs the shell and returns its exit code (0 on success). {@code terminal} says whether a person is
     * at a terminal; without one, nothing interactive happens and {@code stdin} is read as SQL.
     */
    public static int run(String[] args, InputStream stdin, boolean terminal) throws IOException {
        List<String> options = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String catalog = null;
        String givenUrl = null;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage());
                return 0;
            }
            if (arg.startsWith(CATALOG_OPTION)) {
                catalog = arg.substring(CATALOG_OPTION.length());
            } else if (arg.startsWith(URL_OPTION)) {
                givenUrl = arg.substring(URL_OPTION.length());
            } else {
                (arg.startsWith("--") ? options : words).add(arg);
            }
        }
        String url = givenUrl != null ? givenUrl : catalog == null ? Demo.url() : catalogUrl(Path.of(catalog));
        String query = String.join(" ", words).trim();
        if (query.isEmpty() && terminal) {
            return interactive(url, options);
        }
        if (query.isEmpty()) {
            query = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            if (query.isBlank()) {
                query = catalog == null && givenUrl == null ? DEFAULT_QUERY : CATALOG_DEFAULT_QUERY;
            }
        }
        return batch(url, query, options);
    }

    /**
     * {@code jdbc:dfschema:<contract>} with the path made absolute: the driver would resolve a relative one
     * against the working directory too, but the URL sqlline shows should say which file it is.
     */
    static String catalogUrl(Path contract) {
        return "jdbc:dfschema:" + contract.toAbsolutePath().normalize();
    }

    /** Runs {@code sql} (one or more statements) through sqlline, printing results only. */
    static int batch(String url, String sql, List<String> userOptions) throws IOException {
        Path script = Files.createTempFile("dfschema-shell", ".sql");
        try {
            Files.writeString(script, sql, StandardCharsets.UTF_8);
            List<String> args = connectArgs(url);
            args.add("--silent=true");          // no banner, no "N rows selected", no echo
            args.add("--fastConnect=true");     // no catalog scan for tab completion
            args.add("--showWarnings=false");
            args.add("--maxWidth=100000");      // no terminal to size to: never cut lines
            args.add("--incremental=false");    // size columns to their widest value
            args.addAll(userOptions);
            args.add("--run=" + script);        // runs the statements, stops at the first error, quits
            SqlLine sqlline = new SqlLine();
            sqlline.setOutputStream(System.out);
            sqlline.setErrorStream(System.err);
            printErrorsWithoutStackTraces();
            // A non-null input keeps jline from probing for a system terminal (and warning it has none).
            SqlLine.Status status = sqlline.begin(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), false);
            System.out.flush();
            return status.ordinal();
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static int interactive(String url, List<String> userOptions) throws IOException {
        List<String> args = connectArgs(url);
        args.addAll(userOptions);
        SqlLine sqlline = new SqlLine();
        SqlLine.Status status = sqlline.begin(args.toArray(String[]::new), null, true);
        return status.ordinal();
    }

    private static List<String> connectArgs(String url) {
        List<String> args = new ArrayList<>();
        args.add("-d");
        args.add(DRIVER);
        args.add("-u");
        args.add(url);
        args.add("-nn");
        args.add("dfschema");                  // the prompt shows this instead of the long URL
        args.add("--connectInteractionMode=notAskCredentials");
        args.add("--isolation=TRANSACTION_NONE");
        return args;
    }

    /**
     * sqlline prints a full stack trace for an error raised before its first prompt, which is where a
     * {@code --run} script's statements execute. Marking its start-up complete makes such an error one
     * line ({@code Error: ... (state=...,code=...)}), as at the prompt. Best effort: a sqlline without
     * this field just prints stack traces.
     */
    private static void printErrorsWithoutStackTraces() {
        try {
            Field initComplete = SqlLine.class.getDeclaredField("initComplete");
            initComplete.setAccessible(true);
            initComplete.setBoolean(null, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep sqlline's default
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: dfschema-shell [--sqlline-option=value ...] [query ...]",
                "",
                "An in-memory DataFusion session with the demo tables (events, users, products)",
                "and views (event_details, event_tags, purchases) loaded.",
                "",
                "  dfschema-shell                        interactive sqlline on a terminal;",
                "                                        otherwise runs SQL from standard input",
                "  dfschema-shell \"SELECT ...\"           runs the query, prints a table, exits",
                "  echo \"SELECT 1;\" | dfschema-shell     runs the statements read from standard input",
                "  dfschema-shell --outputformat=csv \"SELECT ...\"   sqlline options come first",
                "  dfschema-shell --catalog=examples/demo/cst/cst.dfschema.yaml \"SELECT ...\"",
                "                                        opens a contract catalog instead of the demo",
                "  dfschema-shell --url=jdbc:dfschema:ballista://127.0.0.1:50050 \"SELECT ...\"",
                "                                        opens any dfschema URL (here a cluster, docs/distributed.md)",
                "",
                "Exit code: 0 on success, non-zero when a statement fails.");
    }
}
