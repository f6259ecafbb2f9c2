package io.dfschema.metadata.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The engine's functions from information_schema.routines and information_schema.parameters,
 * grouped into overloads. DataFusion lists a function once per distinct return type in routines
 * and once per example signature (column {@code rid}) in parameters, all under
 * {@code specific_name} = the function name; one {@link Overload} here is one (function, rid).
 */
public final class RoutineSnapshot {

    /** One row of information_schema.routines. */
    public record RoutineInfo(String catalog, String schema, String specificName, String name,
                              String routineType, Boolean deterministic, String dataType,
                              String functionType, String description, String syntaxExample) {
        public RoutineInfo {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
            if (specificName == null) {
                specificName = name;
            }
        }
    }

    /**
     * One row of information_schema.parameters: {@code mode} "IN" (ordinal 1..n) or "OUT" (the
     * return value, ordinal 1); {@code dataType} is DataFusion's logical type display ("Int64",
     * "String", "Decimal(38, 10)" ...).
     */
    public record ParameterInfo(String catalog, String schema, String specificName, int ordinal, String mode,
                                String name, String dataType, String defaultValue, boolean variadic, int rid) {
        public ParameterInfo {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(specificName, "specificName");
        }
    }

    /**
     * One callable signature of a function.
     *
     * @param specificName unique within (catalog, schema): the function name when it has one
     *                     signature, else {@code name(type, type)} of its IN parameters, followed by
     *                     {@code ": result type"} when several signatures take the same types; a table
     *                     function that shares its name with another function is
     *                     {@code "name (table function)"}
     * @param functionType routines.function_type: SCALAR, AGGREGATE, WINDOW or TABLE (null if unknown)
     * @param inputs       IN parameters in ordinal order
     * @param result       the OUT row (return type), null if unknown
     */
    public record Overload(String catalog, String schema, String name, String specificName, String functionType,
                           String description, List<ParameterInfo> inputs, ParameterInfo result) {
        public Overload {
            inputs = List.copyOf(inputs);
        }
    }

    private final List<RoutineInfo> routines;
    private final List<Overload> overloads;
    private final Set<String> names;

    private RoutineSnapshot(List<RoutineInfo> routines, List<Overload> overloads, Set<String> names) {
        this.routines = routines;
        this.overloads = overloads;
        this.names = names;
    }

    public static RoutineSnapshot empty() {
        return of(List.of(), List.of());
    }

    /** Appended to a table function's SPECIFIC_NAME when a scalar/aggregate/window function has the same name. */
    static final String TABLE_FUNCTION_SUFFIX = " (table function)";

    public static RoutineSnapshot of(List<RoutineInfo> routines, List<ParameterInfo> parameters) {
        // (catalog, schema, name, kind) -> first routine row; keeps function type and description. DataFusion
        // can have a table function and a scalar function of the same name (generate_series, range): both
        // are kept, as separate overloads.
        Map<List<String>, RoutineInfo> byFunction = new TreeMap<>(RoutineSnapshot::compareKeys);
        Set<String> names = new HashSet<>();
        for (RoutineInfo r : routines) {
            String kind = isTable(r) ? "TABLE" : "";
            byFunction.putIfAbsent(List.of(r.catalog(), r.schema(), r.name(), kind), r);
            names.add(r.name());
        }
        // (catalog, schema, specific name) -> rid -> parameters
        Map<List<String>, Map<Integer, List<ParameterInfo>>> sigs = new HashMap<>();
        for (ParameterInfo p : parameters) {
            sigs.computeIfAbsent(List.of(p.catalog(), p.schema(), p.specificName()), k -> new TreeMap<>())
                    .computeIfAbsent(p.rid(), k -> new ArrayList<>()).add(p);
        }
        List<Overload> out = new ArrayList<>();
        for (Map.Entry<List<String>, RoutineInfo> e : byFunction.entrySet()) {
            RoutineInfo r = e.getValue();
            if (isTable(r)) {
                // information_schema does not expose a table function's signature
                boolean shared = byFunction.containsKey(List.of(r.catalog(), r.schema(), r.name(), ""));
                out.add(new Overload(r.catalog(), r.schema(), r.name(),
                        shared ? r.name() + TABLE_FUNCTION_SUFFIX : r.name(), r.functionType(), r.description(),
                        List.of(), null));
                continue;
            }
            Map<Integer, List<ParameterInfo>> byRid = sigs.get(List.of(r.catalog(), r.schema(), r.specificName()));
            if (byRid == null || byRid.isEmpty()) {
                out.add(new Overload(r.catalog(), r.schema(), r.name(), r.name(), r.functionType(),
                        r.description(), List.of(), null));
                continue;
            }
            record Sig(int rid, List<ParameterInfo> inputs, ParameterInfo result, String args) {
            }
            List<Sig> signatures = new ArrayList<>();
            Map<String, Integer> argsCount = new HashMap<>();
            for (Map.Entry<Integer, List<ParameterInfo>> sig : byRid.entrySet()) {
                List<ParameterInfo> inputs = new ArrayList<>();
                ParameterInfo result = null;
                for (ParameterInfo p : sig.getValue()) {
                    if ("OUT".equalsIgnoreCase(p.mode())) {
                        result = p;
                    } else {
                        inputs.add(p);
                    }
                }
                inputs.sort(Comparator.comparingInt(ParameterInfo::ordinal));
                StringBuilder sb = new StringBuilder(r.name()).append('(');
                for (int i = 0; i < inputs.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(inputs.get(i).dataType());
                }
                String args = sb.append(')').toString();
                argsCount.merge(args, 1, Integer::sum);
                signatures.add(new Sig(sig.getKey(), inputs, result, args));
            }
            Map<String, Overload> bySpecific = new LinkedHashMap<>();
            for (Sig sig : signatures) {
                String specific;
                if (byRid.size() == 1) {
                    specific = r.name();
                } else {
                    specific = sig.args();
                    // the same argument types with different results (e.g. generate_series over dates
                    // returning List(Date) or List(String)): the result type tells them apart
                    if (argsCount.get(specific) > 1 && sig.result() != null) {
                        specific = specific + ": " + sig.result().dataType();
                    }
                    if (bySpecific.containsKey(specific)) {
                        specific = specific + " #" + sig.rid();
                    }
                }
                bySpecific.put(specific, new Overload(r.catalog(), r.schema(), r.name(), specific,
                        r.functionType(), r.description(), sig.inputs(), sig.result()));
            }
            out.addAll(bySpecific.values());
        }
        // JDBC order: FUNCTION_CAT, FUNCTION_SCHEM, FUNCTION_NAME, SPECIFIC_NAME
        out.sort(Comparator.comparing(Overload::catalog).thenComparing(Overload::schema)
                .thenComparing(Overload::name).thenComparing(Overload::specificName));
        return new RoutineSnapshot(List.copyOf(routines), Collections.unmodifiableList(out), Set.copyOf(names));
    }

    private static boolean isTable(RoutineInfo r) {
        return "TABLE".equalsIgnoreCase(r.functionType());
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The raw routines rows. */
    public List<RoutineInfo> routines() {
        return routines;
    }

    /** Overloads sorted by (catalog, schema, name, specific name). */
    public List<Overload> overloads() {
        return overloads;
    }

    /** Every function name the engine lists (case as listed). */
    public Set<String> names() {
        return names;
    }
}
