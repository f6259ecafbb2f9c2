package io.dfschema.fuzz;

import java.util.Random;

/**
 * The kinds of input fuzzed, and their shares of a run: of every 25 consecutive cases, 15 are SQL,
 * 5 DatabaseMetaData calls, 3 URLs with properties and 2 mutated contracts. A case is named by its
 * kind and its index within the kind ({@code sql:1234}); the same name always generates the same input.
 */
enum InputKind {
    SQL(15), METADATA(5), URL(3), CONTRACT(2);

    private final int share;

    InputKind(int share) {
        this.share = share;
    }

    static final int ROUND = 25;

    static InputKind of(long task) {
        int slot = (int) (task % ROUND);
        for (InputKind k : values()) {
            if (slot < k.share) {
                return k;
            }
            slot -= k.share;
        }
        throw new IllegalStateException();
    }

    static long indexOf(long task) {
        InputKind k = of(task);
        int offset = 0;
        for (InputKind other : values()) {
            if (other == k) {
                break;
            }
            offset += other.share;
        }
        return (task / ROUND) * k.share + (task % ROUND) - offset;
    }

    FuzzCase generate(Random r, Workspace w) {
        return switch (this) {
            case SQL -> SqlGenerator.generate(r, w.environment().routines());
            case METADATA -> MetadataCallGenerator.generate(r);
            case URL -> UrlGenerator.generate(r, w);
            case CONTRACT -> ContractMutator.generate(r, w);
        };
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static InputKind byLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
