/**
 * The JDBC driver: URL and properties, connections, statements and streaming result sets.
 * Domain work (planning, execution, type mapping, metadata) lives in the engine and metadata
 * modules; this package adapts it to the JDBC contracts. See driver/README.md.
 */
package io.dfschema.jdbc;
