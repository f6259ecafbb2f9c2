package io.dfschema.jdbc;

import io.dfschema.metadata.catalog.ContractSession;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.jdbc.ContractCatalogMetadata;
import io.dfschema.metadata.jdbc.ContractMetadata;
import java.util.List;
import java.util.Optional;

/**
 * The contract metadata of a connection's {@link ContractSession}: what its loaded contracts, and the
 * datasets registered on it since, declare. Rebuilt when that set changes, so a DatabaseMetaData a
 * tool keeps sees datasets registered later.
 */
final class SessionContractMetadata implements ContractMetadata {
    private final ContractSession session;
    private volatile int seen;
    private volatile ContractMetadata current = ContractMetadata.none();

    SessionContractMetadata(ContractSession session) {
        this.session = session;
    }

    private ContractMetadata current() {
        // Contracts are only ever added, so their count tells whether the index is current.
        if (session.generation() != seen) {
            synchronized (this) {
                int generation = session.generation();
                if (generation != seen) {
                    List<Contract> now = session.contracts();
                    current = now.isEmpty() ? ContractMetadata.none() : indexOf(now);
                    seen = generation;
                }
            }
        }
        return current;
    }

    /**
     * The contract's description; for a dataset whose last build failed, followed by why (the catalog is
     * still browsed from the contracts, so a tool shows the broken dataset and the reason next to it).
     */
    /** The index of the last single contract indexed, by identity: connections to one catalog share it. */
    private record Indexed(Contract contract, ContractCatalogMetadata metadata) {
    }

    private static volatile Indexed lastIndexed = new Indexed(null, null);

    /** Indexing a catalog of thousands of datasets costs milliseconds, so one contract is indexed once. */
    private static ContractCatalogMetadata indexOf(List<Contract> contracts) {
        if (contracts.size() != 1) {
            return ContractCatalogMetadata.of(contracts);
        }
        Indexed last = lastIndexed;
        if (last.contract() == contracts.get(0)) {
            return last.metadata();
        }
        ContractCatalogMetadata made = ContractCatalogMetadata.of(contracts);
        lastIndexed = new Indexed(contracts.get(0), made);
        return made;
    }

    @Override
    public Optional<String> tableDescription(TableRef table) {
        Optional<String> described = current().tableDescription(table);
        if (!table.catalog().equals(session.catalog())) {
            return described;
        }
        Optional<String> problem = session.buildProblem(table.schema(), table.table());
        if (problem.isEmpty()) {
            return described;
        }
        String note = BUILD_FAILED + problem.get();
        return Optional.of(described.map(d -> d + " (" + note + ")").orElse(note));
    }

    /** How getTables REMARKS introduces the reason a dataset's last build failed. */
    static final String BUILD_FAILED = "cannot be read, last build failed: ";

    @Override
    public Optional<String> columnDescription(TableRef table, String column) {
        return current().columnDescription(table, column);
    }

    @Override
    public Optional<String> columnDefault(TableRef table, String column) {
        return current().columnDefault(table, column);
    }

    @Override
    public boolean describesColumns(TableRef table) {
        return current().describesColumns(table);
    }

    @Override
    public Optional<PrimaryKey> primaryKey(TableRef table) {
        return current().primaryKey(table);
    }

    @Override
    public List<UniqueKey> uniqueKeys(TableRef table) {
        return current().uniqueKeys(table);
    }

    @Override
    public List<ForeignKey> importedKeys(TableRef table) {
        return current().importedKeys(table);
    }

    @Override
    public List<ForeignKey> exportedKeys(TableRef table) {
        return current().exportedKeys(table);
    }

    @Override
    public Optional<String> datasetVersion(TableRef table) {
        return current().datasetVersion(table);
    }

    /** Whether the contracts declare {@code table} (a dataset, its versioned alias or a view). */
    boolean declares(TableRef table) {
        return current() instanceof ContractCatalogMetadata m && m.tables().contains(table);
    }

    @Override
    public boolean isEmpty() {
        return current().isEmpty() && !session.hasBuildProblems();
    }
}
