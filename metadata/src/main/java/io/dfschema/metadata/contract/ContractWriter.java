package io.dfschema.metadata.contract;

import static io.dfschema.metadata.contract.ContractKeys.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Contract} as a contract file. The output is stable (keys in the order of
 * docs/contract-format.md, unstated values left out, one spelling per value) and reads back as an
 * equal contract: {@code ContractParser.parse(write(c, f), f).equals(c.withSource(f))}. Datasets keep
 * their schema and version explicitly; their evolution is written only where it differs from the
 * contract's default. Thread-safe (stateless).
 */
public final class ContractWriter {
    private final StringBuilder out = new StringBuilder();
    private final Contract contract;
    private final Path baseDir;

    private ContractWriter(Contract contract, Path baseDir) {
        this.contract = contract;
        this.baseDir = baseDir;
    }

    /** The contract as YAML, locations as stored (absolute when read from a file). */
    public static String write(Contract contract) {
        return write(contract, null);
    }

    /**
     * The contract as YAML for the file {@code target}: locations inside target's folder are written
     * relative to it, so the file can move together with its data.
     */
    public static String write(Contract contract, Path target) {
        Path base = target == null ? null : target.toAbsolutePath().normalize().getParent();
        ContractWriter w = new ContractWriter(contract, base);
        w.contract();
        return w.out.toString();
    }

    /** Writes the contract to {@code file}, replacing it in one step (a reader never sees half a file). */
    public static void writeFile(Contract contract, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, write(contract, file), StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void contract() {
        line(0, DFSCHEMA + ": " + contract.formatVersion());
        line(0, CATALOG + ": " + YamlText.scalar(contract.catalog()));
        line(0, DEFAULT_SCHEMA + ": " + YamlText.scalar(contract.defaultSchema()));
        line(0, PROFILE + ": " + contract.profile().yamlName());
        line(0, EVOLUTION + ": " + contract.evolution().yamlName());
        if (contract.datasets().isEmpty()) {
            line(0, DATASETS + ": []");
            return;
        }
        line(0, DATASETS + ":");
        contract.datasets().forEach(this::dataset);
    }

    private void dataset(DatasetSpec d) {
        line(2, "- " + NAME + ": " + YamlText.scalar(d.name()));
        int in = 4;
        line(in, SCHEMA + ": " + YamlText.scalar(d.schema()));
        line(in, VERSION + ": " + d.version());
        text(in, DESCRIPTION, d.description());
        line(in, FORMAT + ": " + d.format().yamlName());
        if (d.location() != null) {
            line(in, LOCATION + ": " + YamlText.scalar(Locations.relativize(d.location(), baseDir)));
        }
        if (!d.options().isEmpty()) {
            line(in, OPTIONS + ":");
            d.options().forEach((k, v) -> line(in + 2, YamlText.scalar(k) + ": " + YamlText.scalar(v)));
        }
        if (!d.partitionColumns().isEmpty()) {
            line(in, PARTITION_COLUMNS + ":");
            d.partitionColumns().forEach(p -> line(in + 2, "- " + flow(List.of(pair(NAME, p.name()), pair(TYPE, p.type().text())))));
        }
        scan(in, d.scan());
        if (!d.columns().isEmpty()) {
            line(in, COLUMNS + ":");
            d.columns().forEach(c -> line(in + 2, "- " + column(c)));
        }
        if (!d.primaryKey().isEmpty()) {
            line(in, PRIMARY_KEY + ": " + YamlText.flowList(d.primaryKey()));
        }
        if (!d.uniqueKeys().isEmpty()) {
            line(in, UNIQUE + ": [" + String.join(", ", d.uniqueKeys().stream().map(YamlText::flowList).toList()) + "]");
        }
        foreignKeys(in, d.foreignKeys());
        evolution(in, d.evolution());
        views(in, d.views());
    }

    private void scan(int in, ScanPolicy s) {
        if (s.isEmpty()) {
            return;
        }
        line(in, SCAN + ":");
        int i = in + 2;
        if (!s.fileSortOrder().isEmpty()) {
            line(i, FILE_SORT_ORDER + ": " + YamlText.flowList(s.fileSortOrder().stream().map(SortKey::text).toList()));
        }
        value(i, PARQUET_PRUNING, s.parquetPruning());
        value(i, SKIP_METADATA, s.skipMetadata());
        value(i, SKIP_ARROW_METADATA, s.skipArrowMetadata());
        value(i, BINARY_AS_STRING, s.binaryAsString());
        value(i, SCHEMA_FORCE_VIEW_TYPES, s.schemaForceViewTypes());
        value(i, INFER_PARTITIONS, s.inferPartitions());
        value(i, IGNORE_SUBDIRECTORY, s.ignoreSubdirectory());
        value(i, LIST_FILES_CACHE_TTL, s.listFilesCacheTtl() == null ? null : Quantities.formatDuration(s.listFilesCacheTtl()));
        value(i, LIST_FILES_CACHE_LIMIT, s.listFilesCacheLimit() == null ? null : Quantities.formatSize(s.listFilesCacheLimit()));
        value(i, META_FETCH_CONCURRENCY, s.metaFetchConcurrency());
        value(i, COLLECT_STATISTICS, s.collectStatistics());
        if (s.fileExtension() != null) {
            line(i, FILE_EXTENSION + ": " + YamlText.scalar(s.fileExtension()));
        }
        value(i, CACHE, s.cache());
        value(i, MUTABLE, s.mutable());
        value(i, UNBOUNDED, s.unbounded());
    }

    private String column(ColumnSpec c) {
        List<String> pieces = new ArrayList<>(List.of(pair(NAME, c.name()), pair(TYPE, c.type().text())));
        if (!c.nullable()) {
            pieces.add(NULLABLE + ": false");
        }
        if (c.description() != null) {
            pieces.add(pair(DESCRIPTION, c.description()));
        }
        if (c.defaultExpression() != null) {
            pieces.add(pair(DEFAULT, c.defaultExpression()));
        }
        return flow(pieces);
    }

    private void foreignKeys(int in, List<ForeignKeySpec> keys) {
        if (keys.isEmpty()) {
            return;
        }
        line(in, FOREIGN_KEYS + ":");
        for (ForeignKeySpec fk : keys) {
            String prefix = "- ";
            if (fk.name() != null) {
                line(in + 2, prefix + NAME + ": " + YamlText.scalar(fk.name()));
                prefix = "  ";
            }
            line(in + 2, prefix + COLUMNS + ": " + YamlText.flowList(fk.columns()));
            List<String> ref = new ArrayList<>();
            if (fk.referencedSchema() != null) {
                ref.add(pair(SCHEMA, fk.referencedSchema()));
            }
            ref.add(pair(DATASET_KEY, fk.referencedDataset()));
            ref.add(COLUMNS + ": " + YamlText.flowList(fk.referencedColumns()));
            line(in + 4, REFERENCES + ": " + flow(ref));
        }
    }

    private void evolution(int in, EvolutionSpec e) {
        if (e.mode() == contract.evolution() && e.renamedFrom().isEmpty()) {
            return; // the contract's default already says it
        }
        line(in, EVOLUTION + ":");
        line(in + 2, MODE + ": " + e.mode().yamlName());
        if (!e.renamedFrom().isEmpty()) {
            line(in + 2, RENAMED_FROM + ":");
            for (Map.Entry<String, List<String>> r : e.renamedFrom().entrySet()) {
                line(in + 4, YamlText.scalar(r.getKey()) + ": " + YamlText.flowList(r.getValue()));
            }
        }
    }

    private void views(int in, List<ViewSpec> views) {
        if (views.isEmpty()) {
            return;
        }
        line(in, VIEWS + ":");
        for (ViewSpec v : views) {
            line(in + 2, "- " + NAME + ": " + YamlText.scalar(v.name()));
            int vi = in + 4;
            text(vi, DESCRIPTION, v.description());
            text(vi, SQL, v.sql());
            if (!v.columns().isEmpty()) {
                line(vi, COLUMNS + ":");
                for (ViewColumn c : v.columns()) {
                    List<String> pieces = new ArrayList<>(List.of(pair(NAME, c.name()), pair(TYPE, c.type().text())));
                    if (c.nullable() != null) {
                        pieces.add(NULLABLE + ": " + c.nullable());
                    }
                    if (c.description() != null) {
                        pieces.add(pair(DESCRIPTION, c.description()));
                    }
                    line(vi + 2, "- " + flow(pieces));
                }
            }
        }
    }

    /** {@code key: value} with the value spelled as a scalar. */
    private static String pair(String key, String value) {
        return key + ": " + YamlText.scalar(value);
    }

    /** {@code {a: 1, b: 2}} from pieces made by {@link #pair}. */
    private static String flow(List<String> pieces) {
        return "{" + String.join(", ", pieces) + "}";
    }

    /** A text value: a literal block when it spans lines and fits one, else a scalar. */
    private void text(int in, String key, String value) {
        if (value == null) {
            return;
        }
        if (YamlText.literalBlockFits(value)) {
            line(in, key + ": |-");
            for (String l : value.split("\n", -1)) {
                line(l.isEmpty() ? 0 : in + 2, l);
            }
        } else {
            line(in, key + ": " + YamlText.scalar(value));
        }
    }

    private void value(int in, String key, Object value) {
        if (value != null) {
            line(in, key + ": " + value);
        }
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(text.isEmpty() ? 0 : indent)).append(text).append('\n');
    }
}
