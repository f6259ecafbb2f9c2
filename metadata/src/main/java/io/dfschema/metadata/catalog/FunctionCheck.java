package io.dfschema.metadata.catalog;

import io.dfschema.engine.NativeStats;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ViewSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the functions contracts rely on exist in this engine with a signature that takes the
 * arguments they are called with, from a snapshot of {@code information_schema.routines} and
 * {@code parameters}. A function the engine plans specially (DataFusion's {@code unnest}) is not listed
 * there, so it is checked by planning a call. Results go to {@code dfschema.function_checks} with the
 * engine version, so an engine upgrade that changes a signature shows up in diagnostics.
 */
final class FunctionCheck {
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    /**
     * A function contracts rely on: the argument count they call it with, and a call of that shape.
     * information_schema.parameters lists only fixed signatures, and these functions (variadic or
     * user-defined in DataFusion 55) have none there, so planning the call is what says whether the
     * engine takes it.
     */
    private record Required(int arguments, String probe) {
    }

    /** The functions every contract relies on, in the order they are reported. */
    private static final Map<String, Required> REQUIRED = requiredFunctions();

    /** A signature: how many arguments, and whether the last one repeats. */
    record Signature(int arguments, boolean variadic) {
        boolean accepts(int n) {
            return variadic ? n >= arguments - 1 : n == arguments;
        }

        @Override
        public String toString() {
            return arguments + (variadic ? "+" : "");
        }
    }

    /*
     * Contracts are loaded right after the session opens, before any user function can exist, so every
     * session of this engine build answers the same: the snapshot and probe results are taken once per
     * JVM and reused (rows are still written for every session).
     */
    private static volatile Map<String, Set<Signature>> engineSignatures;
    private static final Map<String, Optional<String>> PROBE_RESULTS = new ConcurrentHashMap<>();

    private FunctionCheck() {
    }

    static void run(Connection connection, Contract contract, Diagnostics diagnostics) throws SQLException {
        Map<String, Set<Signature>> signatures = engineSignatures;
        if (signatures == null) {
            signatures = snapshot(connection);
            engineSignatures = signatures;
        }
        Map<String, String> requiredBy = new LinkedHashMap<>();
        REQUIRED.keySet().forEach(f -> requiredBy.put(f, "contracts"));
        for (DatasetSpec d : contract.datasets()) {
            for (ViewSpec v : d.views()) {
                Matcher m = CALL.matcher(v.sql());
                while (m.find()) {
                    String f = m.group(1).toLowerCase(Locale.ROOT);
                    if (signatures.containsKey(f) || REQUIRED.containsKey(f)) {
                        requiredBy.merge(f, "view " + d.schema() + "." + v.name(),
                                (a, b) -> a.contains(b) ? a : a + ", " + b);
                    }
                }
            }
        }
        String engine = NativeStats.engineVersion();
        String now = diagnostics.now();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : requiredBy.entrySet()) {
            String f = e.getKey();
            Required required = REQUIRED.get(f);
            Integer n = required == null ? null : required.arguments();
            String expected = n == null ? "exists" : "takes " + n + " argument" + (n == 1 ? "" : "s");
            String status;
            String actual;
            Set<Signature> sigs = signatures.get(f);
            String listed = sigs == null ? "not in information_schema.routines"
                    : sigs.isEmpty() ? "no fixed signature listed"
                    : "signatures (" + String.join("), (", sigs.stream().map(Signature::toString).toList()) + ")";
            if (required != null) {
                String error = PROBE_RESULTS.computeIfAbsent(f,
                        k -> Optional.ofNullable(probe(connection, required.probe()))).orElse(null);
                actual = listed + "; " + (error == null ? "plans " + required.probe() : "fails " + required.probe() + ": " + error);
                status = error == null ? "ok" : sigs == null ? "missing" : "signature_mismatch";
            } else if (sigs != null) {
                actual = listed;
                status = n == null || sigs.isEmpty() || sigs.stream().anyMatch(sg -> sg.accepts(n)) ? "ok" : "signature_mismatch";
            } else {
                actual = listed;
                status = "missing";
            }
            rows.add(ContractSession.row("function_name", f, "status", status, "expected", expected, "actual", actual,
                    "engine_version", engine, "required_by", e.getValue(), "checked_at", now));
        }
        diagnostics.append(DiagnosticTable.FUNCTION_CHECKS, rows);
    }

    private static Map<String, Set<Signature>> snapshot(Connection connection) throws SQLException {
        Map<String, Set<Signature>> out = new TreeMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> variadic = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT routine_name FROM information_schema.routines")) {
                while (rs.next()) {
                    out.put(rs.getString(1).toLowerCase(Locale.ROOT),
                            new TreeSet<>((a, b) -> a.toString().compareTo(b.toString())));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT specific_name, rid, parameter_mode, is_variadic"
                    + " FROM information_schema.parameters")) {
                while (rs.next()) {
                    String key = rs.getString(1).toLowerCase(Locale.ROOT) + "\u0000" + rs.getLong(2);
                    counts.merge(key, "IN".equalsIgnoreCase(rs.getString(3)) ? 1 : 0, Integer::sum);
                    variadic.merge(key, rs.getBoolean(4), Boolean::logicalOr);
                }
            }
        }
        counts.forEach((key, n) -> {
            String name = key.substring(0, key.indexOf('\u0000'));
            Set<Signature> s = out.get(name);
            if (s != null) {
                s.add(new Signature(n, variadic.get(key)));
            }
        });
        return out;
    }

    private static Map<String, Required> requiredFunctions() {
        Map<String, Required> m = new LinkedHashMap<>();
        m.put("arrow_typeof", new Required(1, "SELECT arrow_typeof(1)"));
        m.put("arrow_metadata", new Required(1, "SELECT arrow_metadata(x) FROM (VALUES (1)) AS t(x)"));
        m.put("get_field", new Required(2, "SELECT get_field(named_struct('a', 1), 'a')"));
        m.put("map_extract", new Required(2, "SELECT map_extract(map(['k'], [1]), 'k')"));
        m.put("map_entries", new Required(1, "SELECT map_entries(map(['k'], [1]))"));
        m.put("unnest", new Required(1, "SELECT * FROM unnest(make_array(1))"));
        return m;
    }

    private static String probe(Connection connection, String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
