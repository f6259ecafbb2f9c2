package io.dfschema.metadata.catalog;

import io.dfschema.engine.FieldDecl;
import io.dfschema.metadata.contract.CanonicalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The registry file beside a contract catalog: for every dataset, the canonical schema of each contract
 * version it was seen with (declared, or inferred from the files the first time), with its fingerprint.
 * It is what later connections compare the files with, so a dataset whose columns are inferred cannot
 * drift silently either. Written whole to a temporary file, fsynced and renamed into place
 * ({@link DurableFiles#replace}), so a reader, or a process started after this one was killed, sees the last
 * complete state, never half of one.
 */
public final class Registry {
    /** The registry file format; written as the {@code format} key. */
    public static final String FORMAT = "dfschema-registry-1";

    /**
     * One version of a dataset as recorded.
     *
     * @param version     the contract version
     * @param fingerprint the fingerprint of the canonical contract (declared or with inferred columns)
     * @param columns     the canonical columns (without partition columns)
     * @param source      {@code declared} or {@code inferred}
     * @param recordedAt  when it was first recorded (ISO-8601)
     */
    public record Entry(int version, String fingerprint, List<FieldDecl> columns, String source, String recordedAt) {
        public Entry {
            columns = List.copyOf(columns);
        }
    }

    private final Path file;
    private final Map<String, List<Entry>> datasets;
    private int holds;
    private boolean dirty;

    private Registry(Path file, Map<String, List<Entry>> datasets) {
        this.file = file;
        this.datasets = datasets;
    }

    /** The registry for a contract read from {@code contractSource} (a file or folder). */
    public static Path fileFor(Path contractSource) {
        if (Files.isDirectory(contractSource)) {
            return contractSource.resolve("dfschema.registry.json");
        }
        String name = contractSource.getFileName().toString();
        String stem = name.endsWith(".dfschema.yaml") ? name.substring(0, name.length() - ".dfschema.yaml".length())
                : name.replaceFirst("\\.[^.]*$", "");
        return contractSource.resolveSibling(stem + ".registry.json");
    }

    /** What a registry file held when last read or written, and that file's stamp then. */
    private record Snapshot(FileStamp stamp, Map<String, List<Entry>> datasets) {
    }

    /*
     * Every connection to a catalog opens its registry; reading a large one costs more than registering
     * its datasets, so the parsed content is reused while the file is unchanged.
     */
    private static final Map<Path, Snapshot> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads {@code file}, or starts an empty registry when it does not exist. */
    public static Registry open(Path file) throws SQLException {
        Path key = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            // Nothing recorded yet (or something that is not a registry in the way: writing will say so).
            return new Registry(file, new TreeMap<>());
        }
        Snapshot known = READ.get(key);
        FileStamp stamp = FileStamp.of(file);
        if (known != null && stamp != null && known.stamp().equals(stamp)) {
            return new Registry(file, copy(known.datasets()));
        }
        Registry r = new Registry(file, read(file));
        if (stamp != null) {
            READ.put(key, new Snapshot(stamp, copy(r.datasets)));
        }
        return r;
    }

    private static Map<String, List<Entry>> copy(Map<String, List<Entry>> m) {
        Map<String, List<Entry>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    private static Map<String, List<Entry>> read(Path file) throws SQLException {
        Map<String, List<Entry>> datasets = new TreeMap<>();
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE); // our own file: as large as the catalog needs
            Object doc = new Yaml(new SafeConstructor(options))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
            Map<?, ?> root = (Map<?, ?>) doc;
            if (!FORMAT.equals(root.get("format"))) {
                throw new SQLException("registry '" + file + "' has format " + root.get("format") + ", expected " + FORMAT,
                        "22023");
            }
            Map<?, ?> ds = (Map<?, ?>) root.get("datasets");
            for (Map.Entry<?, ?> e : ds.entrySet()) {
                List<Entry> entries = new ArrayList<>();
                for (Object o : (List<?>) ((Map<?, ?>) e.getValue()).get("versions")) {
                    Map<?, ?> v = (Map<?, ?>) o;
                    List<FieldDecl> cols = new ArrayList<>();
                    for (Object c : (List<?>) v.get("columns")) {
                        Map<?, ?> cm = (Map<?, ?>) c;
                        cols.add(new FieldDecl((String) cm.get("name"), (String) cm.get("type"),
                                Boolean.TRUE.equals(cm.get("nullable"))));
                    }
                    entries.add(new Entry(((Number) v.get("version")).intValue(), (String) v.get("fingerprint"), cols,
                            (String) v.get("source"), String.valueOf(v.get("recorded_at"))));
                }
                datasets.put((String) e.getKey(), entries);
            }
        } catch (IOException | RuntimeException e) {
            throw new SQLException("cannot read registry '" + file + "': " + e, "58030", e);
        }
        return datasets;
    }

    public Path file() {
        return file;
    }

    /** The recorded entry of {@code dataset} ({@code schema.name}) for {@code version}. */
    public Optional<Entry> entry(String dataset, int version) {
        return datasets.getOrDefault(dataset, List.of()).stream().filter(e -> e.version() == version).findFirst();
    }

    /** Every recorded version of {@code dataset}, oldest first. */
    public List<Entry> history(String dataset) {
        return List.copyOf(datasets.getOrDefault(dataset, List.of()));
    }

    /** Adds an entry and writes the file (atomically), or at {@link #release()} while held. */
    public synchronized void record(String dataset, Entry entry) throws SQLException {
        datasets.computeIfAbsent(dataset, k -> new ArrayList<>()).add(entry);
        dirty = true;
        if (holds == 0) {
            save();
        }
    }

    /** Defers writing the file until {@link #release()}: a catalog of many datasets is written once. */
    public synchronized void hold() {
        holds++;
    }

    /** Ends one {@link #hold()}; the last one writes the file if anything was recorded. */
    public synchronized void release() throws SQLException {
        if (holds > 0 && --holds > 0) {
            return;
        }
        if (dirty) {
            save();
        }
    }

    private void save() throws SQLException {
        Map<String, Object> ds = new TreeMap<>();
        datasets.forEach((name, entries) -> {
            List<Object> versions = new ArrayList<>();
            for (Entry e : entries) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("version", e.version());
                v.put("fingerprint", e.fingerprint());
                v.put("source", e.source());
                v.put("recorded_at", e.recordedAt());
                List<Object> cols = new ArrayList<>();
                for (FieldDecl c : e.columns()) {
                    cols.add(Map.of("name", c.name(), "type", c.arrowType(), "nullable", c.nullable()));
                }
                v.put("columns", cols);
                versions.add(v);
            }
            ds.put(name, Map.of("versions", versions));
        });
        String json = CanonicalJson.write(Map.of("format", FORMAT, "datasets", ds)) + "\n";
        dirty = false;
        try {
            DurableFiles.replace(file, json);
            FileStamp stamp = FileStamp.of(file);
            if (stamp != null) {
                READ.put(file.toAbsolutePath().normalize(), new Snapshot(stamp, copy(datasets)));
            }
        } catch (IOException e) {
            throw new SQLException("cannot write registry '" + file + "': " + e, "58030", e);
        }
    }
}
