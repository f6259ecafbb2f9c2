package io.dfschema.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contract files mutated from real ones (the CST demo contract and the format's documented example):
 * lines dropped, repeated, swapped or re-indented, values replaced by other types, names, locations,
 * numbers and YAML specials, keys renamed, characters damaged, the file cut short; sometimes the
 * registry beside it is damaged instead. Each is opened as a catalog (lazily or eagerly), its tables
 * listed and queried, and closed. Locations stay inside the copied catalog folder.
 */
final class ContractMutator {
    private ContractMutator() {}

    private static final String[] TYPES = {"BIGINT", "INT", "VARCHAR", "DOUBLE", "BOOLEAN", "DATE", "TIMESTAMP",
        "DECIMAL(10,2)", "DECIMAL(76,2)", "DECIMAL(0,0)", "DECIMAL(-1,2)", "\"STRUCT(a BIGINT)\"", "\"STRUCT(\"",
        "\"STRUCT(bstart VARCHAR, bend BIGINT)\"", "\"MAP(VARCHAR, BIGINT)\"", "\"MAP(VARCHAR)\"", "\"BIGINT[]\"",
        "\"BIGINT[][]\"", "\"VARCHAR[]\"", "LIST<INT>", "TIMESTAMP(9) WITH TIME ZONE", "TIMESTAMP(12)", "INTERVAL",
        "BLOB", "UUID", "json", "\"STRUCT(a STRUCT(b MAP(VARCHAR, BIGINT[])))\"", "TINYINT UNSIGNED", "BYTEA"};
    private static final String[] LOCATIONS = {"data/", "data/repos.json", "data/refs.csv", "data/libcst_files/",
        "data/libcst_nodes/", "missing/", "data", ".", "\"\"", "data/libcst_files/repo=*/", "data/*.parquet",
        "data//libcst_nodes", "./data/refs.csv", "data/libcst_files/repo=none/", "cst.dfschema.yaml"};
    private static final String[] SCALARS = {"0", "-1", "1", "2", "999999999999999999999", "1e309", "1.5", "null",
        "~", "true", "false", "yes", "\"\"", "''", "[]", "{}", "[", "{", "&a", "*a", "!!binary aGk=", "!!python/object:x",
        "\"😀\"", "\"\\u0000\"", "0x10", "60s", "-60s", "1M", "10XB", "strict", "lenient", "compatible", "parquet",
        "csv", "json", "avro", "arrow", "excel", "repos", "libcst_files", "public", "information_schema",
        "\"a b\"", "SELECT 1", "\"SELECT * FROM libcst_files\"", "\"SELECT nope FROM\"", "[file_id]", "[nope]",
        "[[path]]", "{mode: strict}", "{dataset: repos, columns: [nope]}"};
    private static final Pattern VALUE = Pattern.compile("(:\\s+)([^\\s{}\\[\\],#][^,}\\]#\\n]*)");
    private static final Pattern KEY = Pattern.compile("([A-Za-z_]+):");

    static FuzzCase generate(Random r, Workspace w) {
        List<String> bases = w.environment().contractTexts();
        String text = bases.get(r.nextInt(bases.size()));
        boolean damageRegistry = r.nextInt(10) == 0;
        String mutated = damageRegistry ? text : mutate(text, r, 1 + r.nextInt(4));
        String registryText = damageRegistry ? registryDamage(r) : null;
        Properties props = new Properties();
        if (r.nextInt(3) == 0) {
            props.setProperty("resolve", "eager");
        }
        if (r.nextInt(5) == 0) {
            props.setProperty("profile", FuzzType.pick(r, new String[] {"strict", "default", "view_types"}));
        }
        long drainSeed = r.nextLong();
        return new FuzzCase() {
            @Override
            public String input() {
                return (damageRegistry ? "[registry: " + registryText + "] " : "") + props + "\n" + mutated;
            }

            @Override
            public void run(Workspace w) throws SQLException {
                Path file = w.mutationFile();
                Path registry = file.resolveSibling("cst.registry.json");
                try {
                    // getBytes, not writeString: a lone surrogate the mutation made becomes '?' instead of an IOException
                    Files.write(file, mutated.getBytes(StandardCharsets.UTF_8));
                    Files.deleteIfExists(registry);
                    if (registryText != null) {
                        Files.write(registry, registryText.getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                open(w, file, props, new Random(drainSeed));
            }
        };
    }

    private static void open(Workspace w, Path file, Properties props, Random r) throws SQLException {
        try (Connection c = w.environment().driver().connect("jdbc:dfschema:" + file, props)) {
            DatabaseMetaData md = c.getMetaData();
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, null, "%", null)) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            int queried = 0;
            for (String[] t : tables) {
                if (t[0].equals("information_schema") || queried >= 4 || r.nextInt(3) == 0) {
                    continue;
                }
                queried++;
                try (ResultSet rs = md.getColumns(null, t[0], t[1], "%")) {
                    ResultDrain.drain(rs, r);
                }
                try (Statement st = c.createStatement()) {
                    st.setQueryTimeout(w.settings().queryTimeoutSeconds());
                    try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t[0].replace("\"", "\"\"") + "\".\""
                            + t[1].replace("\"", "\"\"") + "\" LIMIT 5")) {
                        ResultDrain.drain(rs, r);
                    }
                } catch (SQLException e) {
                    ResultDrain.requireState(e); // a dataset that fails when queried is fine; others still are queried
                }
            }
        }
    }

    static String mutate(String text, Random r, int times) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < times; i++) {
            int at = r.nextInt(lines.size());
            String line = lines.get(at);
            switch (r.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    if (at + 1 < lines.size()) {
                        lines.set(at, lines.get(at + 1));
                        lines.set(at + 1, line);
                    }
                }
                case 3 -> lines.set(at, r.nextBoolean() ? "  " + line : line.replaceFirst("^  ", ""));
                case 4, 5 -> lines.set(at, replaceValue(line, r));
                case 6 -> lines.set(at, renameKey(line, r, lines));
                case 7 -> lines.set(at, TextMutator.mutate(line, r, 1));
                default -> {
                    if (r.nextInt(3) == 0) {
                        lines.subList(at, lines.size()).clear();
                        lines.add(line.substring(0, r.nextInt(line.length() + 1)));
                    } else {
                        lines.set(at, replaceValue(line, r));
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }

    private static String replaceValue(String line, Random r) {
        Matcher m = VALUE.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return line;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        String old = line.substring(s[0], s[1]);
        String replacement = old.contains("type") || line.contains("type:") && r.nextBoolean() ? FuzzType.pick(r, TYPES)
                : line.contains("location") ? FuzzType.pick(r, LOCATIONS)
                : switch (r.nextInt(3)) {
                    case 0 -> FuzzType.pick(r, TYPES);
                    default -> FuzzType.pick(r, SCALARS);
                };
        return line.substring(0, s[0]) + replacement + line.substring(s[1]);
    }

    private static String renameKey(String line, Random r, List<String> lines) {
        Matcher m = KEY.matcher(line);
        if (!m.find()) {
            return line;
        }
        String other = lines.get(r.nextInt(lines.size()));
        Matcher o = KEY.matcher(other);
        String key = o.find() && r.nextBoolean() ? o.group(1) : FuzzType.pick(r, new String[] {"nme", "Name", "x", "", "views",
            "columns", "dfschema", "datasets", "location", "format", "type"});
        return line.substring(0, m.start(1)) + key + line.substring(m.end(1));
    }

    private static String registryDamage(Random r) {
        return FuzzType.pick(r, new String[] {"", "{", "null", "[]", "{}", "{\"format\": \"dfschema-registry-1\"}",
            "{\"format\": \"dfschema-registry-9\", \"datasets\": {}}", "{\"format\": \"dfschema-registry-1\", \"datasets\": []}",
            "{\"format\": \"dfschema-registry-1\", \"datasets\": {\"repos\": [{\"version\": -1}]}}",
            "{\"format\": \"dfschema-registry-1\", \"datasets\": {\"repos\": \"x\"}}", "\u0000\u0001\u0002", "😀"});
    }
}
