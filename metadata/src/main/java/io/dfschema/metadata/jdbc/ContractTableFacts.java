package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;

import java.util.List;
import java.util.Map;

/**
 * What the contracts say about one table, view or versioned alias, ready for lookups: column
 * descriptions and defaults are maps (getColumns asks once per column), keys already named.
 *
 * @param description        the table's or view's description, or null
 * @param columnDescriptions column → description, only columns that have one
 * @param columnDefaults     column → default SQL text, only columns that have one
 * @param primaryKey         the primary key, or null (always null for views and aliases)
 * @param uniqueKeys         unique keys (none for views and aliases)
 * @param importedKeys       foreign keys declared on the table (none for views and aliases)
 * @param version            the dataset's version as text, or null when no dataset is behind the table
 */
record ContractTableFacts(String description, Map<String, String> columnDescriptions,
                          Map<String, String> columnDefaults, PrimaryKey primaryKey, List<UniqueKey> uniqueKeys,
                          List<ForeignKey> importedKeys, String version) {

    ContractTableFacts {
        columnDescriptions = Map.copyOf(columnDescriptions);
        columnDefaults = Map.copyOf(columnDefaults);
        uniqueKeys = List.copyOf(uniqueKeys);
        importedKeys = List.copyOf(importedKeys);
    }

    /** The same descriptions, defaults and version without keys: how a versioned alias is described. */
    ContractTableFacts withoutKeys() {
        return new ContractTableFacts(description, columnDescriptions, columnDefaults, null, List.of(), List.of(),
                version);
    }
}
