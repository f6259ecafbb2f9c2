package io.dfschema.metadata.jdbc;

import java.util.List;
import java.util.Set;

/**
 * Names for keys that were declared without one. DataFusion and contract files let keys go
 * unnamed, but tools show PK_NAME, FK_NAME and INDEX_NAME and match keys by them, so every key
 * gets PostgreSQL's default name: {@code <table>_pkey}, {@code <table>_<columns>_key} for a unique
 * key and {@code <table>_<columns>_fkey} for a foreign key, with a number appended when the name is
 * already taken on the table. Contract and engine keys are named alike, so the same key from both
 * sources carries the same name.
 */
final class KeyNames {
    private KeyNames() {
    }

    static String primaryKey(String table) {
        return table + "_pkey";
    }

    static String uniqueKey(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_key";
    }

    static String foreignKey(String table, List<String> columns) {
        return table + "_" + String.join("_", columns) + "_fkey";
    }

    /**
     * {@code name}, or {@code name1}, {@code name2}, ... when {@code taken} has it (two keys over
     * {@code [a_b]} and {@code [a, b]} would otherwise share a name); the result is added to {@code taken}.
     */
    static String claim(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 1; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
