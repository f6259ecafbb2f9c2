package io.dfschema.metadata.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The rules that span datasets: no two tables, versioned aliases or views with one name in a schema,
 * and foreign keys that point at a declared dataset name its columns and one of its keys. A foreign key
 * to a dataset the contract does not declare is allowed (it may be registered by other means).
 */
final class CatalogRules {
    /** The format version this code reads and writes. */
    static final int FORMAT_VERSION = 1;

    private final List<DatasetSpec> datasets;
    private final IntFunction<String> where;
    private final List<Finding> findings = new ArrayList<>();

    private CatalogRules(List<DatasetSpec> datasets, IntFunction<String> where) {
        this.datasets = datasets;
        this.where = where;
    }

    /** Findings on the top-level values; paths are the top-level keys. */
    static List<Finding> checkHeader(int formatVersion, String catalog, String defaultSchema) {
        List<Finding> out = new ArrayList<>();
        if (formatVersion != FORMAT_VERSION) {
            out.add(new Finding(-1, "dfschema", unsupportedVersion(formatVersion)));
        }
        String p = Names.identifierProblem("catalog name", catalog);
        if (p != null) {
            out.add(new Finding(-1, "catalog", p));
        }
        p = Names.identifierProblem("schema name", defaultSchema);
        if (p != null) {
            out.add(new Finding(-1, "default_schema", p));
        }
        return out;
    }

    static String unsupportedVersion(long version) {
        return "unsupported format version " + version + "; this version of dfschema reads version " + FORMAT_VERSION;
    }

    /**
     * Findings across {@code datasets}; {@code where} describes the dataset at an index for messages
     * ("catalog.dfschema.yaml:12", "datasets[3]").
     */
    static List<Finding> check(List<DatasetSpec> datasets, IntFunction<String> where) {
        CatalogRules r = new CatalogRules(datasets, where);
        r.names();
        r.foreignKeys();
        return r.findings;
    }

    /** What owns a qualified name, for the message about a second claim on it. */
    private record Owner(String what, int dataset) {
    }

    private void names() {
        Map<String, Owner> taken = new HashMap<>();
        Set<Integer> duplicates = new HashSet<>();
        // dataset names first, so that a clash with an alias or view is reported on the alias or view
        for (int i = 0; i < datasets.size(); i++) {
            DatasetSpec d = datasets.get(i);
            Owner prev = taken.putIfAbsent(key(d.schema(), d.name()), new Owner("dataset '" + d.name() + "'", i));
            if (prev != null) {
                duplicates.add(i);
                findings.add(new Finding(i, "name", "dataset '" + d.schema() + "." + d.name()
                        + "' is declared twice (also at " + where.apply(prev.dataset()) + ")"));
            }
        }
        for (int i = 0; i < datasets.size(); i++) {
            DatasetSpec d = datasets.get(i);
            if (duplicates.contains(i)) {
                continue; // its alias and views would only repeat the duplicate
            }
            Owner prev = taken.putIfAbsent(key(d.schema(), d.alias()), new Owner("versioned name of dataset '" + d.name() + "'", i));
            if (prev != null && prev.dataset() != i) {
                findings.add(new Finding(i, "version", "versioned name '" + d.schema() + "." + d.alias()
                        + "' is already taken by " + prev.what() + " at " + where.apply(prev.dataset())));
            }
            for (int j = 0; j < d.views().size(); j++) {
                String view = d.views().get(j).name();
                prev = taken.putIfAbsent(key(d.schema(), view), new Owner("view '" + view + "' of dataset '" + d.name() + "'", i));
                if (prev != null && prev.dataset() != i) {
                    findings.add(new Finding(i, "views[" + j + "].name", "view name '" + d.schema() + "." + view
                            + "' is already taken by " + prev.what() + " at " + where.apply(prev.dataset())));
                }
            }
        }
    }

    private void foreignKeys() {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            byName.putIfAbsent(key(datasets.get(i).schema(), datasets.get(i).name()), i);
        }
        for (int i = 0; i < datasets.size(); i++) {
            DatasetSpec d = datasets.get(i);
            for (int k = 0; k < d.foreignKeys().size(); k++) {
                ForeignKeySpec fk = d.foreignKeys().get(k);
                String schema = fk.referencedSchemaOr(d.schema());
                Integer target = byName.get(key(schema, fk.referencedDataset()));
                if (target != null) {
                    foreignKey(i, "foreign_keys[" + k + "].references.columns", fk, schema, datasets.get(target));
                }
            }
        }
    }

    private void foreignKey(int i, String path, ForeignKeySpec fk, String schema, DatasetSpec target) {
        String targetName = schema + "." + target.name();
        if (target.declaresColumns()) {
            Set<String> targetColumns = new HashSet<>();
            target.columns().forEach(c -> targetColumns.add(c.name()));
            target.partitionColumns().forEach(c -> targetColumns.add(c.name()));
            boolean missing = false;
            for (int j = 0; j < fk.referencedColumns().size(); j++) {
                String c = fk.referencedColumns().get(j);
                if (!targetColumns.contains(c)) {
                    findings.add(new Finding(i, path + "[" + j + "]", "column '" + c + "' is not a column of dataset '"
                            + targetName + "'" + Suggestions.hint(c, targetColumns)));
                    missing = true;
                }
            }
            if (missing) {
                return;
            }
        }
        Set<String> referenced = new HashSet<>(fk.referencedColumns());
        boolean isKey = referenced.equals(new HashSet<>(target.primaryKey()));
        for (List<String> unique : target.uniqueKeys()) {
            isKey |= referenced.equals(new HashSet<>(unique));
        }
        if (!isKey && !fk.referencedColumns().isEmpty()) {
            findings.add(new Finding(i, path, "columns " + fk.referencedColumns() + " are not the primary key or a unique key of dataset '"
                    + targetName + "'"));
        }
    }

    private static String key(String schema, String name) {
        return schema + "\u0000" + name;
    }
}
