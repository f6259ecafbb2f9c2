package io.dfschema.metadata.jdbc;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the schema contracts layer knows about tables beyond the engine's information_schema:
 * descriptions, column defaults, keys and the dataset version. {@link DfSchemaDatabaseMetaData}
 * asks it for getTables REMARKS, getColumns REMARKS and COLUMN_DEF, getPrimaryKeys,
 * getIndexInfo (primary and unique keys), getImportedKeys, getExportedKeys and getCrossReference.
 *
 * <p>Every method has an "unknown" default, so an implementation overrides only what it has;
 * {@link #none()} knows nothing; {@link ContractCatalogMetadata} answers from contract catalogs,
 * {@link EngineConstraintMetadata} from the keys and defaults DataFusion keeps for DDL tables, and
 * {@link #combine} asks several in order. Implementations
 * must be thread-safe and fast (getColumns calls the column methods once per column); names are
 * as stored in the engine (case-sensitive).
 */
public interface ContractMetadata {

    /** A table as the engine names it. */
    record TableRef(String catalog, String schema, String table) {
        public TableRef {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
        }
    }

    /** A primary key: its constraint name (may be null) and columns in key order. */
    record PrimaryKey(String name, List<String> columns) {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    /** A unique key (reported by getIndexInfo as a unique index named {@code name}). */
    record UniqueKey(String name, List<String> columns) {
        public UniqueKey {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key from {@code fkTable(fkColumns)} to {@code pkTable(pkColumns)}, columns pairwise in
     * key order. Rules are the {@link DatabaseMetaData} constants ({@code importedKeyNoAction} ...,
     * {@code importedKeyNotDeferrable} ...).
     */
    record ForeignKey(String name, TableRef fkTable, List<String> fkColumns,
                      TableRef pkTable, List<String> pkColumns, String pkName,
                      short updateRule, short deleteRule, short deferrability) {
        public ForeignKey {
            Objects.requireNonNull(fkTable, "fkTable");
            Objects.requireNonNull(pkTable, "pkTable");
            fkColumns = List.copyOf(fkColumns);
            pkColumns = List.copyOf(pkColumns);
            if (fkColumns.size() != pkColumns.size()) {
                throw new IllegalArgumentException("foreign key " + name + ": " + fkColumns.size()
                        + " referencing columns but " + pkColumns.size() + " referenced columns");
            }
        }

        /** A key with no declared actions: NO ACTION on update and delete, not deferrable. */
        public static ForeignKey of(String name, TableRef fkTable, List<String> fkColumns,
                                    TableRef pkTable, List<String> pkColumns, String pkName) {
            return new ForeignKey(name, fkTable, fkColumns, pkTable, pkColumns, pkName,
                    (short) DatabaseMetaData.importedKeyNoAction, (short) DatabaseMetaData.importedKeyNoAction,
                    (short) DatabaseMetaData.importedKeyNotDeferrable);
        }
    }

    /** Table description (getTables REMARKS). */
    default Optional<String> tableDescription(TableRef table) {
        return Optional.empty();
    }

    /** Column description (getColumns REMARKS). */
    default Optional<String> columnDescription(TableRef table, String column) {
        return Optional.empty();
    }

    /** Column default as SQL text (getColumns COLUMN_DEF), e.g. {@code 0} or {@code 'n/a'}. */
    default Optional<String> columnDefault(TableRef table, String column) {
        return Optional.empty();
    }

    /**
     * Whether any column of {@code table} may have a description or a default here: false lets getColumns
     * hand out a table's plain rows without asking about each column (two lookups per column add up over
     * a catalog of thousands of tables). True when unsure.
     */
    default boolean describesColumns(TableRef table) {
        return !isEmpty();
    }

    default Optional<PrimaryKey> primaryKey(TableRef table) {
        return Optional.empty();
    }

    default List<UniqueKey> uniqueKeys(TableRef table) {
        return List.of();
    }

    /** Foreign keys declared on {@code table} (it is the referencing side). */
    default List<ForeignKey> importedKeys(TableRef table) {
        return List.of();
    }

    /** Foreign keys of any table that reference {@code table}. */
    default List<ForeignKey> exportedKeys(TableRef table) {
        return List.of();
    }

    /** Version of the dataset (contract) behind the table, if the contracts layer versions it. */
    default Optional<String> datasetVersion(TableRef table) {
        return Optional.empty();
    }

    /** Whether this implementation knows nothing (lets callers skip per-column lookups). */
    default boolean isEmpty() {
        return false;
    }

    /**
     * Drops whatever this implementation cached from the engine, because DDL may have changed it.
     * {@link DfSchemaDatabaseMetaData#invalidate()} calls it, so the driver's existing hook after DDL
     * and SET reaches every source. Fixed sources (contracts) have nothing to drop.
     */
    default void invalidate() {
    }

    /**
     * Several sources asked in order: for a description, default, primary key or version the first
     * source that knows one answers; unique and foreign keys are collected from all sources, a key
     * that an earlier source already reported (same columns) left out. {@link #invalidate()} reaches
     * every source.
     */
    static ContractMetadata combine(ContractMetadata... sources) {
        return CombinedContractMetadata.of(List.of(sources));
    }

    /** The implementation with no contract metadata at all. */
    static ContractMetadata none() {
        return Empty.INSTANCE;
    }

    /** See {@link #none()}. */
    final class Empty implements ContractMetadata {
        static final Empty INSTANCE = new Empty();

        private Empty() {
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    }
}
