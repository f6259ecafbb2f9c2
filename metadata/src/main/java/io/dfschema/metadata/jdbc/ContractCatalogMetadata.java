package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ContractMetadata} answered from contract catalogs ({@link Contract}): what the engine does
 * not know about the tables the contracts declare.
 *
 * <p>Tables are keyed by (contract catalog, dataset schema, name). Each dataset is known under its
 * name and its versioned alias {@code <name>_v<version>} (the same descriptions, defaults and
 * version, no keys: the alias is a second name for the same rows), and each view declared with a
 * dataset under its name (its description and column descriptions, the dataset's version).
 *
 * <ul>
 *   <li>descriptions: the dataset's and columns' {@code description};</li>
 *   <li>defaults: the columns' {@code default}, the SQL text as declared;</li>
 *   <li>primary key {@code <table>_pkey}; unique keys {@code <table>_<columns>_key} (see {@link KeyNames});</li>
 *   <li>foreign keys: named as declared, else {@code <table>_<columns>_fkey}; the referenced table may be
 *       in another schema of the catalog, and need not be declared (the contract rules allow a table
 *       registered by other means): then the referenced key's name (PK_NAME) is unknown, null;</li>
 *   <li>version: the dataset's {@code version}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Everything is computed when it is built, so each question is one or
 * two hash lookups: getColumns asks for every column's description and default.
 */
public final class ContractCatalogMetadata implements ContractMetadata {

    private final Map<TableRef, ContractTableFacts> tables;
    private final Map<TableRef, List<ForeignKey>> exportedKeys;

    /** A table and its facts (null when unknown); see {@link #facts}. */
    private record Recent(TableRef table, ContractTableFacts facts) {
    }

    /**
     * The table asked about last. getColumns asks two questions per column with one TableRef object
     * per table, so comparing identity first saves the hash lookup of all but the first question; an
     * immutable pair in a plain field is safe to share between threads (a thread that sees an older
     * pair only misses).
     */
    private Recent recent = new Recent(null, null);

    private ContractCatalogMetadata(ContractCatalogIndex.Built index) {
        this.tables = index.tables();
        this.exportedKeys = index.exportedKeys();
    }

    /** @throws ContractException when two of the contracts declare the same table (or alias, or view) */
    public static ContractCatalogMetadata of(Contract... contracts) {
        return of(List.of(contracts));
    }

    /** @throws ContractException when two of the contracts declare the same table (or alias, or view) */
    public static ContractCatalogMetadata of(Collection<Contract> contracts) {
        return new ContractCatalogMetadata(ContractCatalogIndex.build(List.copyOf(contracts)));
    }

    /** Every table, versioned alias and view the contracts declare. */
    public Set<TableRef> tables() {
        return tables.keySet();
    }

    private ContractTableFacts facts(TableRef table) {
        Recent r = recent;
        if (r.table() == table) {
            return r.facts();
        }
        ContractTableFacts f = tables.get(table);
        recent = new Recent(table, f);
        return f;
    }

    @Override
    public Optional<String> tableDescription(TableRef table) {
        ContractTableFacts f = facts(table);
        return f == null ? Optional.empty() : Optional.ofNullable(f.description());
    }

    @Override
    public Optional<String> columnDescription(TableRef table, String column) {
        ContractTableFacts f = facts(table);
        return f == null ? Optional.empty() : Optional.ofNullable(f.columnDescriptions().get(column));
    }

    @Override
    public Optional<String> columnDefault(TableRef table, String column) {
        ContractTableFacts f = facts(table);
        return f == null ? Optional.empty() : Optional.ofNullable(f.columnDefaults().get(column));
    }

    @Override
    public boolean describesColumns(TableRef table) {
        ContractTableFacts f = facts(table);
        return f != null && (!f.columnDescriptions().isEmpty() || !f.columnDefaults().isEmpty());
    }

    @Override
    public Optional<PrimaryKey> primaryKey(TableRef table) {
        ContractTableFacts f = facts(table);
        return f == null ? Optional.empty() : Optional.ofNullable(f.primaryKey());
    }

    @Override
    public List<UniqueKey> uniqueKeys(TableRef table) {
        ContractTableFacts f = facts(table);
        return f == null ? List.of() : f.uniqueKeys();
    }

    @Override
    public List<ForeignKey> importedKeys(TableRef table) {
        ContractTableFacts f = facts(table);
        return f == null ? List.of() : f.importedKeys();
    }

    @Override
    public List<ForeignKey> exportedKeys(TableRef table) {
        return exportedKeys.getOrDefault(table, List.of());
    }

    @Override
    public Optional<String> datasetVersion(TableRef table) {
        ContractTableFacts f = facts(table);
        return f == null ? Optional.empty() : Optional.ofNullable(f.version());
    }

    @Override
    public boolean isEmpty() {
        return tables.isEmpty() && exportedKeys.isEmpty();
    }
}
