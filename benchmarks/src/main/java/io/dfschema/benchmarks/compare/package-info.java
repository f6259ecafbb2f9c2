/**
 * The side-by-side benchmark of dfschema and DuckDB JDBC ({@code benchmarks/run-compare}): both engines
 * read the same TPC-H Parquet files through their own JDBC drivers; each workload (tpch, bulk_fetch,
 * native, latency, metadata, connect) runs on each engine in a fresh child JVM and appends raw figures to
 * results.jsonl; the parent then reports the dfschema / DuckDB ratios against the targets, in the console,
 * in a generated section of docs/benchmarks.md and as docs/benchmarks-compare.png.
 */
package io.dfschema.benchmarks.compare;
