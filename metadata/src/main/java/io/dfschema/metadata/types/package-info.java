/**
 * How engine (Arrow) types appear through JDBC: the {@link java.sql.Types} code, type name,
 * column size, scale, display size and the class {@code getObject} returns.
 *
 * <p>This package owns that mapping so that ResultSetMetaData, DatabaseMetaData and the
 * driver's accessors all report the same thing; docs/type-mapping.md is its readable form.
 */
package io.dfschema.metadata.types;
