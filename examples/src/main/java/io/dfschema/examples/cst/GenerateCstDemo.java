package io.dfschema.examples.cst;

import io.dfschema.examples.Demo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes the data files of the CST demo catalog ({@code cst/data/}) with DataFusion itself, through the
 * driver: one {@code COPY (SELECT ... FROM (VALUES ...)) TO '...'} per file (see {@link CstFiles}).
 *
 * <pre>
 * java -cp examples/target/dfschema-shell.jar io.dfschema.examples.cst.GenerateCstDemo [cst-folder]
 * </pre>
 *
 * The folder defaults to {@code cst/} in the demo folder of the source tree; the examples build runs
 * this at {@code process-classes}. The data folder is not checked in: the build makes it.
 *
 * <p>The files are written in a session with string view types off, the setting the contract's
 * {@code strict} profile pins, so their strings are Utf8 and the types the contract declares are the
 * types the files hold. DataFusion writes the same bytes for the same rows, so the output only changes
 * when the corpus does. A stamp (a hash of every COPY statement) lets a build skip the work when the data
 * folder is already up to date, and since other builds in the same tree may be reading the folder, new
 * files are written next to it and swapped in whole.
 */
public final class GenerateCstDemo {
    /** The data folder, relative to the contract file; the contract's locations point into it. */
    static final String DATA_DIR = "data";
    /** The stamp file in the data folder. */
    static final String STAMP = ".generated";

    private GenerateCstDemo() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : defaultDirectory();
        if (dir == null) {
            System.err.println("usage: GenerateCstDemo <cst-folder> (no examples/demo folder found near the code)");
            System.exit(2);
        }
        Path data = dir.toAbsolutePath().normalize().resolve(DATA_DIR);
        // Quiet when there was nothing to do: the build runs this every time.
        if (generate(dir)) {
            System.out.println("wrote the CST demo data to " + data);
        }
    }

    /** {@code cst/} in the demo folder given by the system property or environment, else of the source tree; or null. */
    static Path defaultDirectory() {
        Path demo = Demo.configuredDirectory() != null ? Demo.configuredDirectory() : Demo.sourceDirectory();
        return demo == null ? null : demo.resolve("cst");
    }

    /** Makes {@code dir/data} hold the corpus's files; false when it already did. */
    public static boolean generate(Path dir) throws Exception {
        Path data = dir.toAbsolutePath().normalize().resolve(DATA_DIR);
        List<CstFiles.Output> outputs = CstFiles.of(new CstCorpus());
        String stamp = stamp(outputs);
        if (isUpToDate(data, stamp)) {
            return false;
        }
        Path tmp = data.resolveSibling(DATA_DIR + ".tmp-" + UUID.randomUUID());
        try {
            write(outputs, tmp);
            Files.writeString(tmp.resolve(STAMP), stamp + "\n", StandardCharsets.UTF_8);
            swapIn(tmp, data);
        } finally {
            deleteTree(tmp);
        }
        return true;
    }

    static boolean isUpToDate(Path data, String stamp) throws IOException {
        Path file = data.resolve(STAMP);
        return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(stamp);
    }

    /** Runs the COPY statements into {@code dir}, then reads every file back and counts its rows. */
    private static void write(List<CstFiles.Output> outputs, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        String base = dir.toString().replace('\\', '/');
        try (Connection conn = DriverManager.getConnection("jdbc:dfschema:", stringsAsUtf8());
             Statement st = conn.createStatement()) {
            for (CstFiles.Output out : outputs) {
                Files.createDirectories(dir.resolve(out.path()).getParent());
                st.execute(out.copyTo(base));
            }
            // A file DataFusion cannot read back, or that lost rows, must never replace a good one.
            for (int i = 0; i < outputs.size(); i++) {
                CstFiles.Output out = outputs.get(i);
                st.execute("CREATE EXTERNAL TABLE check_" + i + " STORED AS " + out.storedAs()
                        + " LOCATION " + CstSql.text(base + "/" + out.path()));
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM check_" + i)) {
                    rs.next();
                    if (rs.getLong(1) != out.rows()) {
                        throw new IllegalStateException(out.path() + " has " + rs.getLong(1) + " rows, not " + out.rows());
                    }
                }
            }
        }
    }

    /** Session settings of the contract's strict profile that decide the string type: Utf8, not Utf8View. */
    static Properties stringsAsUtf8() {
        Properties p = new Properties();
        p.setProperty("datafusion.sql_parser.map_string_types_to_utf8view", "false");
        p.setProperty("datafusion.execution.parquet.schema_force_view_types", "false");
        return p;
    }

    /**
     * Replaces {@code data} by {@code fresh}. Another build may be doing the same at the same moment; the
     * corpus is the same for both, so whichever folder ends up in place is right.
     */
    private static void swapIn(Path fresh, Path data) throws IOException {
        Path old = data.resolveSibling(DATA_DIR + ".old-" + UUID.randomUUID());
        try {
            Files.move(data, old);
        } catch (NoSuchFileException e) {
            // first run, or another build moved it away
        }
        try {
            Files.move(fresh, data);
        } catch (FileAlreadyExistsException e) {
            // another build put its copy in place first
        } finally {
            deleteTree(old);
        }
    }

    /** SHA-256 over the statements that write the files: it changes whenever a file would. */
    static String stamp(List<CstFiles.Output> outputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CstFiles.Output out : outputs) {
                sha.update(out.copyTo(DATA_DIR).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
