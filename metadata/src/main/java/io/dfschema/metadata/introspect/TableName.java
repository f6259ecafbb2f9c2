package io.dfschema.metadata.introspect;

import io.dfschema.metadata.contract.QuotedIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table name of one to three parts; {@code catalog} and {@code schema} are null when not given
 * (the session's defaults apply). Build one from exact, stored names with {@link #of}, or read SQL
 * syntax with {@link #parse}.
 */
public record TableName(String catalog, String schema, String table) {

    public TableName {
        Objects.requireNonNull(table, "table");
        if (catalog != null && schema == null) {
            throw new IllegalArgumentException("a catalog needs a schema");
        }
    }

    /** A table in the session's default catalog and schema; the name is used exactly as given. */
    public static TableName of(String table) {
        return new TableName(null, null, table);
    }

    /** A table in the session's default catalog; names are used exactly as given. */
    public static TableName of(String schema, String table) {
        return new TableName(null, Objects.requireNonNull(schema, "schema"), table);
    }

    /** A fully qualified table; names are used exactly as given. */
    public static TableName of(String catalog, String schema, String table) {
        return new TableName(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(schema, "schema"), table);
    }

    /**
     * Reads a name as DataFusion reads one in SQL: {@code table}, {@code schema.table} or
     * {@code catalog.schema.table}; a part in double quotes is taken exactly ({@code ""} inside is one
     * quote), an unquoted part must be an identifier (letters, {@code _}, {@code #}, {@code @}, then
     * also ASCII digits and {@code $}) and is folded to lower case, ASCII letters only, as DataFusion
     * does, when {@code foldUnquoted} (the session's {@code enable_ident_normalization}).
     *
     * @throws IllegalArgumentException when the text is not such a name
     */
    public static TableName parse(String text, boolean foldUnquoted) {
        List<String> parts = new ArrayList<>(3);
        String s = text.strip();
        int i = 0;
        while (true) {
            if (i >= s.length()) {
                throw invalid(text, "a name part is missing");
            }
            if (s.charAt(i) == '"') {
                StringBuilder part = new StringBuilder();
                i = QuotedIdentifier.read(s, i, part);
                if (i < 0) {
                    throw invalid(text, "a double quote is not closed");
                }
                parts.add(part.toString());
            } else {
                int start = i;
                while (i < s.length() && s.charAt(i) != '.') {
                    int cp = s.codePointAt(i);
                    if (!(i == start ? identifierStart(cp) : identifierPart(cp))) {
                        throw invalid(text, "'" + new String(Character.toChars(cp)) + "' cannot appear in an unquoted name;"
                                + " double-quote the part");
                    }
                    i += Character.charCount(cp);
                }
                if (i == start) {
                    throw invalid(text, "a name part is missing");
                }
                String part = s.substring(start, i);
                parts.add(foldUnquoted ? asciiLowerCase(part) : part);
            }
            if (i == s.length()) {
                break;
            }
            if (s.charAt(i) != '.') {
                throw invalid(text, "expected '.' after a quoted part");
            }
            i++;
        }
        return switch (parts.size()) {
            case 1 -> of(parts.get(0));
            case 2 -> of(parts.get(0), parts.get(1));
            case 3 -> of(parts.get(0), parts.get(1), parts.get(2));
            default -> throw invalid(text, "more than three parts");
        };
    }

    /**
     * The name in SQL, every part double-quoted with its quotes doubled, so that DataFusion reads
     * back exactly these names whatever characters they hold.
     */
    public String toSql() {
        String t = QuotedIdentifier.quote(table);
        String s = schema == null ? t : QuotedIdentifier.quote(schema) + "." + t;
        return catalog == null ? s : QuotedIdentifier.quote(catalog) + "." + s;
    }

    // sqlparser's generic dialect, which DataFusion uses by default
    private static boolean identifierStart(int cp) {
        return Character.isAlphabetic(cp) || cp == '_' || cp == '#' || cp == '@';
    }

    private static boolean identifierPart(int cp) {
        return identifierStart(cp) || (cp >= '0' && cp <= '9') || cp == '$';
    }

    /** DataFusion folds with Rust's to_ascii_lowercase: only A-Z change. */
    private static String asciiLowerCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("not a table name: " + text + " (" + why + ")");
    }
}
