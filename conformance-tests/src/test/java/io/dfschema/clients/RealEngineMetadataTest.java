package io.dfschema.clients;

import static io.dfschema.clients.DbeaverSequenceTest.maps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DatabaseMetaData against the real engine (no fakes): ordinal numbering, routines and their
 * parameters, getColumns agreeing with ResultSetMetaData for many types, hostile names found
 * exactly, and DDL/SET refreshing the cached snapshot.
 */
class RealEngineMetadataTest {

    private static List<Map<String, Object>> columns(DatabaseMetaData md, String table) throws SQLException {
        return maps(md.getColumns(null, null, escape(table), "%"));
    }

    /** A name as a LIKE pattern matching only itself. */
    static String escape(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Test
    void ordinalPositionsCountFromOneForEveryKindOfTable(@TempDir Path dir) throws Exception {
        try (Connection c = ClientFixture.connectWithFixture(dir)) {
            DatabaseMetaData md = c.getMetaData();
            Map<String, List<String>> expected = new LinkedHashMap<>();
            expected.put("customers", List.of("id", "name", "city"));
            expected.put("orders", List.of("order_id", "customer_id", "amount", "ordered_at", "note"));
            expected.put("profiles", List.of("id", "address", "tags", "scores"));
            expected.put("events", List.of("event_id", "kind", "value", "at"));
            expected.put("big_orders", List.of("order_id", "name", "amount"));
            for (Map.Entry<String, List<String>> e : expected.entrySet()) {
                List<Map<String, Object>> cols = columns(md, e.getKey());
                List<String> names = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    names.add((String) cols.get(i).get("COLUMN_NAME"));
                    assertEquals(i + 1, cols.get(i).get("ORDINAL_POSITION"), e.getKey() + "." + names.get(i));
                }
                assertEquals(e.getValue(), names, e.getKey());
                // the same order as SELECT * shows
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM " + e.getKey() + " LIMIT 0")) {
                    ResultSetMetaData rsmd = rs.getMetaData();
                    List<String> labels = new ArrayList<>();
                    for (int i = 1; i <= rsmd.getColumnCount(); i++) {
                        labels.add(rsmd.getColumnName(i));
                    }
                    assertEquals(names, labels, e.getKey());
                }
            }
            // information_schema's own tables have columns too, numbered from 1
            List<Map<String, Object>> isCols = maps(md.getColumns(null, "information_schema", "tables", "%"));
            assertEquals(List.of("table_catalog", "table_schema", "table_name", "table_type"),
                    isCols.stream().map(m -> m.get("COLUMN_NAME")).toList());
            assertEquals(List.of(1, 2, 3, 4), isCols.stream().map(m -> m.get("ORDINAL_POSITION")).toList());
            // a column pattern keeps the table's ordinals (not renumbered within the result)
            List<Map<String, Object>> some = maps(md.getColumns(null, null, "orders", "%_at"));
            assertEquals(1, some.size());
            assertEquals(4, some.get(0).get("ORDINAL_POSITION"));
        }
    }

    @Test
    void routinesAndParameters() throws Exception {
        try (Connection c = ClientFixture.connect()) {
            DatabaseMetaData md = c.getMetaData();
            // abs: one row per documented signature, told apart by SPECIFIC_NAME
            List<Map<String, Object>> abs = maps(md.getFunctions(null, null, "abs"));
            List<Object> absSpecific = abs.stream().map(f -> f.get("SPECIFIC_NAME")).toList();
            assertTrue(absSpecific.containsAll(List.of("abs(Int64)", "abs(Float64)")), absSpecific.toString());
            assertEquals(absSpecific.stream().distinct().count(), absSpecific.size());
            for (Map<String, Object> f : abs) {
                assertEquals("abs", f.get("FUNCTION_NAME"));
                assertEquals((short) DatabaseMetaData.functionNoTable, f.get("FUNCTION_TYPE"));
                assertTrue(((String) f.get("REMARKS")).toLowerCase().contains("absolute"),
                        String.valueOf(f.get("REMARKS")));
            }

            // getFunctionColumns of one overload: the return value (ordinal 0), then the argument (1)
            List<Map<String, Object>> absCols = maps(md.getFunctionColumns(null, null, "abs", "%")).stream()
                    .filter(r -> "abs(Int64)".equals(r.get("SPECIFIC_NAME"))).toList();
            assertEquals(2, absCols.size(), absCols.toString());
            Map<String, Object> ret = absCols.get(0);
            assertEquals("RETURN_VALUE", ret.get("COLUMN_NAME"));
            assertEquals((short) DatabaseMetaData.functionReturn, ret.get("COLUMN_TYPE"));
            assertEquals(0, ret.get("ORDINAL_POSITION"));
            assertEquals("Int64", ret.get("TYPE_NAME"));
            assertEquals(Types.BIGINT, ret.get("DATA_TYPE"));
            Map<String, Object> arg = absCols.get(1);
            assertEquals((short) DatabaseMetaData.functionColumnIn, arg.get("COLUMN_TYPE"));
            assertEquals(1, arg.get("ORDINAL_POSITION"));
            assertEquals("Int64", arg.get("TYPE_NAME"));
            assertEquals(Types.BIGINT, arg.get("DATA_TYPE"));
            assertNotNull(arg.get("COLUMN_NAME"));

            // a function with several documented signatures: one overload per signature, unique names,
            // inputs numbered 1..n within each
            List<Map<String, Object>> substr = maps(md.getFunctions(null, null, "substr"));
            assertTrue(substr.size() >= 1, substr.toString());
            List<Map<String, Object>> substrCols = maps(md.getFunctionColumns(null, null, "substr", "%"));
            Map<Object, List<Integer>> ordinalsBySpecific = new LinkedHashMap<>();
            for (Map<String, Object> col : substrCols) {
                if ((Short) col.get("COLUMN_TYPE") == DatabaseMetaData.functionColumnIn) {
                    ordinalsBySpecific.computeIfAbsent(col.get("SPECIFIC_NAME"), k -> new ArrayList<>())
                            .add((Integer) col.get("ORDINAL_POSITION"));
                }
            }
            assertFalse(ordinalsBySpecific.isEmpty(), substrCols.toString());
            for (List<Integer> ordinals : ordinalsBySpecific.values()) {
                for (int i = 0; i < ordinals.size(); i++) {
                    assertEquals(i + 1, ordinals.get(i), ordinalsBySpecific.toString());
                }
            }

            // aggregates and window functions are listed, table functions return tables
            assertEquals(1, maps(md.getFunctions(null, null, "count")).stream()
                    .map(f -> f.get("FUNCTION_NAME")).distinct().count());
            assertFalse(maps(md.getFunctions(null, null, "row\\_number")).isEmpty());
            // generate_series is both a scalar function (returning a list) and a table function
            List<Map<String, Object>> series = maps(md.getFunctions(null, null, "generate\\_series"));
            List<Object> tableFns = series.stream()
                    .filter(f -> (Short) f.get("FUNCTION_TYPE") == DatabaseMetaData.functionReturnsTable)
                    .map(f -> f.get("SPECIFIC_NAME")).toList();
            assertEquals(List.of("generate_series (table function)"), tableFns);
            assertTrue(series.stream().anyMatch(f -> "generate_series(Int64, Int64)".equals(f.get("SPECIFIC_NAME"))),
                    series.toString());
            List<Object> seriesNames = series.stream().map(f -> f.get("SPECIFIC_NAME")).toList();
            assertEquals(seriesNames.stream().distinct().count(), seriesNames.size(), seriesNames.toString());
            assertTrue(seriesNames.stream().noneMatch(n -> n.toString().contains("#")), seriesNames.toString());
            assertEquals(List.of("range (table function)"), maps(md.getFunctions(null, null, "range")).stream()
                    .filter(f -> (Short) f.get("FUNCTION_TYPE") == DatabaseMetaData.functionReturnsTable)
                    .map(f -> f.get("SPECIFIC_NAME")).toList());
            // LIKE patterns: '_' matches one character
            assertTrue(maps(md.getFunctions(null, null, "ab_")).stream()
                    .anyMatch(f -> "abs".equals(f.get("FUNCTION_NAME"))));
            assertTrue(maps(md.getFunctions(null, null, "no_such_function_xyz")).isEmpty());
        }
    }

    /** Expressions covering the engine's types, one column each. */
    static final List<String[]> TYPED_COLUMNS = List.of(
            new String[] {"c_bool", "true"},
            new String[] {"c_i8", "arrow_cast(1, 'Int8')"},
            new String[] {"c_i16", "arrow_cast(1, 'Int16')"},
            new String[] {"c_i32", "arrow_cast(1, 'Int32')"},
            new String[] {"c_i64", "arrow_cast(1, 'Int64')"},
            new String[] {"c_u8", "arrow_cast(1, 'UInt8')"},
            new String[] {"c_u16", "arrow_cast(1, 'UInt16')"},
            new String[] {"c_u32", "arrow_cast(1, 'UInt32')"},
            new String[] {"c_u64", "arrow_cast(1, 'UInt64')"},
            new String[] {"c_f32", "arrow_cast(1.5, 'Float32')"},
            new String[] {"c_f64", "arrow_cast(1.5, 'Float64')"},
            new String[] {"c_dec", "CAST(1.25 AS DECIMAL(10, 2))"},
            new String[] {"c_dec38", "CAST(1.25 AS DECIMAL(38, 10))"},
            new String[] {"c_dec256", "arrow_cast(1.25, 'Decimal256(50, 4)')"},
            new String[] {"c_utf8", "arrow_cast('x', 'Utf8')"},
            new String[] {"c_large_utf8", "arrow_cast('x', 'LargeUtf8')"},
            new String[] {"c_utf8_view", "arrow_cast('x', 'Utf8View')"},
            new String[] {"c_dict", "arrow_cast('x', 'Dictionary(Int32, Utf8)')"},
            new String[] {"c_binary", "arrow_cast(X'01FF', 'Binary')"},
            new String[] {"c_large_binary", "arrow_cast(X'01FF', 'LargeBinary')"},
            new String[] {"c_binary_view", "arrow_cast(X'01FF', 'BinaryView')"},
            new String[] {"c_fixed_binary", "arrow_cast(X'01FF', 'FixedSizeBinary(2)')"},
            new String[] {"c_date32", "DATE '2024-01-02'"},
            new String[] {"c_date64", "arrow_cast(DATE '2024-01-02', 'Date64')"},
            new String[] {"c_time64", "TIME '12:34:56'"},
            new String[] {"c_time32", "arrow_cast(TIME '12:34:56', 'Time32(Millisecond)')"},
            new String[] {"c_ts", "TIMESTAMP '2024-01-02 03:04:05'"},
            new String[] {"c_ts_ms", "arrow_cast(TIMESTAMP '2024-01-02 03:04:05', 'Timestamp(Millisecond, None)')"},
            new String[] {"c_ts_s", "arrow_cast(TIMESTAMP '2024-01-02 03:04:05', 'Timestamp(Second, None)')"},
            new String[] {"c_ts_utc", "arrow_cast(TIMESTAMP '2024-01-02 03:04:05', 'Timestamp(Nanosecond, Some(\"UTC\"))')"},
            new String[] {"c_ts_tz", "arrow_cast(TIMESTAMP '2024-01-02 03:04:05', 'Timestamp(Microsecond, Some(\"Europe/Berlin\"))')"},
            new String[] {"c_ts_offset", "arrow_cast(TIMESTAMP '2024-01-02 03:04:05', 'Timestamp(Nanosecond, Some(\"+05:30\"))')"},
            new String[] {"c_interval", "INTERVAL '1 day'"},
            new String[] {"c_interval_ym", "arrow_cast('1 year 2 months', 'Interval(YearMonth)')"},
            new String[] {"c_duration", "arrow_cast(1, 'Duration(Second)')"},
            new String[] {"c_list", "[1, 2, 3]"},
            new String[] {"c_list_str", "['a', 'b']"},
            new String[] {"c_large_list", "arrow_cast([1, 2], 'LargeList(Int64)')"},
            new String[] {"c_fixed_list", "arrow_cast([1, 2], 'FixedSizeList(2, Int64)')"},
            new String[] {"c_nested_list", "[[1, 2], [3]]"},
            new String[] {"c_struct", "named_struct('a', 1, 'b', 'x')"},
            new String[] {"c_struct_nested", "named_struct('p', named_struct('q', [1.5]), 'r', DATE '2024-01-01')"},
            new String[] {"c_map", "MAP {'k': 1}"},
            new String[] {"c_map_list", "MAP {'k': [1, 2]}"},
            new String[] {"c_null", "NULL"});

    @Test
    void getColumnsAgreesWithResultSetMetaDataForEveryType() throws Exception {
        try (Connection c = ClientFixture.connect()) {
            StringBuilder select = new StringBuilder("SELECT ");
            for (int i = 0; i < TYPED_COLUMNS.size(); i++) {
                String[] col = TYPED_COLUMNS.get(i);
                select.append(i == 0 ? "" : ", ").append(col[1]).append(" AS ").append(col[0]);
            }
            ClientFixture.exec(c, "CREATE TABLE typed AS " + select,
                    "CREATE VIEW typed_view AS SELECT * FROM typed");
            DatabaseMetaData md = c.getMetaData();
            for (String table : List.of("typed", "typed_view")) {
                List<Map<String, Object>> cols = columns(md, table);
                assertEquals(TYPED_COLUMNS.size(), cols.size());
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData rsmd = rs.getMetaData();
                    assertEquals(TYPED_COLUMNS.size(), rsmd.getColumnCount());
                    assertTrue(rs.next());
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 1; i <= rsmd.getColumnCount(); i++) {
                        Map<String, Object> col = cols.get(i - 1);
                        String name = rsmd.getColumnName(i);
                        assertEquals(name, col.get("COLUMN_NAME"));
                        String what = table + "." + name + " " + col.get("TYPE_NAME");
                        check(mismatches, what + " DATA_TYPE", rsmd.getColumnType(i), col.get("DATA_TYPE"));
                        check(mismatches, what + " TYPE_NAME", rsmd.getColumnTypeName(i), col.get("TYPE_NAME"));
                        Integer size = (Integer) col.get("COLUMN_SIZE");
                        check(mismatches, what + " COLUMN_SIZE", rsmd.getPrecision(i), size == null ? 0 : size);
                        Integer digits = (Integer) col.get("DECIMAL_DIGITS");
                        if (digits != null) {
                            check(mismatches, what + " DECIMAL_DIGITS", rsmd.getScale(i), digits);
                        }
                        int nullable = rsmd.isNullable(i);
                        check(mismatches, what + " NULLABLE", nullable, col.get("NULLABLE"));
                        // the value's Java class fits the declared type
                        Object v = rs.getObject(i);
                        if (v != null) {
                            Class<?> declared = Class.forName(rsmd.getColumnClassName(i));
                            if (!declared.isInstance(v)) {
                                mismatches.add(what + " getObject " + v.getClass().getName() + " is not a "
                                        + declared.getName());
                            }
                        }
                    }
                    assertEquals(List.of(), mismatches);
                }
            }
            // spot checks of the mapping itself
            Map<String, Integer> jdbc = new LinkedHashMap<>();
            for (Map<String, Object> col : columns(md, "typed")) {
                jdbc.put((String) col.get("COLUMN_NAME"), (Integer) col.get("DATA_TYPE"));
            }
            assertEquals(Types.BOOLEAN, jdbc.get("c_bool"));
            assertEquals(Types.TINYINT, jdbc.get("c_i8"));
            assertEquals(Types.BIGINT, jdbc.get("c_i64"));
            assertEquals(Types.NUMERIC, jdbc.get("c_u64"));
            assertEquals(Types.REAL, jdbc.get("c_f32"));
            assertEquals(Types.DOUBLE, jdbc.get("c_f64"));
            assertEquals(Types.DECIMAL, jdbc.get("c_dec256"));
            assertEquals(Types.VARCHAR, jdbc.get("c_utf8_view"));
            assertEquals(Types.VARCHAR, jdbc.get("c_dict"));
            assertEquals(Types.BINARY, jdbc.get("c_fixed_binary"));
            assertEquals(Types.TIMESTAMP, jdbc.get("c_ts"));
            assertEquals(Types.TIMESTAMP_WITH_TIMEZONE, jdbc.get("c_ts_tz"));
            assertEquals(Types.ARRAY, jdbc.get("c_nested_list"));
            assertEquals(Types.STRUCT, jdbc.get("c_struct"));
            assertEquals(Types.JAVA_OBJECT, jdbc.get("c_map"));
            assertEquals(Types.NULL, jdbc.get("c_null"));
            for (Map.Entry<String, Integer> e : jdbc.entrySet()) {
                if (!e.getKey().startsWith("c_interval") && !e.getKey().equals("c_duration")) {
                    assertTrue(e.getValue() != Types.OTHER, e.getKey() + " is parsed, not OTHER");
                }
            }
        }
    }

    private static void check(List<String> mismatches, String what, Object expected, Object actual) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            mismatches.add(what + ": ResultSetMetaData " + expected + ", getColumns " + actual);
        }
    }

    /** Names a tool must find exactly, created with quoted identifiers. */
    static final List<String> HOSTILE = List.of(
            "it's", "say \"hi\"", "100%", "a_b", "aXb", "back\\slash", "ends\\", "\\%", "Mixed Case", "UPPER",
            "ünïcödé", "表", "emoji 🦀", "semi;colon", "dash-name", "dot.name", "   ", "--comment", "x' OR '1'='1");

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Test
    void hostileNamesAreFoundExactly() throws Exception {
        try (Connection c = ClientFixture.connect()) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String name = HOSTILE.get(i);
                ClientFixture.exec(c, "CREATE TABLE " + quote(name) + " AS SELECT " + i + " AS " + quote(name)
                        + ", 'v' AS " + quote("col " + name));
            }
            DatabaseMetaData md = c.getMetaData();
            for (String name : HOSTILE) {
                // escaped as a LIKE pattern: exactly that table
                List<Map<String, Object>> t = maps(md.getTables(null, "public", escape(name), null));
                assertEquals(List.of(name), t.stream().map(m -> m.get("TABLE_NAME")).toList(), "table " + name);
                List<Map<String, Object>> cols = maps(md.getColumns(null, "public", escape(name), escape(name)));
                assertEquals(1, cols.size(), "column " + name);
                assertEquals(name, cols.get(0).get("COLUMN_NAME"));
                assertEquals(name, cols.get(0).get("TABLE_NAME"));
                List<Map<String, Object>> all = maps(md.getColumns(null, "public", escape(name), null));
                assertEquals(List.of(name, "col " + name), all.stream().map(m -> m.get("COLUMN_NAME")).toList());
                // the exact-name methods take the name as it is
                try (ResultSet rs = md.getPrimaryKeys(null, "public", name)) {
                    assertFalse(rs.next());
                }
                // and the name round-trips into SQL
                int expected = HOSTILE.indexOf(name);
                assertEquals(List.of(List.of(String.valueOf(expected))),
                        ClientFixture.rows(c, "SELECT " + quote(name) + " FROM " + quote(name)));
            }
            // unescaped patterns behave like LIKE: '_' and '%' are wildcards
            List<Object> ab = maps(md.getTables(null, "public", "a_b", null)).stream()
                    .map(m -> m.get("TABLE_NAME")).toList();
            assertEquals(List.of("aXb", "a_b"), ab);
            List<Object> pct = maps(md.getTables(null, "public", "100%", null)).stream()
                    .map(m -> m.get("TABLE_NAME")).toList();
            assertEquals(List.of("100%"), pct);
            // quoting keeps case, unquoted folds to lower case
            assertTrue(maps(md.getTables(null, null, "upper", null)).isEmpty());
            assertEquals(1, maps(md.getTables(null, null, "UPPER", null)).size());
            assertEquals(HOSTILE.size(), maps(md.getTables(null, "public", "%", null)).size());
        }
    }

    @Test
    void ddlAndSetRefreshTheSnapshot(@TempDir Path dir) throws Exception {
        try (Connection c = ClientFixture.connect()) {
            DatabaseMetaData md = c.getMetaData();
            assertTrue(maps(md.getTables(null, "public", "%", null)).isEmpty());
            ClientFixture.exec(c, "CREATE TABLE t1 AS VALUES (1, 'a')");
            assertEquals(List.of("t1"), tableNames(md));
            assertEquals(List.of("column1", "column2"),
                    maps(md.getColumns(null, null, "t1", null)).stream().map(m -> m.get("COLUMN_NAME")).toList());
            ClientFixture.exec(c, "CREATE VIEW v1 AS SELECT column1 AS x FROM t1");
            assertEquals(List.of("t1", "v1"), tableNames(md));
            // replace the table with different columns: the columns follow
            ClientFixture.exec(c, "CREATE OR REPLACE TABLE t1 (id BIGINT NOT NULL, label VARCHAR)");
            assertEquals(List.of("id", "label"),
                    maps(md.getColumns(null, null, "t1", null)).stream().map(m -> m.get("COLUMN_NAME")).toList());
            ClientFixture.exec(c, "DROP VIEW v1");
            assertEquals(List.of("t1"), tableNames(md));
            // a new schema and a table in it
            ClientFixture.exec(c, "CREATE SCHEMA staging", "CREATE TABLE staging.s1 AS VALUES (1)");
            assertEquals(List.of("dfschema", "information_schema", "public", "staging"),
                    maps(md.getSchemas()).stream().map(m -> m.get("TABLE_SCHEM")).toList());
            assertEquals(1, maps(md.getTables(null, "staging", "s1", null)).size());
            // an external table over a file written by COPY
            String file = dir.resolve("x.parquet").toString();
            ClientFixture.exec(c, "COPY (SELECT 1 AS a) TO '" + file + "' STORED AS PARQUET",
                    "CREATE EXTERNAL TABLE ext STORED AS PARQUET LOCATION '" + file + "'");
            assertEquals(List.of("ext", "t1"), tableNames(md));
            ClientFixture.exec(c, "DROP TABLE ext", "DROP TABLE t1");
            assertEquals(List.of(), tableNames(md));
            // DDL through a PreparedStatement refreshes too
            try (var ps = c.prepareStatement("CREATE TABLE p1 AS SELECT 1 AS one")) {
                ps.execute();
            }
            assertEquals(List.of("p1"), tableNames(md));
            // SET changes identifier handling
            assertTrue(md.storesLowerCaseIdentifiers());
            ClientFixture.exec(c, "SET datafusion.sql_parser.enable_ident_normalization = false");
            assertFalse(md.storesLowerCaseIdentifiers());
            assertTrue(md.supportsMixedCaseIdentifiers());
            ClientFixture.exec(c, "CREATE TABLE MixedCase AS SELECT 1 AS One");
            assertEquals(List.of("MixedCase", "p1"), tableNames(md));
            assertEquals("One", maps(md.getColumns(null, null, "MixedCase", null)).get(0).get("COLUMN_NAME"));
            // a second connection has its own session and its own metadata
            try (Connection other = ClientFixture.connect()) {
                assertTrue(maps(other.getMetaData().getTables(null, "public", "%", null)).isEmpty());
            }
        }
    }

    private static List<Object> tableNames(DatabaseMetaData md) throws SQLException {
        return maps(md.getTables(null, "public", "%", null)).stream().map(m -> m.get("TABLE_NAME"))
                .sorted().map(Object.class::cast).toList();
    }
}
