package io.dfschema.slt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Parses .slt text the way sqllogictest-rs 0.29 does (see SLT-FORMAT.md §1-2), with
 * {@code include} expanded in place. Deviations from that parser would change which
 * text is SQL and which is expected output, so the rules below follow it line by line:
 * <ul>
 *   <li>'#' in column 0 is a comment only between records; inside SQL or results it is data;</li>
 *   <li>the line after a header is SQL unconditionally, even if empty (this is what makes
 *       the regexp_count quirk of §6 work: a message written on that line becomes SQL);</li>
 *   <li>SQL ends at an empty line or a line that is exactly "----";</li>
 *   <li>a multi-line error ends at two consecutive empty lines.</li>
 * </ul>
 */
public final class SltParser {
    private static final String DELIMITER = "----";

    /** Parses a file and, recursively, the files it includes. */
    public List<SltRecord> parseFile(Path file) throws SltParseException, IOException {
        return parseFile(file.toAbsolutePath().normalize(), null);
    }

    private List<SltRecord> parseFile(Path file, Location includedFrom)
            throws SltParseException, IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(text, file, includedFrom);
    }

    /** Parses text as if it were the content of {@code file} (includes resolve next to it). */
    public List<SltRecord> parse(String text, Path file, Location includedFrom)
            throws SltParseException, IOException {
        Cursor in = new Cursor(RustText.lines(text));
        List<SltRecord> records = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        while (in.hasNext()) {
            int lineNo = in.index + 1;
            String line = in.next();
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            Location loc = new Location(file, lineNo, includedFrom);
            List<String> tokens = RustText.splitWhitespace(line);
            if (tokens.isEmpty()) {
                // Whitespace-only line between records: ignored, unlike an empty line in SQL.
                continue;
            }
            String head = tokens.get(0);
            switch (head) {
                case "include" -> {
                    requireTokens(tokens, 2, loc, line);
                    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
                    for (Path included : IncludeGlob.resolve(dir, tokens.get(1))) {
                        records.addAll(parseFile(included, loc));
                    }
                }
                case "halt" -> {
                    requireTokens(tokens, 1, loc, line);
                    records.add(new SltRecord.Halt(loc));
                }
                case "skipif", "onlyif" -> {
                    requireTokens(tokens, 2, loc, line);
                    conditions.add(new Condition(head.equals("onlyif"), tokens.get(1)));
                }
                case "statement" -> {
                    records.add(statement(tokens, line, loc, in, conditions));
                    conditions = new ArrayList<>();
                }
                case "query" -> {
                    records.add(query(tokens, line, loc, in, conditions));
                    conditions = new ArrayList<>();
                }
                case "control" -> records.add(control(tokens, line, loc));
                case "subtest", "sleep", "connection", "hash-threshold" -> {
                    requireTokens(tokens, 2, loc, line);
                    records.add(new SltRecord.Directive(loc, line));
                }
                case "system" -> {
                    if (tokens.size() != 2 || !tokens.get(1).equals("ok")) {
                        throw new SltParseException(loc, "invalid line: " + line);
                    }
                    sqlLines(in, loc, false);
                    records.add(new SltRecord.Directive(loc, line));
                    conditions = new ArrayList<>();
                }
                default -> throw new SltParseException(loc, "invalid line: " + line);
            }
        }
        return records;
    }

    private SltRecord statement(List<String> tokens, String line, Location loc, Cursor in,
                                List<Condition> conditions) throws SltParseException {
        Long count = null;
        ExpectedError error = null;
        String kind = tokens.size() > 1 ? tokens.get(1) : "";
        if (kind.equals("ok") && tokens.size() == 2) {
            // plain success
        } else if (kind.equals("error")) {
            error = inlineError(tokens.subList(2, tokens.size()), loc);
        } else if (kind.equals("count") && tokens.size() == 3) {
            try {
                count = Long.parseUnsignedLong(tokens.get(2));
            } catch (NumberFormatException e) {
                throw new SltParseException(loc, "invalid number: " + tokens.get(2));
            }
        } else {
            throw new SltParseException(loc, "invalid line: " + line);
        }
        SqlBlock sql = sqlLines(in, loc, true);
        if (sql.hasDelimiter) {
            if (error instanceof ExpectedError.Any) {
                error = multilineError(in);
            } else if (error != null) {
                throw new SltParseException(loc, "duplicated error messages after `error` and under `----`");
            } else {
                throw new SltParseException(loc, "statement should have no result, use `query` instead");
            }
        }
        return new SltRecord.Statement(loc, List.copyOf(conditions), sql.text, count, error);
    }

    private SltRecord query(List<String> tokens, String line, Location loc, Cursor in,
                            List<Condition> conditions) throws SltParseException {
        ExpectedError error = null;
        String types = "";
        SortMode sortMode = null;
        String label = null;
        if (tokens.size() > 1 && tokens.get(1).equals("error")) {
            error = inlineError(tokens.subList(2, tokens.size()), loc);
        } else if (tokens.size() > 1) {
            types = tokens.get(1);
            if (tokens.size() > 2) {
                sortMode = SortMode.fromToken(tokens.get(2));
                if (sortMode == null) {
                    throw new SltParseException(loc, "invalid sort mode: " + tokens.get(2));
                }
            }
            if (tokens.size() > 3) {
                label = tokens.get(3);
            }
        }
        SqlBlock sql = sqlLines(in, loc, true);
        List<String> rows = new ArrayList<>();
        if (sql.hasDelimiter) {
            if (error instanceof ExpectedError.Any) {
                error = multilineError(in);
            } else if (error != null) {
                throw new SltParseException(loc, "duplicated error messages after `error` and under `----`");
            } else {
                while (in.hasNext()) {
                    String row = in.next();
                    if (row.isEmpty()) {
                        break;
                    }
                    rows.add(row);
                }
            }
        }
        return new SltRecord.Query(loc, List.copyOf(conditions), sql.text, types, sortMode, label,
                List.copyOf(rows), error);
    }

    private SltRecord control(List<String> tokens, String line, Location loc) throws SltParseException {
        if (tokens.size() == 3 && tokens.get(1).equals("sortmode")) {
            SortMode mode = SortMode.fromToken(tokens.get(2));
            if (mode == null) {
                throw new SltParseException(loc, "invalid sort mode: " + tokens.get(2));
            }
            return new SltRecord.SortModeControl(loc, mode);
        }
        if (tokens.size() == 3 && (tokens.get(1).equals("substitution") || tokens.get(1).equals("resultmode"))) {
            return new SltRecord.Directive(loc, line);
        }
        throw new SltParseException(loc, "invalid line: " + line);
    }

    private static ExpectedError inlineError(List<String> tokens, Location loc) throws SltParseException {
        if (tokens.isEmpty()) {
            return new ExpectedError.Any();
        }
        // sqllogictest-rs re-joins the whitespace-split tokens with single spaces.
        String source = String.join(" ", tokens);
        try {
            return new ExpectedError.Regex(source, RustRegex.compile(source));
        } catch (PatternSyntaxException e) {
            throw new SltParseException(loc, "invalid error message: " + source + " (" + e.getDescription() + ")");
        }
    }

    /** The text under {@code ----} of an error record, up to two consecutive empty lines. */
    private static ExpectedError multilineError(Cursor in) {
        StringBuilder text = new StringBuilder();
        while (in.hasNext()) {
            String line = in.next();
            if (line.isEmpty() && (!in.hasNext() || in.peek().isEmpty())) {
                if (in.hasNext()) {
                    in.next();
                }
                break;
            }
            text.append(line).append('\n');
        }
        return new ExpectedError.Exact(RustText.trim(text.toString()));
    }

    /**
     * The SQL after a header: the next line unconditionally, then lines up to an empty
     * line or (if {@code delimited}) "----".
     */
    private static SqlBlock sqlLines(Cursor in, Location loc, boolean delimited) throws SltParseException {
        if (!in.hasNext()) {
            throw new SltParseException(new Location(loc.file(), loc.line() + 1, loc.includedFrom()),
                    "unexpected EOF");
        }
        StringBuilder sql = new StringBuilder(in.next());
        boolean found = false;
        while (in.hasNext()) {
            String line = in.next();
            if (line.isEmpty()) {
                break;
            }
            if (delimited && line.equals(DELIMITER)) {
                found = true;
                break;
            }
            sql.append('\n').append(line);
        }
        return new SqlBlock(sql.toString(), found);
    }

    private static void requireTokens(List<String> tokens, int n, Location loc, String line)
            throws SltParseException {
        if (tokens.size() != n) {
            throw new SltParseException(loc, "invalid line: " + line);
        }
    }

    private record SqlBlock(String text, boolean hasDelimiter) {
    }

    /** Line iterator with one-line look-ahead; {@code index} is the 0-based next line. */
    private static final class Cursor {
        private final List<String> lines;
        private int index;

        Cursor(List<String> lines) {
            this.lines = lines;
        }

        boolean hasNext() {
            return index < lines.size();
        }

        String next() {
            return lines.get(index++);
        }

        String peek() {
            return lines.get(index);
        }
    }
}
