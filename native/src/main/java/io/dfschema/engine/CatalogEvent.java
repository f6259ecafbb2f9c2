package io.dfschema.engine;

import java.util.List;

/**
 * What happened when the engine built a lazily registered dataset (see {@link DatasetRegistration}).
 *
 * @param catalog         the table's catalog
 * @param schema          the table's schema
 * @param name            the table's name
 * @param status          {@code resolved}, {@code drift} (the files' schema differs from the declared one),
 *                        {@code partition} (the folders contradict the declared partition columns, under strict
 *                        partition checks), {@code failed} (anything else, such as a missing folder) or
 *                        {@code cancelled} (the query building it was cancelled)
 * @param message         empty when resolved; otherwise what went wrong, naming the column and both types on drift
 * @param filesSchema     the files' schema as {@code name type, name type}, when it was inferred
 * @param partitionChecks the partition check of a local partitioned folder, one row per declared partition column
 *                        and one per undeclared folder key; empty when no check ran
 * @param millis          how long building the table took
 * @param adaptations     what reading each file as the contract takes (scan-time evolution); empty when every
 *                        file has the declared shape or the build failed
 */
public record CatalogEvent(String catalog, String schema, String name, String status, String message,
                           String filesSchema, List<PartitionFinding> partitionChecks, long millis,
                           List<AdapterEvent> adaptations) {
    public CatalogEvent {
        partitionChecks = List.copyOf(partitionChecks);
        adaptations = List.copyOf(adaptations);
    }
}
