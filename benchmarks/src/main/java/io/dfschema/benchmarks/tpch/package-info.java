/**
 * TPC-H for this project: the data generator ({@link io.dfschema.benchmarks.tpch.TpchData}, rows from
 * io.trino.tpch written to Parquet by the driver into a cache folder outside the repository) and the 22
 * queries ({@link io.dfschema.benchmarks.tpch.TpchQueries}). One copy serves both the side-by-side
 * benchmark with DuckDB and the load test in conformance-tests.
 */
package io.dfschema.benchmarks.tpch;
