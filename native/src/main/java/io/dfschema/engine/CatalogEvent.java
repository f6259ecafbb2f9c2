package io.dfschema.engine;

/**
 * What happened when the engine built a lazily registered dataset (see {@link DatasetRegistration}).
 *
 * @param catalog     the table's catalog
 * @param schema      the table's schema
 * @param name        the table's name
 * @param status      {@code resolved}, {@code drift} (the files' schema differs from the declared one) or
 *                    {@code failed} (anything else, such as a missing folder)
 * @param message     empty when resolved; otherwise what went wrong, naming the column and both types on drift
 * @param filesSchema the files' schema as {@code name type, name type}, when it was inferred
 * @param millis      how long building the table took
 */
public record CatalogEvent(String catalog, String schema, String name, String status, String message,
                           String filesSchema, long millis) {
}
