package io.dfschema.metadata.jdbc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link ContractMetadata#combine}: several sources asked in order. Single answers come from the
 * first source that has one; key lists are concatenated in source order, a key whose columns an
 * earlier source already reported being left out, so a table whose contract and engine both know
 * the same unique key lists it once (with the contract's name, the earlier source).
 */
final class CombinedContractMetadata implements ContractMetadata {

    private final List<ContractMetadata> sources;

    private CombinedContractMetadata(List<ContractMetadata> sources) {
        this.sources = sources;
    }

    static ContractMetadata of(List<ContractMetadata> sources) {
        List<ContractMetadata> copy = List.copyOf(sources); // rejects null sources
        if (copy.isEmpty()) {
            return ContractMetadata.none();
        }
        // every source is kept, empty ones too: isEmpty() is asked per call and invalidate() must reach all
        return copy.size() == 1 ? copy.get(0) : new CombinedContractMetadata(copy);
    }

    /** The first answer of the sources that know anything (empty sources are not asked). */
    private <T> Optional<T> first(Function<ContractMetadata, Optional<T>> question) {
        for (ContractMetadata s : sources) {
            if (!s.isEmpty()) {
                Optional<T> answer = question.apply(s);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        return Optional.empty();
    }

    /** Every source's keys in order, each identity (see {@code identity}) once. */
    private <T> List<T> all(Function<ContractMetadata, List<T>> question, Function<T, Object> identity) {
        List<T> out = null;
        Set<Object> seen = null;
        for (ContractMetadata s : sources) {
            if (s.isEmpty()) {
                continue;
            }
            List<T> keys = question.apply(s);
            if (keys.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(keys.size());
                seen = new HashSet<>();
            }
            for (T k : keys) {
                if (seen.add(identity.apply(k))) {
                    out.add(k);
                }
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /** A unique key is the same key when it has the same columns, whatever their order or its name. */
    private static Object uniqueIdentity(UniqueKey k) {
        return Set.copyOf(k.columns());
    }

    /** A foreign key is the same key when it joins the same columns of the same two tables. */
    private static Object foreignIdentity(ForeignKey k) {
        return List.of(k.fkTable(), k.fkColumns(), k.pkTable(), k.pkColumns());
    }

    @Override
    public Optional<String> tableDescription(TableRef table) {
        return first(s -> s.tableDescription(table));
    }

    @Override
    public Optional<String> columnDescription(TableRef table, String column) {
        return first(s -> s.columnDescription(table, column));
    }

    @Override
    public Optional<String> columnDefault(TableRef table, String column) {
        return first(s -> s.columnDefault(table, column));
    }

    @Override
    public boolean describesColumns(TableRef table) {
        for (ContractMetadata s : sources) {
            if (s.describesColumns(table)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<PrimaryKey> primaryKey(TableRef table) {
        return first(s -> s.primaryKey(table));
    }

    @Override
    public List<UniqueKey> uniqueKeys(TableRef table) {
        return all(s -> s.uniqueKeys(table), CombinedContractMetadata::uniqueIdentity);
    }

    @Override
    public List<ForeignKey> importedKeys(TableRef table) {
        return all(s -> s.importedKeys(table), CombinedContractMetadata::foreignIdentity);
    }

    @Override
    public List<ForeignKey> exportedKeys(TableRef table) {
        return all(s -> s.exportedKeys(table), CombinedContractMetadata::foreignIdentity);
    }

    @Override
    public Optional<String> datasetVersion(TableRef table) {
        return first(s -> s.datasetVersion(table));
    }

    @Override
    public boolean isEmpty() {
        for (ContractMetadata s : sources) {
            if (!s.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void invalidate() {
        sources.forEach(ContractMetadata::invalidate);
    }
}
