package io.dfschema.metadata.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset's evolution rules.
 *
 * @param mode        how far the files may drift from the declared columns
 * @param renamedFrom current column name to the names it had before, so files written under an old
 *                    name still map to the column (in declaration order)
 */
public record EvolutionSpec(EvolutionMode mode, Map<String, List<String>> renamedFrom) {

    public EvolutionSpec {
        Objects.requireNonNull(mode, "mode");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        renamedFrom.forEach((k, v) -> copy.put(Objects.requireNonNull(k), List.copyOf(v)));
        renamedFrom = Collections.unmodifiableMap(copy);
    }

    /** The mode without renames. */
    public static EvolutionSpec of(EvolutionMode mode) {
        return new EvolutionSpec(mode, Map.of());
    }
}
