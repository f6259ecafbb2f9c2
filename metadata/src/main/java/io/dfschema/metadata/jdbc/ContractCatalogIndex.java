package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractException;
import io.dfschema.metadata.contract.ContractProblem;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ForeignKeySpec;
import io.dfschema.metadata.contract.ViewColumn;
import io.dfschema.metadata.contract.ViewSpec;
import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns contracts into the lookup maps behind {@link ContractCatalogMetadata}: every dataset under
 * its name and under its versioned alias, every view declared with a dataset, keys named (see
 * {@link KeyNames}), and foreign keys resolved to the referenced table and the name of the key
 * they reference. Done once, so that lookups are map reads.
 *
 * <p>A contract already guarantees unique names within itself; across contracts of the same
 * catalog a second claim on a table name is reported as a {@link ContractException}, since the
 * engine could register only one of them.
 */
final class ContractCatalogIndex {

    /** The lookup maps: facts per table, and the foreign keys that reference each table. */
    record Built(Map<TableRef, ContractTableFacts> tables, Map<TableRef, List<ForeignKey>> exportedKeys) {
        Built {
            tables = Map.copyOf(tables);
            Map<TableRef, List<ForeignKey>> exported = new HashMap<>();
            exportedKeys.forEach((k, v) -> exported.put(k, List.copyOf(v)));
            exportedKeys = Map.copyOf(exported);
        }
    }

    /** A dataset with the names its own keys got; {@code taken} holds the names used on the table so far. */
    private record Keyed(Contract contract, int index, DatasetSpec dataset, TableRef ref, PrimaryKey primaryKey,
                         List<UniqueKey> uniqueKeys, Set<String> taken) {
    }

    private final Map<TableRef, ContractTableFacts> tables = new HashMap<>();
    private final Map<TableRef, String> declaredBy = new HashMap<>();
    private final Map<TableRef, List<ForeignKey>> exported = new HashMap<>();
    private final List<ContractProblem> problems = new ArrayList<>();

    private ContractCatalogIndex() {
    }

    /** @throws ContractException when two contracts declare the same table, alias or view name */
    static Built build(List<Contract> contracts) {
        ContractCatalogIndex index = new ContractCatalogIndex();
        // keys first, all of them: a foreign key needs the name of the key it references, which may be
        // declared later in the file or in another contract of the same catalog
        List<Keyed> keyed = new ArrayList<>();
        Map<TableRef, Keyed> byRef = new HashMap<>();
        for (Contract c : contracts) {
            for (int i = 0; i < c.datasets().size(); i++) {
                Keyed k = keys(c, i);
                keyed.add(k);
                byRef.putIfAbsent(k.ref(), k);
            }
        }
        for (Keyed k : keyed) {
            index.add(k, byRef);
        }
        if (!index.problems.isEmpty()) {
            throw new ContractException(index.problems);
        }
        return new Built(index.tables, index.exported);
    }

    private static Keyed keys(Contract c, int i) {
        DatasetSpec d = c.datasets().get(i);
        Set<String> taken = new HashSet<>();
        for (ForeignKeySpec fk : d.foreignKeys()) {
            if (fk.name() != null) {
                taken.add(fk.name()); // declared names are kept as written; generated ones avoid them
            }
        }
        PrimaryKey pk = d.primaryKey().isEmpty() ? null
                : new PrimaryKey(KeyNames.claim(KeyNames.primaryKey(d.name()), taken), d.primaryKey());
        List<UniqueKey> uniques = new ArrayList<>();
        for (List<String> columns : d.uniqueKeys()) {
            uniques.add(new UniqueKey(KeyNames.claim(KeyNames.uniqueKey(d.name(), columns), taken), columns));
        }
        return new Keyed(c, i, d, new TableRef(c.catalog(), d.schema(), d.name()), pk, uniques, taken);
    }

    private void add(Keyed k, Map<TableRef, Keyed> byRef) {
        DatasetSpec d = k.dataset();
        List<ForeignKey> imported = new ArrayList<>();
        for (ForeignKeySpec spec : d.foreignKeys()) {
            TableRef target = new TableRef(k.ref().catalog(), spec.referencedSchemaOr(d.schema()), spec.referencedDataset());
            String name = spec.name() != null ? spec.name()
                    : KeyNames.claim(KeyNames.foreignKey(d.name(), spec.columns()), k.taken());
            ForeignKey fk = ForeignKey.of(name, k.ref(), spec.columns(), target, spec.referencedColumns(),
                    referencedKeyName(byRef.get(target), spec.referencedColumns()));
            imported.add(fk);
            exported.computeIfAbsent(target, t -> new ArrayList<>()).add(fk);
        }
        String version = Integer.toString(d.version());
        Map<String, String> descriptions = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (ColumnSpec c : d.columns()) {
            putIfSet(descriptions, c.name(), c.description());
            putIfSet(defaults, c.name(), c.defaultExpression());
        }
        ContractTableFacts facts = new ContractTableFacts(d.description(), descriptions, defaults, k.primaryKey(),
                k.uniqueKeys(), imported, version);
        String at = "datasets[" + k.index() + "]";
        put(k, k.ref(), facts, at + ".name", "dataset '" + d.name() + "'");
        // the alias is a view of the same data: same documentation, but keys belong to the dataset only,
        // so that a tool does not see every key (and every foreign key) twice
        put(k, new TableRef(k.ref().catalog(), d.schema(), d.alias()), facts.withoutKeys(), at + ".version",
                "versioned name of dataset '" + d.name() + "'");
        for (int j = 0; j < d.views().size(); j++) {
            ViewSpec v = d.views().get(j);
            Map<String, String> viewDescriptions = new HashMap<>();
            for (ViewColumn c : v.columns()) {
                putIfSet(viewDescriptions, c.name(), c.description());
            }
            put(k, new TableRef(k.ref().catalog(), d.schema(), v.name()),
                    new ContractTableFacts(v.description(), viewDescriptions, Map.of(), null, List.of(), List.of(), version),
                    at + ".views[" + j + "].name", "view '" + v.name() + "' of dataset '" + d.name() + "'");
        }
    }

    /**
     * The name of the key of {@code target} made of exactly {@code columns} (in any order), or null
     * when the target is not declared in these contracts (a foreign key may point at a table registered
     * by other means; the contract rules allow it) or has no such key.
     */
    private static String referencedKeyName(Keyed target, List<String> columns) {
        if (target == null) {
            return null;
        }
        Set<String> wanted = Set.copyOf(columns);
        if (target.primaryKey() != null && wanted.equals(Set.copyOf(target.primaryKey().columns()))) {
            return target.primaryKey().name();
        }
        for (UniqueKey u : target.uniqueKeys()) {
            if (wanted.equals(Set.copyOf(u.columns()))) {
                return u.name();
            }
        }
        return null;
    }

    private void put(Keyed k, TableRef ref, ContractTableFacts facts, String path, String what) {
        String where = what + " in " + (k.contract().source() != null ? k.contract().source() : "a contract built in code");
        String previous = declaredBy.putIfAbsent(ref, where);
        if (previous != null) {
            problems.add(new ContractProblem(k.contract().source(), 0, path, "table '" + ref.catalog() + "."
                    + ref.schema() + "." + ref.table() + "' is also declared as " + previous));
            return;
        }
        tables.put(ref, facts);
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
