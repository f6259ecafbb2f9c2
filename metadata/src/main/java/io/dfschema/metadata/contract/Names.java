package io.dfschema.metadata.contract;

import java.util.regex.Pattern;

/**
 * Naming rules for what a contract registers in the engine: catalogs, schemas, datasets and views.
 * They must be lowercase regular SQL identifiers because DataFusion folds unquoted identifiers to
 * lowercase: a dataset named {@code Files} could only ever be reached quoted, which is a trap.
 * Column names are not restricted: they must match whatever the files contain.
 */
final class Names {
    static final int MAX_LENGTH = 128;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern PLAIN_COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");

    private Names() {
    }

    static boolean isIdentifier(String name) {
        return name != null && name.length() <= MAX_LENGTH && IDENTIFIER.matcher(name).matches();
    }

    /** Null when {@code name} is a valid identifier, else the problem, e.g. "dataset name 'Files' is not ...". */
    static String identifierProblem(String what, String name) {
        if (name == null || name.isEmpty()) {
            return what + " must not be empty";
        }
        if (name.length() > MAX_LENGTH) {
            return what + " '" + name + "' is longer than " + MAX_LENGTH + " characters";
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            return what + " '" + name + "' is not a lowercase SQL identifier"
                    + " (a-z, 0-9 and '_', not starting with a digit)";
        }
        return null;
    }

    /** {@code name} as SQL must spell it: bare when DataFusion would not fold it, else double-quoted. */
    static String sqlIdentifier(String name) {
        if (PLAIN_COLUMN.matcher(name).matches()) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
