package io.dfschema.metadata.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * The hardening presets a contract can ask for. This package only knows their names, so that a
 * misspelled profile is a contract error; the session settings each one applies belong to the
 * profiles layer, and the connection property {@code profile} overrides the contract's choice.
 */
public enum Profile {
    /** DataFusion's own defaults, nothing pinned. */
    DEFAULT,
    /** Pinned settings with string view types off: SQL string types are {@code Utf8}. */
    STRICT,
    /** The same pinned settings with string view types on: SQL string types are {@code Utf8View}. */
    VIEW_TYPES;

    /** The spelling used in contract files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile spelled {@code text} in a contract file, if any. */
    public static Optional<Profile> fromYamlName(String text) {
        return Keywords.lookup(values(), text);
    }
}
