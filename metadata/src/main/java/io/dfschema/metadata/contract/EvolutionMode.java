package io.dfschema.metadata.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a dataset's files may drift from its declared columns. Parsed, validated and recorded here;
 * enforcing the modes at scan time is left to the registration layer.
 */
public enum EvolutionMode {
    /** The files must match the declared columns exactly. */
    STRICT,
    /** Additive changes (new nullable columns, declared renames, widening) are adapted. */
    COMPATIBLE,
    /** Anything that can be adapted is; missing columns are filled with their defaults. */
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
