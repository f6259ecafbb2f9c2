package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.SchemaInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.TableInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.RoutineSnapshot.ParameterInfo;
import io.dfschema.metadata.jdbc.RoutineSnapshot.RoutineInfo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the engine's information_schema through a {@link Connection} (plain SQL on the
 * connection's own {@link Statement}; nothing a user passes to a metadata method ever reaches this
 * SQL). The session must have {@code datafusion.catalog.information_schema = true}.
 *
 * <p>DataFusion specifics handled here:
 * <ul>
 *   <li>information_schema.columns.ordinal_position is 0-based in DataFusion 55; columns are
 *       renumbered 1..n per table in ordinal order;</li>
 *   <li>information_schema.columns leaves out the columns of information_schema's own tables; they
 *       are added from the fixed definitions in DataFusion 55's {@code information_schema.rs};</li>
 *   <li>information_schema.views lists every table (definition null for non-views); its
 *       definitions are attached to the tables.</li>
 * </ul>
 */
public final class SnapshotLoader implements SnapshotSource {

    static final String TABLES_SQL =
            "SELECT table_catalog, table_schema, table_name, table_type FROM information_schema.tables";
    static final String SCHEMATA_SQL =
            "SELECT catalog_name, schema_name, schema_owner FROM information_schema.schemata";
    static final String VIEWS_SQL =
            "SELECT table_catalog, table_schema, table_name, definition FROM information_schema.views"
                    + " WHERE definition IS NOT NULL";
    static final String COLUMNS_SQL =
            "SELECT table_catalog, table_schema, table_name, column_name, ordinal_position, column_default,"
                    + " is_nullable, data_type, character_octet_length FROM information_schema.columns";
    static final String ROUTINES_SQL =
            "SELECT specific_catalog, specific_schema, specific_name, routine_name, routine_type,"
                    + " is_deterministic, data_type, function_type, description, syntax_example"
                    + " FROM information_schema.routines";
    static final String PARAMETERS_SQL =
            "SELECT specific_catalog, specific_schema, specific_name, ordinal_position, parameter_mode,"
                    + " parameter_name, data_type, parameter_default, is_variadic, rid"
                    + " FROM information_schema.parameters";
    static final String SETTINGS_SQL = "SELECT name, value FROM information_schema.df_settings";

    /** Columns of information_schema's tables in DataFusion 55: name, Arrow type, nullable. */
    static final Map<String, List<String[]>> INFORMATION_SCHEMA_COLUMNS = informationSchemaColumns();

    private final Connection connection;
    private final KnownColumns known;

    public SnapshotLoader(Connection connection) {
        this(connection, null);
    }

    /**
     * @param known columns and view definitions to take from there rather than from information_schema
     *              (which then is asked only when a listed table is not known); null for none
     */
    public SnapshotLoader(Connection connection, KnownColumns known) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.known = known;
    }

    @Override
    public CatalogSnapshot loadCatalog() throws SQLException {
        List<SchemaInfo> schemas = new ArrayList<>();
        List<TableInfo> tables = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(SCHEMATA_SQL)) {
                while (rs.next()) {
                    schemas.add(new SchemaInfo(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = st.executeQuery(TABLES_SQL)) {
                while (rs.next()) {
                    tables.add(TableInfo.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        KnownColumns.Known k = known == null ? null : known.load();
        boolean complete = k != null && tables.stream().allMatch(t -> CatalogSnapshot.INFORMATION_SCHEMA.equals(t.schema())
                || k.columns().containsKey(t.ref()));
        Map<TableRef, String> definitions = new HashMap<>();
        List<RawColumn> raw = new ArrayList<>();
        if (!complete) {
            readInformationSchema(definitions, raw);
        }
        if (k != null) {
            definitions.putAll(k.definitions());
        }
        if (!definitions.isEmpty()) {
            tables.replaceAll(t -> {
                String sql = definitions.get(t.ref());
                return sql == null ? t : t.withDefinition(sql);
            });
        }
        Map<TableRef, List<ColumnInfo>> byTable = new HashMap<>();
        for (ColumnInfo c : columns(tables, raw)) {
            byTable.computeIfAbsent(c.tableRef(), r -> new ArrayList<>()).add(c);
        }
        if (k != null) {
            byTable.putAll(k.columns()); // what the engine has now wins over information_schema read before
        }
        return CatalogSnapshot.ofOrdered(schemas, tables, byTable);
    }

    /** View definitions and every column, from information_schema (which walks every table). */
    private void readInformationSchema(Map<TableRef, String> definitions, List<RawColumn> raw) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(VIEWS_SQL)) {
                while (rs.next()) {
                    definitions.put(new TableRef(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
                }
            }
            try (ResultSet rs = st.executeQuery(COLUMNS_SQL)) {
                while (rs.next()) {
                    raw.add(new RawColumn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            longOrNull(rs, 5), rs.getString(6), !"NO".equalsIgnoreCase(rs.getString(7)),
                            rs.getString(8), longOrNull(rs, 9)));
                }
            }
        }
    }

    @Override
    public RoutineSnapshot loadRoutines() throws SQLException {
        List<RoutineInfo> routines = new ArrayList<>();
        List<ParameterInfo> parameters = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(ROUTINES_SQL)) {
                while (rs.next()) {
                    Object det = rs.getObject(6);
                    routines.add(new RoutineInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), det == null ? null : toBoolean(det), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
            try (ResultSet rs = st.executeQuery(PARAMETERS_SQL)) {
                while (rs.next()) {
                    Long ordinal = longOrNull(rs, 4);
                    Object variadic = rs.getObject(9);
                    Long rid = longOrNull(rs, 10);
                    parameters.add(new ParameterInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            ordinal == null ? 0 : ordinal.intValue(), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), variadic != null && toBoolean(variadic),
                            rid == null ? 0 : rid.intValue()));
                }
            }
        }
        return RoutineSnapshot.of(routines, parameters);
    }

    @Override
    public Map<String, String> loadSettings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SETTINGS_SQL)) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return settings;
    }

    record RawColumn(String catalog, String schema, String table, String name, Long ordinal, String defaultValue,
                     boolean nullable, String dataType, Long octetLength) {
    }

    /**
     * Renumbers each table's columns 1..n in engine ordinal order and adds the columns of
     * information_schema tables that the engine does not list.
     */
    static List<ColumnInfo> columns(List<TableInfo> tables, List<RawColumn> raw) {
        Map<TableRef, List<RawColumn>> byTable = new LinkedHashMap<>();
        for (RawColumn c : raw) {
            byTable.computeIfAbsent(new TableRef(c.catalog(), c.schema(), c.table()), k -> new ArrayList<>()).add(c);
        }
        for (TableInfo t : tables) {
            if (!CatalogSnapshot.INFORMATION_SCHEMA.equals(t.schema()) || byTable.containsKey(t.ref())) {
                continue;
            }
            List<String[]> defs = INFORMATION_SCHEMA_COLUMNS.get(t.name());
            if (defs == null) {
                continue;
            }
            List<RawColumn> cols = new ArrayList<>();
            long i = 0;
            for (String[] d : defs) {
                boolean nullable = d[2].equals("YES");
                cols.add(new RawColumn(t.catalog(), t.schema(), t.name(), d[0], i++, null, nullable, d[1],
                        d[1].equals("Utf8") ? (long) Integer.MAX_VALUE : null));
            }
            byTable.put(t.ref(), cols);
        }
        List<ColumnInfo> out = new ArrayList<>(raw.size());
        Comparator<RawColumn> order = Comparator.comparing(RawColumn::ordinal,
                Comparator.nullsLast(Comparator.naturalOrder()));
        for (List<RawColumn> cols : byTable.values()) {
            cols.sort(order);
            int ordinal = 1;
            for (RawColumn c : cols) {
                out.add(new ColumnInfo(c.catalog(), c.schema(), c.table(), c.name(), ordinal++, c.dataType(),
                        c.nullable(), c.defaultValue(), c.octetLength()));
            }
        }
        return out;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        return new BigDecimal(v.toString().trim()).longValue();
    }

    private static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.intValue() != 0;
        }
        String s = v.toString().trim();
        return s.equalsIgnoreCase("true") || s.equals("1") || s.equalsIgnoreCase("yes");
    }

    private static Map<String, List<String[]>> informationSchemaColumns() {
        Map<String, List<String[]>> m = new HashMap<>();
        m.put("tables", List.of(
                c("table_catalog", "Utf8", "NO"), c("table_schema", "Utf8", "NO"),
                c("table_name", "Utf8", "NO"), c("table_type", "Utf8", "NO")));
        m.put("views", List.of(
                c("table_catalog", "Utf8", "NO"), c("table_schema", "Utf8", "NO"),
                c("table_name", "Utf8", "NO"), c("definition", "Utf8", "YES")));
        m.put("columns", List.of(
                c("table_catalog", "Utf8", "NO"), c("table_schema", "Utf8", "NO"),
                c("table_name", "Utf8", "NO"), c("column_name", "Utf8", "NO"),
                c("ordinal_position", "UInt64", "NO"), c("column_default", "Utf8", "YES"),
                c("is_nullable", "Utf8", "NO"), c("data_type", "Utf8", "NO"),
                c("character_maximum_length", "UInt64", "YES"), c("character_octet_length", "UInt64", "YES"),
                c("numeric_precision", "UInt64", "YES"), c("numeric_precision_radix", "UInt64", "YES"),
                c("numeric_scale", "UInt64", "YES"), c("datetime_precision", "UInt64", "YES"),
                c("interval_type", "Utf8", "YES")));
        m.put("df_settings", List.of(
                c("name", "Utf8", "NO"), c("value", "Utf8", "YES"), c("description", "Utf8", "YES")));
        m.put("schemata", List.of(
                c("catalog_name", "Utf8", "NO"), c("schema_name", "Utf8", "NO"), c("schema_owner", "Utf8", "YES"),
                c("default_character_set_catalog", "Utf8", "YES"), c("default_character_set_schema", "Utf8", "YES"),
                c("default_character_set_name", "Utf8", "YES"), c("sql_path", "Utf8", "YES")));
        m.put("routines", List.of(
                c("specific_catalog", "Utf8", "NO"), c("specific_schema", "Utf8", "NO"),
                c("specific_name", "Utf8", "NO"), c("routine_catalog", "Utf8", "NO"),
                c("routine_schema", "Utf8", "NO"), c("routine_name", "Utf8", "NO"),
                c("routine_type", "Utf8", "NO"), c("is_deterministic", "Boolean", "YES"),
                c("data_type", "Utf8", "YES"), c("function_type", "Utf8", "YES"),
                c("description", "Utf8", "YES"), c("syntax_example", "Utf8", "YES")));
        m.put("parameters", List.of(
                c("specific_catalog", "Utf8", "NO"), c("specific_schema", "Utf8", "NO"),
                c("specific_name", "Utf8", "NO"), c("ordinal_position", "UInt64", "NO"),
                c("parameter_mode", "Utf8", "NO"), c("parameter_name", "Utf8", "YES"),
                c("data_type", "Utf8", "NO"), c("parameter_default", "Utf8", "YES"),
                c("is_variadic", "Boolean", "NO"), c("rid", "UInt8", "NO")));
        return Map.copyOf(m);
    }

    private static String[] c(String name, String type, String nullable) {
        return new String[] {name, type, nullable};
    }
}
