package io.dfschema.metadata.introspect;

import java.util.Objects;

/**
 * One column of a table, from information_schema.columns and the contract metadata.
 *
 * @param name              the column name as stored (case-sensitive)
 * @param position          1-based position in the table
 * @param arrowType         the engine type as {@code arrow_typeof} prints it
 * @param nullable          whether it may hold nulls
 * @param defaultExpression the default as SQL text (from the contract or the engine's DDL), or null
 * @param description       the contract's description, or null
 */
public record TableColumn(String name, int position, String arrowType, boolean nullable, String defaultExpression,
                          String description) {
    public TableColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arrowType, "arrowType");
    }
}
