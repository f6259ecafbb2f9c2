package io.dfschema.metadata.contract;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a dataset's files are listed and read: the {@code scan} keys of a dataset. Every key is
 * optional; null (or an empty sort order) means "not stated", leaving the value to the profile and the
 * engine's defaults. The registration layer applies what is stated as listing options, table options
 * or settings scoped to the table, and records it.
 *
 * @param fileSortOrder          the order the files are sorted in ({@code WITH ORDER}); empty when unknown
 * @param parquetPruning         prune row groups with Parquet statistics (parquet only)
 * @param skipMetadata           ignore the Parquet files' embedded metadata (parquet only)
 * @param skipArrowMetadata      ignore the embedded Arrow schema (parquet only)
 * @param binaryAsString         read Parquet binary columns as strings (parquet only)
 * @param schemaForceViewTypes   read Parquet strings and binaries as view types (parquet only)
 * @param inferPartitions        infer partition columns from {@code key=value} folder names
 * @param ignoreSubdirectory     ignore files in subfolders that are not partitions
 * @param listFilesCacheTtl      how long a file listing is cached
 * @param listFilesCacheLimit    size limit of the file listing cache, in bytes
 * @param metaFetchConcurrency   how many file metadata fetches run at once (at least 1)
 * @param collectStatistics      gather file statistics when registering
 * @param fileExtension          the extension of the files to read ({@code .parquet})
 * @param cache                  keep the scanned data in memory after the first scan
 * @param mutable                allow INSERT INTO the dataset
 * @param unbounded              the dataset is a stream that never ends ({@code CREATE UNBOUNDED EXTERNAL TABLE})
 */
public record ScanPolicy(List<SortKey> fileSortOrder, Boolean parquetPruning, Boolean skipMetadata,
                         Boolean skipArrowMetadata, Boolean binaryAsString, Boolean schemaForceViewTypes,
                         Boolean inferPartitions, Boolean ignoreSubdirectory, Duration listFilesCacheTtl,
                         Long listFilesCacheLimit, Integer metaFetchConcurrency, Boolean collectStatistics,
                         String fileExtension, Boolean cache, Boolean mutable, Boolean unbounded) {

    /** A policy that states nothing. */
    public static final ScanPolicy NONE = builder().build();

    public ScanPolicy {
        fileSortOrder = List.copyOf(fileSortOrder);
    }

    /** True when no key is stated. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** True when a key that only Parquet reads is stated. */
    public boolean hasParquetOnlyKeys() {
        return parquetPruning != null || skipMetadata != null || skipArrowMetadata != null
                || binaryAsString != null || schemaForceViewTypes != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().fileSortOrder(fileSortOrder).parquetPruning(parquetPruning).skipMetadata(skipMetadata)
                .skipArrowMetadata(skipArrowMetadata).binaryAsString(binaryAsString)
                .schemaForceViewTypes(schemaForceViewTypes).inferPartitions(inferPartitions)
                .ignoreSubdirectory(ignoreSubdirectory).listFilesCacheTtl(listFilesCacheTtl)
                .listFilesCacheLimit(listFilesCacheLimit).metaFetchConcurrency(metaFetchConcurrency)
                .collectStatistics(collectStatistics).fileExtension(fileExtension).cache(cache)
                .mutable(mutable).unbounded(unbounded);
    }

    /** Builds a {@link ScanPolicy}; every key starts unstated. */
    public static final class Builder {
        private List<SortKey> fileSortOrder = List.of();
        private Boolean parquetPruning;
        private Boolean skipMetadata;
        private Boolean skipArrowMetadata;
        private Boolean binaryAsString;
        private Boolean schemaForceViewTypes;
        private Boolean inferPartitions;
        private Boolean ignoreSubdirectory;
        private Duration listFilesCacheTtl;
        private Long listFilesCacheLimit;
        private Integer metaFetchConcurrency;
        private Boolean collectStatistics;
        private String fileExtension;
        private Boolean cache;
        private Boolean mutable;
        private Boolean unbounded;

        private Builder() {
        }

        public Builder fileSortOrder(List<SortKey> keys) {
            this.fileSortOrder = List.copyOf(Objects.requireNonNull(keys));
            return this;
        }

        /** Sort keys as text, e.g. {@code "path"}, {@code "ts DESC NULLS LAST"}. */
        public Builder fileSortOrder(String... keys) {
            return fileSortOrder(Arrays.stream(keys).map(SortKey::parse).toList());
        }

        public Builder parquetPruning(Boolean v) {
            this.parquetPruning = v;
            return this;
        }

        public Builder skipMetadata(Boolean v) {
            this.skipMetadata = v;
            return this;
        }

        public Builder skipArrowMetadata(Boolean v) {
            this.skipArrowMetadata = v;
            return this;
        }

        public Builder binaryAsString(Boolean v) {
            this.binaryAsString = v;
            return this;
        }

        public Builder schemaForceViewTypes(Boolean v) {
            this.schemaForceViewTypes = v;
            return this;
        }

        public Builder inferPartitions(Boolean v) {
            this.inferPartitions = v;
            return this;
        }

        public Builder ignoreSubdirectory(Boolean v) {
            this.ignoreSubdirectory = v;
            return this;
        }

        public Builder listFilesCacheTtl(Duration v) {
            this.listFilesCacheTtl = v;
            return this;
        }

        public Builder listFilesCacheLimit(Long bytes) {
            this.listFilesCacheLimit = bytes;
            return this;
        }

        public Builder metaFetchConcurrency(Integer v) {
            this.metaFetchConcurrency = v;
            return this;
        }

        public Builder collectStatistics(Boolean v) {
            this.collectStatistics = v;
            return this;
        }

        public Builder fileExtension(String v) {
            this.fileExtension = v;
            return this;
        }

        public Builder cache(Boolean v) {
            this.cache = v;
            return this;
        }

        public Builder mutable(Boolean v) {
            this.mutable = v;
            return this;
        }

        public Builder unbounded(Boolean v) {
            this.unbounded = v;
            return this;
        }

        public ScanPolicy build() {
            return new ScanPolicy(fileSortOrder, parquetPruning, skipMetadata, skipArrowMetadata, binaryAsString,
                    schemaForceViewTypes, inferPartitions, ignoreSubdirectory, listFilesCacheTtl, listFilesCacheLimit,
                    metaFetchConcurrency, collectStatistics, fileExtension, cache, mutable, unbounded);
        }
    }
}
