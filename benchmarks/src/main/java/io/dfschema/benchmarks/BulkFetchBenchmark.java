package io.dfschema.benchmarks;

import io.dfschema.jdbc.DfSchemaResultSet;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VariableWidthFieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.util.ReusableByteArray;

/**
 * Bulk fetch: {@code rows} rows of (BIGINT, DOUBLE, VARCHAR) from {@code generate_series}, read
 * through the JDBC ResultSet (getLong/getDouble/getString per row, at several fetch sizes) and through
 * the Arrow escape hatch ({@link DfSchemaResultSet#arrowReader}), reading the same values from the
 * vectors. Each case runs {@code warmup} unmeasured rounds, then {@code runs} measured ones; the report
 * gives medians: rows/s, MB/s of payload (8 + 8 bytes + the string's UTF-8 length a row; 1 MB = 10^6
 * bytes), time to first row (from executeQuery to the first row or batch in hand), and the total.
 *
 * <pre>
 * benchmarks/run-bulk-fetch [--rows=10000000] [--warmup=2] [--runs=5] [--fork=false] [--cases=jdbc,jdbc-1000,...]
 * </pre>
 *
 * Needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} on JDK 17 (Arrow Java); the script passes it.
 * Every run checks the rows, bytes and a checksum of all values it read against the same values made
 * in Java, so no case can skip work. Each case runs in a JVM of its own ({@code --fork=false}: all in one).
 */
public final class BulkFetchBenchmark {

    /** One measured pass over the result. */
    record Sample(long rows, long payloadBytes, long firstRowNanos, long totalNanos, long checksum) {}

    /** A way of reading the result. */
    interface Case {
        String name();

        Sample run(Connection conn, String sql) throws Exception;
    }

    static String query(long rows) {
        // value: BIGINT; amount: DOUBLE; label: VARCHAR of 5..12 ASCII characters.
        return "SELECT value AS id, CAST(value AS DOUBLE) * 0.25 AS amount, "
                + "concat('row-', CAST(value AS VARCHAR)) AS label FROM generate_series(1, " + rows + ")";
    }

    static final List<String> ALL_CASES =
            List.of("jdbc", "jdbc-1000", "jdbc-8192", "jdbc-65536", "arrow", "arrow-strings", "engine");

    public static void main(String[] args) throws Exception {
        long rows = 10_000_000L;
        int warmup = 2;
        int runs = 5;
        boolean fork = true;
        boolean header = true;
        List<String> caseNames = ALL_CASES;
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            switch (kv[0]) {
                case "rows" -> rows = Long.parseLong(value.replace("_", ""));
                case "warmup" -> warmup = Integer.parseInt(value);
                case "runs" -> runs = Integer.parseInt(value);
                case "cases" -> caseNames = Arrays.asList(value.split(","));
                case "fork" -> fork = !value.equals("false");
                case "no-header" -> header = false;
                default -> {
                    System.err.println("usage: BulkFetchBenchmark [--rows=N] [--warmup=N] [--runs=N] [--fork=false] [--cases="
                            + String.join(",", ALL_CASES) + "]");
                    System.exit(2);
                }
            }
        }
        List<Case> cases = new ArrayList<>();
        for (String name : caseNames) {
            cases.add(caseNamed(name.trim()));
        }

        String sql = query(rows);
        if (header) {
            System.out.printf(Locale.ROOT, "dfschema bulk fetch: %,d rows x (BIGINT, DOUBLE, VARCHAR), %d warm-up + %d measured runs a case%s%n",
                    rows, warmup, runs, fork && cases.size() > 1 ? ", each case in a fresh JVM" : "");
            System.out.printf(Locale.ROOT, "JVM %s %s, %d cores; query: %s%n%n", System.getProperty("java.vm.version"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().availableProcessors(), sql);
            System.out.printf(Locale.ROOT, "%-15s %12s %10s %14s %12s %12s%n",
                    "case", "rows/s", "MB/s", "first row ms", "total ms", "(min..max)");
        }
        if (fork && cases.size() > 1) {
            // One JVM a case, as JMH forks: no case inherits another's JIT profile or heap.
            for (Case c : cases) {
                int code = forkCase(c.name(), rows, warmup, runs);
                if (code != 0) {
                    System.err.println("case " + c.name() + " failed (exit code " + code + ")");
                    System.exit(code);
                }
            }
            return;
        }

        Sample expected = expected(rows);
        try (Connection conn = DriverManager.getConnection("jdbc:dfschema:")) {
            for (Case c : cases) {
                for (int i = 0; i < warmup; i++) {
                    check(c, c.run(conn, sql), expected);
                }
                List<Sample> samples = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    Sample s = c.run(conn, sql);
                    check(c, s, expected);
                    samples.add(s);
                }
                report(c.name(), samples);
            }
        }
    }

    /** Runs one case in a new JVM with this JVM's options and classpath; its report line goes to our stdout. */
    private static int forkCase(String name, long rows, int warmup, int runs) throws Exception {
        return ForkedJvm.run(BulkFetchBenchmark.class, List.of("--rows=" + rows, "--warmup=" + warmup, "--runs=" + runs,
                "--cases=" + name, "--fork=false", "--no-header"));
    }

    static Case caseNamed(String name) {
        return switch (name) {
            case "jdbc" -> new JdbcCase(name, 0);
            case "arrow" -> new ArrowCase(name, false);
            case "arrow-strings" -> new ArrowCase(name, true);
            case "engine" -> new EngineCase(name);
            default -> {
                if (name.startsWith("jdbc-")) {
                    yield new JdbcCase(name, Integer.parseInt(name.substring(5)));
                }
                throw new IllegalArgumentException("unknown case " + name);
            }
        };
    }

    /** What every case must read: the same values computed in Java (x * 0.25 is exact in binary). */
    static Sample expected(long rows) {
        long sum = 0;
        long bytes = 0;
        for (long id = 1; id <= rows; id++) {
            String label = "row-" + id;
            sum += id + Double.doubleToRawLongBits(id * 0.25) * 31 + label.hashCode();
            bytes += 16 + label.length();
        }
        return new Sample(rows, bytes, 0, 0, sum);
    }

    private static void check(Case c, Sample s, Sample expected) {
        boolean valuesChecked = !(c instanceof EngineCase); // the engine case sees only the aggregates
        if (s.rows() != expected.rows() || s.payloadBytes() != expected.payloadBytes()
                || (valuesChecked && s.checksum() != expected.checksum())) {
            throw new IllegalStateException(c.name() + " read other values than expected: " + s + " vs " + expected);
        }
    }

    private static void report(String name, List<Sample> samples) {
        long[] totals = samples.stream().mapToLong(Sample::totalNanos).sorted().toArray();
        long[] firsts = samples.stream().mapToLong(Sample::firstRowNanos).sorted().toArray();
        long total = median(totals);
        Sample any = samples.get(0);
        double seconds = total / 1e9;
        System.out.printf(Locale.ROOT, "%-15s %12s %10.1f %14.2f %12.1f %12s%n",
                name,
                String.format(Locale.ROOT, "%,.0f", any.rows() / seconds),
                any.payloadBytes() / 1e6 / seconds,
                median(firsts) / 1e6,
                total / 1e6,
                String.format(Locale.ROOT, "%.0f..%.0f", totals[0] / 1e6, totals[totals.length - 1] / 1e6));
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** getLong / getDouble / getString for every row, with the given fetch size (0: the driver's default). */
    record JdbcCase(String name, int fetchSize) implements Case {
        @Override
        public Sample run(Connection conn, String sql) throws SQLException {
            long rows = 0;
            long bytes = 0;
            long sum = 0;
            long firstRow = -1;
            long start = System.nanoTime();
            try (Statement st = conn.createStatement()) {
                if (fetchSize > 0) {
                    st.setFetchSize(fetchSize);
                }
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        if (firstRow < 0) {
                            firstRow = System.nanoTime() - start;
                        }
                        long id = rs.getLong(1);
                        double amount = rs.getDouble(2);
                        String label = rs.getString(3);
                        sum += id + Double.doubleToRawLongBits(amount) * 31 + label.hashCode();
                        bytes += 16 + label.length(); // ASCII: one byte a character
                        rows++;
                    }
                }
            }
            return new Sample(rows, bytes, firstRow, System.nanoTime() - start, sum);
        }
    }

    /**
     * The floor: DataFusion makes the same rows and aggregates them (count, sum of label lengths), so
     * only one row crosses into Java. What the other cases take beyond this is the cost of the transfer
     * and of reading the values in Java.
     */
    record EngineCase(String name) implements Case {
        @Override
        public Sample run(Connection conn, String sql) throws SQLException {
            long start = System.nanoTime();
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), sum(character_length(label)) FROM (" + sql + ")")) {
                rs.next();
                long firstRow = System.nanoTime() - start;
                long rows = rs.getLong(1);
                long bytes = 16 * rows + rs.getLong(2);
                return new Sample(rows, bytes, firstRow, System.nanoTime() - start, 0);
            }
        }
    }

    /**
     * The Arrow escape hatch: the result set hands its stream to Arrow Java over the C data interface.
     * Without {@code strings}, each label's bytes are read into a reused buffer (what a columnar consumer
     * does); with it, each label becomes a {@code String}, as {@code getString} returns.
     */
    record ArrowCase(String name, boolean strings) implements Case {
        @Override
        public Sample run(Connection conn, String sql) throws Exception {
            long rows = 0;
            long bytes = 0;
            long sum = 0;
            long firstRow = -1;
            long start = System.nanoTime();
            ReusableByteArray buffer = new ReusableByteArray();
            try (BufferAllocator allocator = new RootAllocator();
                 Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery(sql);
                 ArrowReader reader = rs.unwrap(DfSchemaResultSet.class).arrowReader(allocator)) {
                while (reader.loadNextBatch()) {
                    if (firstRow < 0) {
                        firstRow = System.nanoTime() - start;
                    }
                    VectorSchemaRoot root = reader.getVectorSchemaRoot();
                    BigIntVector ids = (BigIntVector) root.getVector(0);
                    Float8Vector amounts = (Float8Vector) root.getVector(1);
                    FieldVector labelVector = root.getVector(2);
                    VariableWidthFieldVector labels = (VariableWidthFieldVector) labelVector;
                    int n = root.getRowCount();
                    for (int i = 0; i < n; i++) {
                        long id = ids.get(i);
                        double amount = amounts.get(i);
                        int labelHash;
                        int length;
                        if (strings) {
                            String label = new String(labels.get(i), StandardCharsets.UTF_8);
                            labelHash = label.hashCode();
                            length = label.length();
                        } else {
                            labels.read(i, buffer);
                            length = (int) buffer.getLength();
                            labelHash = stringHash(buffer.getBuffer(), length);
                        }
                        sum += id + Double.doubleToRawLongBits(amount) * 31 + labelHash;
                        bytes += 16 + length;
                    }
                    rows += n;
                }
            }
            return new Sample(rows, bytes, firstRow, System.nanoTime() - start, sum);
        }

        /** String.hashCode of ASCII bytes, so both paths' checksums agree without making Strings. */
        private static int stringHash(byte[] bytes, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + bytes[i];
            }
            return h;
        }
    }

    private BulkFetchBenchmark() {}
}
