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
 * {@code --showHeader=false}, ...) and override the shell's defaults. In batch mode only results go to
 * standard output; errors go to standard error.
 */
public final class Shell {
    /** The query run when there is no query, no terminal and nothing on standard input. */
    public static final String DEFAULT_QUERY =
            "SELECT event_id, ts, user_name, kind, os, sku, tags FROM event_details ORDER BY event_id LIMIT 5";

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
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage());
                return 0;
            }
            (arg.startsWith("--") ? options : words).add(arg);
        }
        String query = String.join(" ", words).trim();
        if (query.isEmpty() && terminal) {
            return interactive(options);
        }
        if (query.isEmpty()) {
            query = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            if (query.isBlank()) {
                query = DEFAULT_QUERY;
            }
        }
        return batch(query, options);
    }

    /** Runs {@code sql} (one or more statements) through sqlline, printing results only. */
    static int batch(String sql, List<String> userOptions) throws IOException {
        Path script = Files.createTempFile("dfschema-shell", ".sql");
        try {
            Files.writeString(script, sql, StandardCharsets.UTF_8);
            List<String> args = connectArgs();
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

    static int interactive(List<String> userOptions) throws IOException {
        List<String> args = connectArgs();
        args.addAll(userOptions);
        SqlLine sqlline = new SqlLine();
        SqlLine.Status status = sqlline.begin(args.toArray(String[]::new), null, true);
        return status.ordinal();
    }

    private static List<String> connectArgs() {
        List<String> args = new ArrayList<>();
        args.add("-d");
        args.add(DRIVER);
        args.add("-u");
        args.add(Demo.url());
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
                "",
                "Exit code: 0 on success, non-zero when a statement fails.");
    }
}
