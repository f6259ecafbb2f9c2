package io.dfschema.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class in a new JVM with this JVM's options and classpath, as JMH forks: the child inherits
 * no JIT profile, heap or native memory from the benchmark that started it. Its output goes to ours.
 */
public final class ForkedJvm {
    private ForkedJvm() {}

    /** Starts {@code main} with {@code args} and waits; returns its exit status. */
    public static int run(Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
