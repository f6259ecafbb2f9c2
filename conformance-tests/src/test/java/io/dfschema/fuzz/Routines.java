package io.dfschema.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The functions the engine lists in {@code information_schema.routines}, with the argument types of
 * each signature from {@code information_schema.parameters}: the source of random function calls.
 */
final class Routines {
    enum Kind { SCALAR, AGGREGATE, WINDOW }

    /** One function and its signatures, each a list of engine type names (empty for nullary or variadic ones). */
    record Routine(String name, Kind kind, List<List<String>> signatures) {}

    private final Map<Kind, List<Routine>> byKind;

    private Routines(Map<Kind, List<Routine>> byKind) {
        this.byKind = byKind;
    }

    static Routines read(Connection c) throws SQLException {
        Map<String, Kind> kinds = new TreeMap<>();
        Map<String, Map<Long, List<String>>> signatures = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT r.routine_name, r.function_type, p.rid, p.ordinal_position, p.data_type"
                     + " FROM information_schema.routines r LEFT JOIN information_schema.parameters p"
                     + " ON p.specific_name = r.specific_name AND p.parameter_mode = 'IN'"
                     + " ORDER BY 1, 3, 4")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String type = rs.getString(2);
                Kind kind = "AGGREGATE".equalsIgnoreCase(type) ? Kind.AGGREGATE
                        : "WINDOW".equalsIgnoreCase(type) ? Kind.WINDOW : Kind.SCALAR;
                kinds.putIfAbsent(name, kind);
                Map<Long, List<String>> sigs = signatures.computeIfAbsent(name, k -> new TreeMap<>());
                long rid = rs.getLong(3);
                if (!rs.wasNull()) {
                    List<String> sig = sigs.computeIfAbsent(rid, k -> new ArrayList<>());
                    long position = rs.getLong(4);
                    if (sig.size() < position) { // one row per return type may repeat a parameter
                        sig.add(rs.getString(5));
                    }
                }
            }
        }
        Map<Kind, List<Routine>> byKind = new TreeMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            List<List<String>> sigs = new ArrayList<>(signatures.get(e.getKey()).values());
            byKind.get(e.getValue()).add(new Routine(e.getKey(), e.getValue(), List.copyOf(sigs)));
        }
        if (byKind.get(Kind.SCALAR).size() < 50 || byKind.get(Kind.AGGREGATE).isEmpty()) {
            throw new IllegalStateException("information_schema.routines lists too few functions: " + byKind);
        }
        return new Routines(byKind);
    }

    Routine pick(Kind kind, Random r) {
        List<Routine> list = byKind.get(kind);
        return list.isEmpty() ? byKind.get(Kind.SCALAR).get(r.nextInt(byKind.get(Kind.SCALAR).size()))
                : list.get(r.nextInt(list.size()));
    }

    int count(Kind kind) {
        return byKind.get(kind).size();
    }
}
