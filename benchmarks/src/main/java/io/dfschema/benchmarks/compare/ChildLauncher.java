package io.dfschema.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link CompareChild} in a new JVM with this JVM's options and classpath, and waits for it. */
final class ChildLauncher {
    private ChildLauncher() {}

    /** The child's exit status; its output goes to ours. */
    static int run(Workload workload, String engine, double scale, Path data, Effort effort, Path results)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CompareChild.class.getName());
        command.add("--workload=" + workload.name());
        command.add("--engine=" + engine);
        command.add("--sf=" + scale);
        command.add("--data=" + data);
        command.add("--effort=" + effort.name());
        command.add("--results=" + results);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
