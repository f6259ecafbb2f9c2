package io.dfschema.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One scheduler and some executors of {@code dfschema-cluster} on 127.0.0.1, as separate processes on free
 * ports, for tests: started by {@link #start}, stopped (every process killed) by {@link #close}. The binary
 * is the one the native build made ({@code -Ddfschema.cluster.binary}, set by this module's pom).
 */
final class LocalCluster implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final Path logs;
    private final int schedulerPort;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> executors = new ArrayList<>();

    private LocalCluster(Path logs, int schedulerPort) {
        this.logs = logs;
        this.schedulerPort = schedulerPort;
    }

    static Path binary() {
        String configured = System.getProperty("dfschema.cluster.binary");
        Path binary = configured != null ? Path.of(configured) : Path.of("..", "native", "target", "bin", "dfschema-cluster");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("no dfschema-cluster binary at " + binary.toAbsolutePath()
                    + ": the native build makes it when its cargo feature 'distributed' is on (the default)");
        }
        return binary;
    }

    static LocalCluster start(Path logs, int executorCount) throws IOException, InterruptedException {
        int[] ports = freePorts(1 + 2 * executorCount);
        LocalCluster cluster = new LocalCluster(logs, ports[0]);
        try {
            cluster.spawn("scheduler", List.of("scheduler", "--bind", HOST, "--port", String.valueOf(ports[0]),
                    "--executor-timeout-seconds", "6"), ports[0]);
            for (int i = 0; i < executorCount; i++) {
                Path work = Files.createDirectories(logs.resolve("executor-" + i));
                Process p = cluster.spawn("executor-" + i, List.of("executor", "--bind", HOST,
                        "--port", String.valueOf(ports[1 + 2 * i]), "--grpc-port", String.valueOf(ports[2 + 2 * i]),
                        "--scheduler", HOST + ":" + ports[0], "--concurrent-tasks", "2", "--heartbeat-seconds", "1",
                        "--work-dir", work.toString()), ports[1 + 2 * i]);
                cluster.executors.add(p);
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The JDBC URL of a session on this cluster; {@code target} is "" or a catalog path. */
    String url(String target) {
        return "jdbc:dfschema:ballista://" + HOST + ":" + schedulerPort + target;
    }

    int schedulerPort() {
        return schedulerPort;
    }

    /** Kills executor {@code i} at once (SIGKILL), as a crashed machine would vanish. */
    void killExecutor(int i) throws InterruptedException {
        Process p = executors.get(i);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    /** The last lines of every process's log, for a failure message. */
    String logTails() {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                sb.append("--- ").append(log.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> sb.append(l).append('\n'));
            }
        } catch (IOException e) {
            sb.append("(logs unreadable: ").append(e).append(")");
        }
        return sb.toString();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean allStopped() {
        return processes.stream().noneMatch(Process::isAlive);
    }

    private Process spawn(String name, List<String> args, int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).start();
        processes.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!listening(port)) {
            if (!p.isAlive()) {
                throw new IllegalStateException(name + " exited with " + p.exitValue() + ":\n" + logTails());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " does not listen on port " + port + " after 30 s:\n" + logTails());
            }
            Thread.sleep(100);
        }
        return p;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int[] freePorts(int n) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST));
                held.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket cannot lose anything
                }
            }
        }
    }
}
