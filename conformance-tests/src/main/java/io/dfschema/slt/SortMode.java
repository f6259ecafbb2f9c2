package io.dfschema.slt;

/** How actual rows are ordered before comparison (expected rows are never sorted). */
public enum SortMode {
    NOSORT, ROWSORT, VALUESORT;

    /** The header token, or null if the token is not a sort mode (a parse error in sqllogictest-rs). */
    static SortMode fromToken(String token) {
        return switch (token) {
            case "nosort" -> NOSORT;
            case "rowsort" -> ROWSORT;
            case "valuesort" -> VALUESORT;
            default -> null;
        };
    }
}
