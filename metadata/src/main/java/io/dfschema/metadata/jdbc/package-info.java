/**
 * DatabaseMetaData over DataFusion's information_schema, answered from a per-connection
 * snapshot that DDL and SET invalidate, plus the in-memory result sets it returns.
 * See docs/database-metadata.md.
 */
package io.dfschema.metadata.jdbc;
