package io.dfschema.metadata.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract catalog: the datasets one session's catalog declares, and the defaults they share.
 * Immutable; read one with {@link ContractParser}, build one with {@link #builder()}, write one with
 * {@link ContractWriter}.
 *
 * @param formatVersion the format version ({@code dfschema:} key); 1
 * @param catalog       the JDBC catalog name
 * @param defaultSchema the schema of datasets that name none
 * @param profile       the hardening preset asked for (a connection property may override it)
 * @param evolution     the evolution mode of datasets that name none
 * @param datasets      the datasets, in file order (files of a folder in name order)
 * @param source        the file or folder read, or null for a contract built in code
 */
public record Contract(int formatVersion, String catalog, String defaultSchema, Profile profile,
                       EvolutionMode evolution, List<DatasetSpec> datasets, Path source) {

    /** The catalog name when the contract names none: DataFusion's default catalog. */
    public static final String DEFAULT_CATALOG = "datafusion";

    public Contract {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(evolution, "evolution");
        datasets = List.copyOf(datasets);
    }

    /** The dataset {@code schema.name}. */
    public Optional<DatasetSpec> dataset(String schema, String name) {
        return datasets.stream().filter(d -> d.schema().equals(schema) && d.name().equals(name)).findFirst();
    }

    /** The dataset {@code name} in the default schema. */
    public Optional<DatasetSpec> dataset(String name) {
        return dataset(defaultSchema, name);
    }

    /** This contract as read from, or to be written to, {@code source}. */
    public Contract withSource(Path source) {
        return new Contract(formatVersion, catalog, defaultSchema, profile, evolution, datasets, source);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Contract}. Datasets may be added as builders: their unset schema and evolution mode
     * then take the contract's defaults, as in a file.
     */
    public static final class Builder {
        private int formatVersion = CatalogRules.FORMAT_VERSION;
        private String catalog = DEFAULT_CATALOG;
        private String defaultSchema = DatasetSpec.DEFAULT_SCHEMA;
        private Profile profile = Profile.DEFAULT;
        private EvolutionMode evolution = DatasetSpec.DEFAULT_EVOLUTION;
        private final List<DatasetSpec.Builder> datasets = new ArrayList<>();
        private Path source;

        private Builder() {
        }

        public Builder formatVersion(int formatVersion) {
            this.formatVersion = formatVersion;
            return this;
        }

        public Builder catalog(String catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder defaultSchema(String defaultSchema) {
            this.defaultSchema = defaultSchema;
            return this;
        }

        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        public Builder evolution(EvolutionMode evolution) {
            this.evolution = evolution;
            return this;
        }

        public Builder dataset(DatasetSpec dataset) {
            datasets.add(dataset.toBuilder()); // a built dataset has its schema and mode set: defaults do not apply
            return this;
        }

        /** A dataset whose unset schema and evolution mode take this contract's defaults. */
        public Builder dataset(DatasetSpec.Builder dataset) {
            datasets.add(Objects.requireNonNull(dataset));
            return this;
        }

        public Builder source(Path source) {
            this.source = source;
            return this;
        }

        /**
         * Builds the contract and checks it as a contract file is checked.
         *
         * @throws ContractException listing every rule broken, with key paths such as {@code datasets[1].name}
         */
        public Contract build() {
            List<DatasetSpec> built = datasets.stream().map(b -> b.buildUnchecked(defaultSchema, evolution)).toList();
            Contract c = new Contract(formatVersion, catalog, defaultSchema, profile, evolution, built, source);
            List<Finding> findings = new ArrayList<>(CatalogRules.checkHeader(formatVersion, catalog, defaultSchema));
            for (int i = 0; i < built.size(); i++) {
                int index = i;
                DatasetRules.check(built.get(i)).forEach(f -> findings.add(f.in(index)));
            }
            findings.addAll(CatalogRules.check(built, i -> "datasets[" + i + "]"));
            ContractException.throwIfAny(findings.stream()
                    .map(f -> new ContractProblem(source, 0, f.fullPath(), f.message())).toList());
            return c;
        }
    }
}
