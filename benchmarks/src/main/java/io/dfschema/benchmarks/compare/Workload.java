package io.dfschema.benchmarks.compare;

import java.nio.file.Path;
import java.util.List;

/** One workload of the comparison; each (workload, engine) pair runs in a child JVM of its own. */
abstract class Workload {

    /** What a workload is given: the scale factor, the TPC-H folder and how much to repeat. */
    record Context(double scale, Path tpchDir, Effort effort) {}

    private final String name;
    private final List<String> engines;

    Workload(String name, List<String> engines) {
        this.name = name;
        this.engines = engines;
    }

    final String name() {
        return name;
    }

    /** The engines it runs on, in the order they run. */
    final List<String> engines() {
        return engines;
    }

    abstract void run(Engine engine, Context context, Sink out) throws Exception;

    static List<Workload> all() {
        return List.of(new TpchWorkload(), new BulkFetchWorkload(), new NativeWorkload(), new LatencyWorkload(),
                new MetadataWorkload(), new ConnectWorkload());
    }

    static Workload named(String name) {
        return all().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown workload " + name));
    }
}
