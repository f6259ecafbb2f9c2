package io.dfschema.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's memory as Linux counts it ({@code /proc/self/status}): the JVM's heap, the engine's
 * native allocations and the loaded libraries together, which is what an application embedding the
 * driver pays.
 */
final class ProcStatus {
    private ProcStatus() {}

    /** Peak resident set size since the process started, MiB. */
    static double peakRssMiB() throws IOException {
        return kib("VmHWM") / 1024.0;
    }

    /** Current resident set size, MiB. */
    static double rssMiB() throws IOException {
        return kib("VmRSS") / 1024.0;
    }

    private static long kib(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
            }
        }
        throw new IOException(field + " not in /proc/self/status");
    }
}
