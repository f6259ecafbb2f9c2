package io.dfschema.metadata.catalog;

/**
 * One compared column of a view or partition check.
 *
 * @param column   the column name
 * @param expected what the contract declares (type, nullability), or empty when nothing is declared
 * @param actual   what the engine has, or empty when the column is missing
 * @param reason   empty when they agree; otherwise why not
 */
public record ColumnCheck(String column, String expected, String actual, String reason) {
    public boolean ok() {
        return reason.isEmpty();
    }
}
