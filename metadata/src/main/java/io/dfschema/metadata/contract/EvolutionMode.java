package io.dfschema.metadata.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a dataset's files may drift from its declared columns. The engine judges every file against the
 * declared columns under the mode when the dataset is built and reads it accordingly (docs/evolution.md).
 */
public enum EvolutionMode {
    /** The files must match the declared columns exactly (names, types, nullability where recorded). */
    STRICT,
    /**
     * Files written under earlier contract versions read correctly: missing columns take their default or NULL,
     * declared renames map, lossless promotions only, extra columns are ignored.
     */
    COMPATIBLE,
    /** As compatible, plus any cast the engine can do, each recorded as lossy. */
    LENIENT;

    /** The spelling used in contract files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode spelled {@code text} in a contract file, if any. */
    public static Optional<EvolutionMode> fromYamlName(String text) {
        return Keywords.lookup(values(), text);
    }
}
