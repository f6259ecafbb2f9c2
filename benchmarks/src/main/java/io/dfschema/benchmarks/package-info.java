/**
 * Benchmarks run by hand, each a {@code main}: bulk fetch, DatabaseMetaData, contract catalogs (connect
 * and browse) and the memory limit. The side-by-side comparison with DuckDB is in
 * {@code io.dfschema.benchmarks.compare}; the TPC-H data and queries in {@code io.dfschema.benchmarks.tpch}.
 */
package io.dfschema.benchmarks;
