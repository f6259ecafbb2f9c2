package io.dfschema.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader needs to judge the figures: when, on what machine (cores, memory, the load average at
 * the start and the end: the machine may be shared), which JVM and which versions of both engines.
 */
final class RunConditions {
    private RunConditions() {}

    static Map<String, Object> start(double scale, Effort effort, String workloads) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "run");
        m.put("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("sf", scale);
        m.put("effort", effort.name());
        m.put("workloads", workloads);
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory_gib", memoryGib());
        m.put("load_start", loadAverage());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("jvm_options", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        for (String name : Engine.BOTH) {
            Engine engine = Engine.named(name);
            try (Connection c = engine.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(engine.parallelismQuery())) {
                DatabaseMetaData md = c.getMetaData();
                String threads = rs.next() ? rs.getString(1) : "?";
                m.put(name + "_version", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()
                        + ", driver " + md.getDriverVersion() + ", " + threads + " threads");
            } catch (SQLException e) {
                m.put(name + "_version", "unavailable: " + e.getMessage());
            }
        }
        return m;
    }

    static Map<String, Object> end() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "end");
        m.put("ended", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("load_end", loadAverage());
        return m;
    }

    /**
     * One child JVM's run: the load average when it started and when it ended. The machine may be shared,
     * so the report shows, workload by workload, how busy it was.
     */
    static Map<String, Object> child(String workload, String engine, String loadBefore) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "child");
        m.put("workload", workload);
        m.put("engine", engine);
        m.put("load_start", loadBefore);
        m.put("load_end", loadAverage());
        return m;
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static long memoryGib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return Math.round(kib / 1024.0 / 1024.0);
            }
        }
        return 0;
    }
}
