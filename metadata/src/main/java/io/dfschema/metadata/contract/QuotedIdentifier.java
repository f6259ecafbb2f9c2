package io.dfschema.metadata.contract;

/**
 * SQL double-quoted identifiers as DataFusion reads them: the name between double quotes, kept
 * exactly, a doubled quote inside standing for one. Shared by the sort keys of contract files and the
 * table names of the introspection API.
 */
public final class QuotedIdentifier {
    private QuotedIdentifier() {
    }

    /** {@code "name"} with its double quotes doubled, which DataFusion reads back as exactly {@code name}. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Reads the quoted identifier whose opening quote is at {@code start} into {@code name}.
     *
     * @return the index after its closing quote, or -1 when it is not closed
     */
    public static int read(String text, int start, StringBuilder name) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '"') {
                if (i < text.length() && text.charAt(i) == '"') {
                    name.append('"');
                    i++;
                    continue;
                }
                return i;
            }
            name.append(c);
        }
        return -1;
    }
}
