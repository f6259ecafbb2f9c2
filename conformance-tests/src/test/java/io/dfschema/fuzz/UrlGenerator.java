package io.dfschema.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * Random connection URLs and property sets, given to the driver directly (acceptsURL,
 * getPropertyInfo, connect): every URL form (in-memory, contract file or folder, repo://,
 * dataset://, foreign prefixes, broken percent-encoding), every property the driver lists with
 * values from its choices and beyond (numbers at their edges, sizes, paths, garbage), and engine keys
 * from {@code information_schema.df_settings}. A connection that opens is validated, queried and closed.
 * Every path points into the worker's own folder, so the fuzzer never touches the host's files.
 */
final class UrlGenerator {
    private UrlGenerator() {}

    private static final String[] PREFIXES = {"jdbc:dfschema:", "jdbc:dfschema:", "jdbc:dfschema:", "jdbc:dfschema:",
        "jdbc:DFSCHEMA:", "jdbc:dfschema", "jdbc:other:", "", "dfschema:", "jdbc:dfschema::", "JDBC:dfschema:"};
    private static final String[] VALUES = {"", "true", "false", "TRUE", "yes", "0", "1", "-1", "2", "8", "65536",
        "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1.5", "NaN", "512MB", "512M", "2GB",
        "0MB", "-5MB", "10XB", "1e3", " true ", "lazy", "eager", "strict", "default", "view_types", "UTC", "+02:00",
        "Europe/Paris", "Mars/Olympus", "PostgreSQL", "MySQL", "generic", "nonsense", "😀", "\u0000", "a=b&c=d",
        "%zz", "'", "\"", "x".repeat(3000), "utf8", "zstd(3)", "snappy"};

    static FuzzCase generate(Random r, Workspace w) {
        String url = url(r, w);
        Properties props = new Properties();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String key = key(r, w);
            props.setProperty(key, value(r, w, key));
        }
        boolean query = r.nextBoolean();
        return new FuzzCase() {
            @Override
            public String input() {
                return url + (props.isEmpty() ? "" : " " + props);
            }

            @Override
            public void run(Workspace w) throws SQLException {
                Driver d = w.environment().driver();
                d.acceptsURL(url);
                for (DriverPropertyInfo info : d.getPropertyInfo(url, props)) {
                    if (info.name == null) {
                        throw new IllegalStateException("getPropertyInfo returned a property without a name");
                    }
                }
                try (Connection c = d.connect(url, props)) {
                    if (c == null) {
                        return; // not a dfschema URL: the Driver contract says null
                    }
                    c.isValid(2);
                    if (query) {
                        try (Statement st = c.createStatement()) {
                            st.setQueryTimeout(w.settings().queryTimeoutSeconds());
                            try (ResultSet rs = st.executeQuery("SELECT table_schema, table_name FROM information_schema.tables")) {
                                ResultDrain.drain(rs, new Random(url.hashCode()));
                            }
                        }
                    }
                    c.getMetaData().getURL();
                }
            }
        };
    }

    private static String url(Random r, Workspace w) {
        String prefix = FuzzType.pick(r, PREFIXES);
        String target = switch (r.nextInt(14)) {
            case 0, 1 -> "";
            case 2 -> "mem:";
            case 3 -> w.contractFile().toString();
            case 4 -> w.contractFile().getParent().toString();
            case 5 -> w.dir().resolve("missing").resolve("x.dfschema.yaml").toString();
            case 6 -> w.notAContract().toString();
            case 7 -> "repo://" + w.contractFile().getParent();
            case 8 -> "repo://" + w.dir().resolve(r.nextBoolean() ? "missing" : "empty");
            case 9 -> "dataset://" + FuzzType.pick(r, new String[] {"repos", "libcst_files@1", "refs@", "nope@x", "", "@",
                "libcst_nodes@999999999999999999999"}) + "?registry=" + encode(w.contractFile().getParent().toString());
            case 10 -> "dataset://" + FuzzType.pick(r, new String[] {"repos", "", "a/b", "..", "%2e%2e"});
            case 11 -> "file:" + w.contractFile();
            case 12 -> FuzzType.pick(r, new String[] {"mem:x", "mem:?", "mem:?&&", "mem:?=1", "mem:?a", "?", "%",
                "mem:?%zz=1", "mem:?fetch_size=%", "//", "~", "mem:mem:", "\u0000"});
            default -> "mem:";
        };
        if (r.nextInt(3) == 0 && !target.contains("?")) {
            StringBuilder q = new StringBuilder("?");
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                boolean raw = r.nextInt(5) == 0;
                String k = key(r, w);
                String v = value(r, w, k);
                q.append(i > 0 ? "&" : "").append(raw ? k : encode(k)).append('=').append(raw ? v : encode(v));
            }
            target += q;
        }
        return prefix + target;
    }

    private static String key(Random r, Workspace w) {
        List<DriverPropertyInfo> props = w.environment().properties();
        List<String> engine = w.environment().engineSettings();
        return switch (r.nextInt(6)) {
            case 0, 1, 2 -> props.get(r.nextInt(props.size())).name;
            case 3, 4 -> engine.get(r.nextInt(engine.size()));
            default -> FuzzType.pick(r, new String[] {"", "datafusion.", "datafusion.nope", "USER", "Fetch_Size", "unknown",
                "datafusion.execution", "😀", " read_only"});
        };
    }

    /**
     * A value for {@code key}. A property whose description speaks of a path, file or folder gets a path
     * in the worker's folder or text that names no file: a relative name would resolve against the
     * JVM's working directory, and a diagnostics file would be written there.
     */
    private static String value(Random r, Workspace w, String key) {
        if (isPathProperty(key, w)) {
            return r.nextInt(6) == 0 ? FuzzType.pick(r, new String[] {"", "\u0000", "a\u0000b"}) : path(r, w).toString();
        }
        return switch (r.nextInt(8)) {
            case 0 -> {
                List<DriverPropertyInfo> props = w.environment().properties();
                DriverPropertyInfo p = props.get(r.nextInt(props.size()));
                yield p.choices != null && p.choices.length > 0 ? p.choices[r.nextInt(p.choices.length)] : p.value;
            }
            case 1 -> path(r, w).toString();
            default -> FuzzType.pick(r, VALUES);
        };
    }

    private static boolean isPathProperty(String key, Workspace w) {
        for (DriverPropertyInfo p : w.environment().properties()) {
            if (p.name.equalsIgnoreCase(key.trim()) && p.description != null
                    && p.description.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(path|paths|file|folder|folders|director(y|ies))\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** A path inside the worker's folder: scripts, the contract, folders, and names that do not exist yet. */
    private static Path path(Random r, Workspace w) {
        List<Path> paths = new ArrayList<>(w.initScripts());
        paths.add(w.contractFile());
        paths.add(w.dir());
        paths.add(w.dir().resolve("diagnostics-" + r.nextInt(3) + ".jsonl"));
        paths.add(w.dir().resolve("missing").resolve("deeper"));
        paths.add(w.notAContract());
        return paths.get(r.nextInt(paths.size()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
