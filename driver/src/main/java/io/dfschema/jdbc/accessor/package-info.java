/**
 * Reading decoded columns as JDBC values.
 *
 * <p>This package owns every conversion from an engine value to what a JDBC caller sees:
 * the getters of {@link io.dfschema.jdbc.accessor.Accessor} (one implementation per type
 * family, chosen by {@link io.dfschema.jdbc.accessor.Accessors#forColumn}), the engine's display
 * text that {@code getString} returns, the {@code java.sql.Array}/{@code Struct} wrappers of
 * nested values and the small in-memory ResultSet behind {@code Array.getResultSet()}.
 * The JDBC type codes and class names come from {@code io.dfschema.metadata.types}; the
 * ResultSet that walks batches belongs to the JDBC classes and only delegates here.
 */
package io.dfschema.jdbc.accessor;
