package io.dfschema.metadata.catalog;

import io.dfschema.metadata.contract.QuotedIdentifier;

/** SQL text pieces built from names and values that must never change the statement around them. */
final class Sql {
    private Sql() {
    }

    /** A double-quoted identifier; DataFusion keeps its case. */
    static String ident(String name) {
        return QuotedIdentifier.quote(name);
    }

    /** {@code "schema"."name"}. */
    static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /** A single-quoted string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
