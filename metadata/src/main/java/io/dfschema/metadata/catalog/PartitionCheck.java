package io.dfschema.metadata.catalog;

import io.dfschema.engine.ArrowType;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.PartitionColumn;
import io.dfschema.metadata.contract.SqlTypeSettings;
import io.dfschema.metadata.contract.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares a dataset's declared partition columns with the {@code key=value} folders its files are in:
 * a declared key no folder has, a folder key nobody declared, keys in another order, and values that
 * the declared type cannot hold. Only local folders are walked, and only the first {@value #MAX_FILES}
 * files in path order are compared.
 *
 * @param dataset the dataset, {@code schema.name}
 * @param columns one check per declared partition column, then one per undeclared folder key
 */
public record PartitionCheck(String dataset, List<ColumnCheck> columns) {
    static final int MAX_FILES = 1000;

    public PartitionCheck {
        columns = List.copyOf(columns);
    }

    public boolean ok() {
        return columns.stream().allMatch(ColumnCheck::ok);
    }

    public String table() {
        return CheckTable.render(columns);
    }

    /** The check of a local folder dataset, or null when there is nothing to walk (a file, a URL). */
    static PartitionCheck of(DatasetSpec d, Path folder, SqlTypeSettings settings) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        String extension = d.scan().fileExtension() != null ? d.scan().fileExtension() : d.format().defaultExtension();
        // key → values seen, keys in the order of the first file's folders
        Map<String, Set<String>> values = new LinkedHashMap<>();
        List<List<String>> orders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            // Sorted, so the same folders always give the same rows.
            files.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
                    .sorted()
                    .limit(MAX_FILES)
                    .forEach(p -> {
                        List<String> keys = new ArrayList<>();
                        Path rel = folder.relativize(p.getParent() == null ? folder : p.getParent());
                        for (Path seg : rel) {
                            String s = seg.toString();
                            int eq = s.indexOf('=');
                            if (eq > 0) {
                                String key = s.substring(0, eq);
                                keys.add(key);
                                values.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.substring(eq + 1));
                            }
                        }
                        if (!orders.contains(keys)) {
                            orders.add(keys);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            return new PartitionCheck(d.schema() + "." + d.name(), List.of(new ColumnCheck("", "", "",
                    "cannot list '" + folder + "': " + e.getMessage())));
        }
        List<String> declared = d.partitionColumns().stream().map(PartitionColumn::name).toList();
        List<ColumnCheck> checks = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            PartitionColumn pc = d.partitionColumns().get(i);
            ArrowType type = pc.type().toArrow(settings);
            String expected = "folder level " + (i + 1) + ", " + TypeSpec.display(type);
            Set<String> seen = values.get(pc.name());
            if (seen == null) {
                checks.add(new ColumnCheck(pc.name(), expected, "", "no folder has this key"));
                continue;
            }
            String actual = "values " + sample(seen);
            String reason = "";
            for (List<String> order : orders) {
                int at = order.indexOf(pc.name());
                if (at != i) {
                    reason = at < 0 ? "missing in some folders (" + String.join("/", order) + ")"
                            : "at folder level " + (at + 1) + " in " + String.join("/", order);
                    break;
                }
            }
            if (reason.isEmpty()) {
                String bad = seen.stream().filter(v -> !fits(v, type)).findFirst().orElse(null);
                if (bad != null) {
                    reason = "value '" + bad + "' is not a " + TypeSpec.display(type);
                }
            }
            checks.add(new ColumnCheck(pc.name(), expected, actual, reason));
        }
        for (String key : values.keySet()) {
            if (!declared.contains(key)) {
                checks.add(new ColumnCheck(key, "", "values " + sample(values.get(key)), "folder key not declared"));
            }
        }
        return new PartitionCheck(d.schema() + "." + d.name(), checks);
    }

    private static String sample(Set<String> values) {
        List<String> first = values.stream().limit(3).toList();
        return String.join(", ", first) + (values.size() > 3 ? ", ..." : "");
    }

    // Hive-style folders write NULL partitions as __HIVE_DEFAULT_PARTITION__; any type holds them.
    private static boolean fits(String v, ArrowType t) {
        if (v.equals("__HIVE_DEFAULT_PARTITION__")) {
            return true;
        }
        try {
            switch (t.id()) {
                case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 -> Long.parseLong(v);
                case FLOAT32, FLOAT64, DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> new BigDecimal(v);
                case DATE32, DATE64 -> LocalDate.parse(v);
                case BOOL -> {
                    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                        return false;
                    }
                }
                default -> {
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
