package io.dfschema.metadata.catalog;

/**
 * How one stated {@code scan} key was applied, as recorded in {@code dfschema.registrations.scan_policy}.
 *
 * @param key       the contract key ({@code parquet_pruning})
 * @param value     its value as text
 * @param appliedAs where it went: {@code table option format.pruning}, {@code table setting
 *                  datafusion.execution.collect_statistics}, {@code session setting ...}, {@code WITH ORDER},
 *                  {@code listing file extension}, {@code registration}
 */
public record AppliedScanKey(String key, String value, String appliedAs) {
}
