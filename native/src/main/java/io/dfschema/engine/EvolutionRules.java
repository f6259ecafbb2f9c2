package io.dfschema.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the engine reads files that differ from a dataset's declared columns (see docs/evolution.md).
 *
 * @param mode        {@code strict}, {@code compatible} or {@code lenient}
 * @param renamedFrom column to the names it had before
 * @param defaults    column to the SQL text of its default, filled in for files that lack the column
 */
public record EvolutionRules(String mode, Map<String, List<String>> renamedFrom, Map<String, String> defaults) {

    /** Every difference refused: what a registration that names no rules gets. */
    public static final EvolutionRules STRICT = new EvolutionRules("strict", Map.of(), Map.of());

    public EvolutionRules {
        Objects.requireNonNull(mode, "mode");
        Map<String, List<String>> renames = new LinkedHashMap<>();
        renamedFrom.forEach((k, v) -> renames.put(k, List.copyOf(v)));
        renamedFrom = Collections.unmodifiableMap(renames);
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** The flat {@code kind, name, value} triples the engine reads. */
    String[] flatten() {
        List<String> out = new ArrayList<>(List.of("mode", mode, ""));
        renamedFrom.forEach((column, olds) -> olds.forEach(old -> out.addAll(List.of("renamed", column, old))));
        defaults.forEach((column, sql) -> out.addAll(List.of("default", column, sql)));
        return out.toArray(new String[0]);
    }
}
