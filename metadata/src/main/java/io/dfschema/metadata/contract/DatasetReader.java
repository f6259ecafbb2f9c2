package io.dfschema.metadata.contract;

import static io.dfschema.metadata.contract.ContractKeys.*;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one {@code datasets[i]} mapping into a dataset builder. Shape problems (unknown keys, wrong
 * value kinds, unparseable types, durations, ...) are reported here; the rules about names and
 * references are checked afterwards on the model ({@link DatasetRules}). Where a value cannot be read, a
 * placeholder keeps the dataset whole so that the other problems are still found; the parser never
 * returns a contract with a placeholder in it, because a placeholder always comes with a problem.
 */
final class DatasetReader {
    private static final TypeSpec PLACEHOLDER_TYPE = TypeSpec.parse("VARCHAR");

    private final YamlMap m;
    private final Path baseDir;
    private final FileProblems problems;

    private DatasetReader(YamlMap m, Path baseDir) {
        this.m = m;
        this.baseDir = baseDir;
        this.problems = m.problems();
    }

    /** The dataset at {@code node}, or null (with a problem) when it is not a mapping. */
    static DatasetSpec.Builder read(Node node, String path, Path baseDir, FileProblems problems) {
        YamlMap m = YamlMap.of(node, path, problems);
        return m == null ? null : new DatasetReader(m, baseDir).read();
    }

    private DatasetSpec.Builder read() {
        m.allowOnly(DATASET);
        String name = m.require(NAME) ? m.text(NAME) : null;
        DatasetSpec.Builder b = DatasetSpec.builder(name == null ? "" : name);
        String schema = m.text(SCHEMA);
        if (schema != null) {
            b.schema(schema);
        }
        Long version = m.integer(VERSION);
        if (version != null) {
            if (version < Integer.MIN_VALUE || version > Integer.MAX_VALUE) {
                m.problem(VERSION, "version " + version + " is too large");
            } else {
                b.version(version.intValue());
            }
        }
        b.description(m.text(DESCRIPTION));
        b.format(DataFormat.PARQUET); // placeholder, replaced below or reported
        if (m.require(FORMAT)) {
            m.keyword(FORMAT, "format", DataFormat.values(), DataFormat::fromYamlName).ifPresent(b::format);
        }
        String location = m.text(LOCATION);
        if (location != null) {
            b.location(Locations.resolve(location, baseDir));
        }
        options(b);
        partitionColumns(b);
        b.scan(ScanPolicyReader.read(m.map(SCAN)));
        columns(b);
        keys(b);
        foreignKeys(b);
        evolution(b);
        views(b);
        return b;
    }

    private void options(DatasetSpec.Builder b) {
        YamlMap o = m.map(OPTIONS);
        if (o == null) {
            return;
        }
        for (String key : o.keys()) {
            Node v = o.raw(key);
            if (v instanceof ScalarNode) {
                b.option(key, YamlMap.text(v, o.child(key), problems));
            } else if (v == null) {
                o.problem(key, "option '" + key + "' has no value");
            } else {
                o.problem(key, "option values must be text, numbers or booleans, got " + YamlMap.describe(v));
            }
        }
    }

    private void partitionColumns(DatasetSpec.Builder b) {
        forEachMap(m, PARTITION_COLUMNS, c -> {
            c.allowOnly(PARTITION_COLUMN);
            String name = c.require(NAME) ? c.text(NAME) : null;
            TypeSpec type = type(c);
            b.partitionColumn(new PartitionColumn(name == null ? "" : name, type));
        });
    }

    private void columns(DatasetSpec.Builder b) {
        if (m.raw(COLUMNS) instanceof SequenceNode s && s.getValue().isEmpty()) {
            m.problem(COLUMNS, "columns must not be empty; leave the key out to infer the columns from the files");
        }
        forEachMap(m, COLUMNS, c -> {
            c.allowOnly(COLUMN);
            String name = c.require(NAME) ? c.text(NAME) : null;
            TypeSpec type = type(c);
            Boolean nullable = c.bool(NULLABLE);
            b.column(new ColumnSpec(name == null ? "" : name, type, nullable == null || nullable,
                    c.text(DESCRIPTION), c.text(DEFAULT)));
        });
    }

    private void keys(DatasetSpec.Builder b) {
        List<String> pk = m.textList(PRIMARY_KEY);
        if (pk != null) {
            if (pk.isEmpty()) {
                m.problem(PRIMARY_KEY, "primary_key must not be empty; leave the key out when there is none");
            }
            b.primaryKey(pk.toArray(String[]::new));
        }
        List<Node> unique = m.list(UNIQUE);
        if (unique != null) {
            for (int i = 0; i < unique.size(); i++) {
                String path = m.child(UNIQUE) + "[" + i + "]";
                Node item = unique.get(i);
                if (item instanceof SequenceNode s) {
                    List<String> cols = new ArrayList<>();
                    for (int j = 0; j < s.getValue().size(); j++) {
                        problems.remember(path + "[" + j + "]", s.getValue().get(j));
                        String t = YamlMap.text(s.getValue().get(j), path + "[" + j + "]", problems);
                        if (t != null) {
                            cols.add(t);
                        }
                    }
                    b.unique(cols.toArray(String[]::new));
                } else {
                    problems.add(item, path, "expected a list of columns such as [a, b], got " + YamlMap.describe(item));
                }
            }
        }
    }

    private void foreignKeys(DatasetSpec.Builder b) {
        forEachMap(m, FOREIGN_KEYS, f -> {
            f.allowOnly(FOREIGN_KEY);
            List<String> columns = f.require(COLUMNS) ? f.textList(COLUMNS) : null;
            String schema = null;
            String dataset = null;
            List<String> referenced = null;
            if (f.require(REFERENCES)) {
                YamlMap r = f.map(REFERENCES);
                if (r != null) {
                    r.allowOnly(REFERENCE);
                    schema = r.text(SCHEMA);
                    dataset = r.require(DATASET_KEY) ? r.text(DATASET_KEY) : null;
                    referenced = r.require(COLUMNS) ? r.textList(COLUMNS) : null;
                }
            }
            b.foreignKey(new ForeignKeySpec(f.text(NAME), columns == null ? List.of() : columns, schema,
                    dataset == null ? "" : dataset, referenced == null ? List.of() : referenced));
        });
    }

    private void evolution(DatasetSpec.Builder b) {
        Node node = m.raw(EVOLUTION);
        if (node == null) {
            return;
        }
        if (node instanceof ScalarNode) {
            // shorthand: `evolution: compatible` states the mode only, like the top-level key
            m.keyword(EVOLUTION, "evolution mode", EvolutionMode.values(), EvolutionMode::fromYamlName).ifPresent(b::evolution);
            return;
        }
        YamlMap e = m.map(EVOLUTION);
        if (e == null) {
            return;
        }
        e.allowOnly(EVOLUTION_KEYS);
        e.keyword(MODE, "evolution mode", EvolutionMode.values(), EvolutionMode::fromYamlName).ifPresent(b::evolution);
        YamlMap renames = e.map(RENAMED_FROM);
        if (renames != null) {
            for (String column : renames.keys()) {
                List<String> old = renames.textList(column);
                if (old != null) {
                    b.renamedFrom(column, old.toArray(String[]::new));
                } else if (!renames.has(column)) {
                    renames.problem(column, "expected a list of old names such as [old_name], got nothing");
                }
            }
        }
    }

    private void views(DatasetSpec.Builder b) {
        forEachMap(m, VIEWS, v -> {
            v.allowOnly(VIEW);
            String name = v.require(NAME) ? v.text(NAME) : null;
            String sql = v.require(SQL) ? v.text(SQL) : null;
            ViewSpec.Builder vb = ViewSpec.builder(name == null ? "" : name, sql == null ? "" : sql)
                    .description(v.text(DESCRIPTION));
            forEachMap(v, COLUMNS, c -> {
                c.allowOnly(VIEW_COLUMN);
                String cname = c.require(NAME) ? c.text(NAME) : null;
                vb.column(new ViewColumn(cname == null ? "" : cname, type(c), c.bool(NULLABLE), c.text(DESCRIPTION)));
            });
            b.view(vb.build());
        });
    }

    /** The required {@code type} of a column-like mapping, or a placeholder (with a problem). */
    private TypeSpec type(YamlMap c) {
        if (!c.require(TYPE)) {
            return PLACEHOLDER_TYPE;
        }
        String text = c.text(TYPE);
        if (text == null) {
            return PLACEHOLDER_TYPE;
        }
        try {
            return TypeSpec.parse(text);
        } catch (TypeSpecException e) {
            c.problem(TYPE, e.getMessage());
            return PLACEHOLDER_TYPE;
        }
    }

    /** Reads each item of the list at {@code key} as a mapping. */
    private static void forEachMap(YamlMap parent, String key, Consumer<YamlMap> read) {
        List<Node> items = parent.list(key);
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            YamlMap item = YamlMap.of(items.get(i), parent.child(key) + "[" + i + "]", parent.problems());
            if (item != null) {
                read.accept(item);
            }
        }
    }
}
