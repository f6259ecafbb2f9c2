package io.dfschema.jdbc;

import io.dfschema.metadata.contract.QuotedIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes {@code CREATE EXTERNAL TABLE} text so that tables users create over JDBC are recorded in
 * {@code dfschema.registrations} like contract datasets. Only the table name and location are read; the
 * engine has already accepted the statement, so this never decides whether it is valid.
 *
 * @param schema   the schema named, or null for the default schema
 * @param name     the table name as the engine stores it (unquoted names folded to lower case)
 * @param location the LOCATION literal, or null
 */
record ExternalTableDdl(String schema, String name, String location) {
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNBOUNDED\\s+)?EXTERNAL\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATION = Pattern.compile("\\bLOCATION\\s+'((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    /** The parsed statement, or null when {@code sql} is not a CREATE EXTERNAL TABLE. */
    static ExternalTableDdl parse(String text) {
        String sql = text.substring(leadingComments(text));
        Matcher m = HEAD.matcher(sql);
        if (!m.find()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int i = m.end();
        while (i < sql.length()) {
            char c = sql.charAt(i);
            StringBuilder part = new StringBuilder();
            if (c == '"') {
                i = QuotedIdentifier.read(sql, i, part);
                if (i < 0) {
                    return null;
                }
                parts.add(part.toString());
            } else {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    part.append(sql.charAt(i++));
                }
                if (part.isEmpty()) {
                    return null;
                }
                parts.add(part.toString().toLowerCase(Locale.ROOT));
            }
            if (i < sql.length() && sql.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Matcher loc = LOCATION.matcher(sql);
        String location = loc.find() ? loc.group(1).replace("''", "'") : null;
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        return new ExternalTableDdl(schema, name, location);
    }

    /** Where the statement starts after leading whitespace, {@code --} line comments and block comments. */
    private static int leadingComments(String sql) {
        int i = 0;
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
