package io.dfschema.metadata.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lookup of the enum keywords of the format: each constant is spelled as its lowercase name, exactly. */
final class Keywords {
    private Keywords() {
    }

    static <E extends Enum<E>> Optional<E> lookup(E[] values, String text) {
        for (E e : values) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> List<String> spellings(E[] values) {
        return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }
}
