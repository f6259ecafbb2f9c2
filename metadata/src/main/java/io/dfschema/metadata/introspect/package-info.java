/**
 * Schema facts for code, without going through {@link java.sql.DatabaseMetaData}: what a query
 * returns, a table's columns and definition, its keys, the engine settings, a function's signatures.
 * {@link io.dfschema.metadata.introspect.SchemaIntrospector} answers each from one or two SQL
 * statements on a connection, every name bound as a parameter (or, where DataFusion needs an
 * identifier, double-quoted), and returns immutable records. docs/introspection.md describes it.
 */
package io.dfschema.metadata.introspect;
