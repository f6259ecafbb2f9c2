package io.dfschema.benchmarks.compare;

import io.dfschema.benchmarks.ForkedJvm;
import java.nio.file.Path;
import java.util.List;

/** Starts {@link CompareChild} for one (workload, engine) pair in a new JVM, and waits for it. */
final class ChildLauncher {
    private ChildLauncher() {}

    /** The child's exit status; its output goes to ours. */
    static int run(Workload workload, String engine, double scale, Path data, Effort effort, Path results)
            throws Exception {
        return ForkedJvm.run(CompareChild.class, List.of("--workload=" + workload.name(), "--engine=" + engine,
                "--sf=" + scale, "--data=" + data, "--effort=" + effort.name(), "--results=" + results));
    }
}
