package io.dfschema.metadata.introspect;

import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;

import java.util.List;
import java.util.Objects;

/**
 * The keys of one table, as the contract metadata knows them.
 *
 * @param table        the table the name resolved to
 * @param primaryKey   its primary key, or null
 * @param uniqueKeys   its unique keys
 * @param foreignKeys  foreign keys declared on it (it references other tables)
 * @param referencedBy foreign keys of other tables that reference it
 */
public record TableConstraints(TableRef table, PrimaryKey primaryKey, List<UniqueKey> uniqueKeys,
                               List<ForeignKey> foreignKeys, List<ForeignKey> referencedBy) {
    public TableConstraints {
        Objects.requireNonNull(table, "table");
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        referencedBy = List.copyOf(referencedBy);
    }
}
