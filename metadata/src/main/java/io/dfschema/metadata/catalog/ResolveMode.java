package io.dfschema.metadata.catalog;

import java.util.Locale;
import java.util.Optional;

/** When a contract's datasets touch their files: the {@code resolve} connection property. */
public enum ResolveMode {
    /** On first reference: connecting costs the same for one dataset or ten thousand. */
    LAZY,
    /** While connecting: drift and missing files fail the connection instead of the first query. */
    EAGER;

    public static Optional<ResolveMode> parse(String text) {
        for (ResolveMode m : values()) {
            if (m.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
