package io.dfschema.jdbc.it;

import io.dfschema.engine.FieldDecl;
import io.dfschema.engine.Session;
import io.dfschema.metadata.catalog.DiagnosticTable;
import io.dfschema.metadata.catalog.Diagnostics;
import io.dfschema.metadata.catalog.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link RegistryCrashIT} in a child JVM that it kills: registers dataset after dataset, each one a
 * diagnostics row and then a registry entry, printing the index once both are written. Never ends.
 * Arguments: the registry file, the diagnostics file.
 */
public final class RegistryCrashProbe {
    private RegistryCrashProbe() {
    }

    /** The entry dataset {@code i} is recorded with; the test compares the file against it. */
    static Registry.Entry entry(int i) {
        List<FieldDecl> columns = new ArrayList<>();
        for (int c = 0; c <= i % 7; c++) {
            columns.add(new FieldDecl("column_" + c + "_of_dataset_" + i, c % 2 == 0 ? "Int64" : "Utf8", c % 3 == 0));
        }
        return new Registry.Entry(1, "fingerprint-" + i, columns, "declared", "2026-01-01T00:00:00Z");
    }

    static String dataset(int i) {
        return "s.d" + i;
    }

    /** How many datasets a registry holds: they are recorded in order, so the first missing index. */
    static int recorded(Registry r) {
        int n = 0;
        while (r.entry(dataset(n), 1).isPresent()) {
            n++;
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        Path registryFile = Path.of(args[0]);
        try (Session session = Session.open(Map.of())) {
            Diagnostics diagnostics = Diagnostics.create(session, "datafusion", Path.of(args[1]));
            Registry registry = Registry.open(registryFile);
            for (int i = recorded(registry); ; i++) {
                diagnostics.append(DiagnosticTable.SETTINGS, Map.of("name", "step-" + i, "value", "x".repeat(i % 50),
                        "source", "crash-test", "profile", "default", "recorded_at", diagnostics.now()));
                registry.record(dataset(i), entry(i));
                // One write, ';' last: the test counts only lines that arrived whole.
                System.out.println(i + ";");
                System.out.flush();
            }
        }
    }
}
