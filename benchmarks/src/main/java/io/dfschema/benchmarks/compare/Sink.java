package io.dfschema.benchmarks.compare;

/** Where a workload reports: a figure it measured, or one it could not (an engine refused the query). */
interface Sink {
    void measured(Measurement m);

    void failed(String workload, String figure, String engine, String message);
}
