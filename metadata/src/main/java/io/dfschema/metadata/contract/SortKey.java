package io.dfschema.metadata.contract;

import java.util.Locale;
import java.util.Objects;

/**
 * One key of a file sort order: {@code column [ASC|DESC] [NULLS FIRST|NULLS LAST]}.
 *
 * @param column     the column name, exact (double-quote it in the text when it has spaces)
 * @param descending DESC
 * @param nullsFirst NULLS FIRST (true), NULLS LAST (false), or null when not stated (the engine's default)
 */
public record SortKey(String column, boolean descending, Boolean nullsFirst) {

    public SortKey {
        Objects.requireNonNull(column, "column");
    }

    /** Ascending on {@code column}, nulls where the engine puts them. */
    public static SortKey asc(String column) {
        return new SortKey(column, false, null);
    }

    /**
     * Parses {@code column [ASC|DESC] [NULLS FIRST|NULLS LAST]} (keywords case-insensitive).
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static SortKey parse(String text) {
        String t = text.strip();
        String column;
        String rest;
        if (t.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            int i = QuotedIdentifier.read(t, 0, sb);
            if (i < 0) {
                throw bad(text);
            }
            column = sb.toString();
            rest = t.substring(i);
            if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
                throw bad(text);
            }
        } else {
            String[] parts = t.split("\\s+", 2);
            column = parts[0];
            rest = parts.length > 1 ? parts[1] : "";
        }
        if (column.isEmpty()) {
            throw bad(text);
        }
        String[] words = rest.strip().isEmpty() ? new String[0] : rest.strip().toUpperCase(Locale.ROOT).split("\\s+");
        int i = 0;
        boolean desc = false;
        Boolean nullsFirst = null;
        if (i < words.length && (words[i].equals("ASC") || words[i].equals("DESC"))) {
            desc = words[i].equals("DESC");
            i++;
        }
        if (i + 1 < words.length && words[i].equals("NULLS") && (words[i + 1].equals("FIRST") || words[i + 1].equals("LAST"))) {
            nullsFirst = words[i + 1].equals("FIRST");
            i += 2;
        }
        if (i != words.length) {
            throw bad(text);
        }
        return new SortKey(column, desc, nullsFirst);
    }

    /** The shortest text {@link #parse} reads back as this key ({@code path}, {@code path DESC NULLS LAST}). */
    public String text() {
        return columnText() + (descending ? " DESC" : "") + nullsText();
    }

    /** The text with the direction always stated, as fingerprints use it ({@code path ASC}). */
    public String canonicalText() {
        return columnText() + (descending ? " DESC" : " ASC") + nullsText();
    }

    private String columnText() {
        boolean needsQuotes = column.startsWith("\"") || column.chars().anyMatch(Character::isWhitespace);
        return needsQuotes ? QuotedIdentifier.quote(column) : column;
    }

    private String nullsText() {
        return nullsFirst == null ? "" : nullsFirst ? " NULLS FIRST" : " NULLS LAST";
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("expected 'column [ASC|DESC] [NULLS FIRST|NULLS LAST]', got '" + text + "'");
    }
}
