package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calls DBeaver makes when it connects to a generic JDBC driver and opens the navigator, in
 * its order, each answer's shape and key values asserted: driver properties, connect, product and
 * driver identity, identifier quoting, keywords, type info, catalogs, schemas, tables, columns,
 * keys and indexes with "%" as the table, functions, procedures, client info, isValid.
 */
class DbeaverSequenceTest {

    /** Column labels of a result set, in order. */
    static List<String> labels(ResultSet rs) throws SQLException {
        ResultSetMetaData m = rs.getMetaData();
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
            out.add(m.getColumnLabel(i));
        }
        return out;
    }

    /** Rows as maps from label to getObject. */
    static List<Map<String, Object>> maps(ResultSet rs) throws SQLException {
        try (rs) {
            List<String> labels = labels(rs);
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < labels.size(); i++) {
                    row.put(labels.get(i), rs.getObject(i + 1));
                }
                out.add(row);
            }
            return out;
        }
    }

    static void assertShape(ResultSet rs, String... expected) throws SQLException {
        assertEquals(List.of(expected), labels(rs));
    }

    @Test
    void dbeaverConnectAndBrowse(@TempDir Path dir) throws Exception {
        // 1. driver discovery and the connection dialog's property table
        Driver driver = DriverManager.getDriver(ClientFixture.URL);
        assertNotNull(driver);
        assertTrue(driver.acceptsURL("jdbc:dfschema:"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/x"));
        DriverPropertyInfo[] info = driver.getPropertyInfo(ClientFixture.URL, new Properties());
        Map<String, DriverPropertyInfo> byName = new HashMap<>();
        for (DriverPropertyInfo p : info) {
            byName.put(p.name, p);
            assertNotNull(p.description, p.name);
            assertFalse(p.required, p.name);
        }
        assertTrue(byName.keySet().containsAll(
                Set.of("user", "password", "fetch_size", "query_timeout", "init", "read_only", "ApplicationName")),
                byName.keySet().toString());
        assertArrayEquals(new String[] {"true", "false"}, byName.get("read_only").choices);
        assertEquals("false", byName.get("read_only").value);
        assertEquals("0", byName.get("fetch_size").value);
        // a value from the URL shows up as the current value
        DriverPropertyInfo[] withUrl = driver.getPropertyInfo("jdbc:dfschema:?fetch_size=128", null);
        assertEquals("128", Arrays.stream(withUrl).filter(p -> p.name.equals("fetch_size")).findFirst()
                .orElseThrow().value);

        // 2. connect the way DBeaver does: Driver.connect with user/password properties (empty here)
        Properties props = new Properties();
        props.setProperty("user", "");
        props.setProperty("password", "");
        try (Connection c = driver.connect(ClientFixture.URL, props)) {
            assertNotNull(c);
            ClientFixture.createAll(c, dir);
            DatabaseMetaData md = c.getMetaData();
            assertTrue(c.isValid(5));

            // 3. identity
            assertEquals("DataFusion", md.getDatabaseProductName());
            assertTrue(md.getDatabaseProductVersion().startsWith("55."), md.getDatabaseProductVersion());
            assertEquals(55, md.getDatabaseMajorVersion());
            assertEquals("dfschema", md.getDriverName());
            assertTrue(md.getDriverVersion().startsWith("0.1"), md.getDriverVersion());
            assertEquals(driver.getMajorVersion(), md.getDriverMajorVersion());
            assertEquals(driver.getMinorVersion(), md.getDriverMinorVersion());
            assertEquals(4, md.getJDBCMajorVersion());
            assertEquals(ClientFixture.URL, md.getURL());
            assertEquals(DatabaseMetaData.sqlStateSQL, md.getSQLStateType());

            // 4. SQL dialect facts DBeaver's generic dialect reads
            assertEquals("\"", md.getIdentifierQuoteString());
            assertEquals("\\", md.getSearchStringEscape());
            assertEquals(".", md.getCatalogSeparator());
            assertTrue(md.isCatalogAtStart());
            assertTrue(md.storesLowerCaseIdentifiers());
            assertTrue(md.storesMixedCaseQuotedIdentifiers());
            assertTrue(md.supportsSchemasInTableDefinitions());
            assertTrue(md.supportsCatalogsInTableDefinitions());
            Set<String> keywords = new TreeSet<>(Arrays.asList(md.getSQLKeywords().split(",")));
            assertTrue(keywords.containsAll(Set.of("LIMIT", "EXPLAIN", "COPY", "ILIKE")), keywords.toString());
            assertFalse(keywords.contains("SELECT"), "SQL:2003 keywords are not listed");
            for (String fns : List.of(md.getNumericFunctions(), md.getStringFunctions(), md.getTimeDateFunctions(),
                    md.getSystemFunctions())) {
                assertFalse(fns.isBlank());
            }
            assertTrue(Arrays.asList(md.getNumericFunctions().split(",")).contains("ABS")
                            || Arrays.asList(md.getNumericFunctions().split(",")).contains("abs"),
                    md.getNumericFunctions());
            assertFalse(md.supportsTransactions());
            assertEquals(Connection.TRANSACTION_NONE, md.getDefaultTransactionIsolation());

            // 5. getTypeInfo: the JDBC shape, the SQL names DBeaver offers in its table editor
            List<Map<String, Object>> types;
            try (ResultSet rs = md.getTypeInfo()) {
                assertShape(rs, "TYPE_NAME", "DATA_TYPE", "PRECISION", "LITERAL_PREFIX", "LITERAL_SUFFIX",
                        "CREATE_PARAMS", "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE",
                        "FIXED_PREC_SCALE", "AUTO_INCREMENT", "LOCAL_TYPE_NAME", "MINIMUM_SCALE", "MAXIMUM_SCALE",
                        "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "NUM_PREC_RADIX");
                types = maps(rs);
            }
            Map<String, Map<String, Object>> typeByName = new HashMap<>();
            int previous = Integer.MIN_VALUE;
            for (Map<String, Object> t : types) {
                typeByName.put((String) t.get("TYPE_NAME"), t);
                int dt = (Integer) t.get("DATA_TYPE");
                assertTrue(dt >= previous, "getTypeInfo is sorted by DATA_TYPE");
                previous = dt;
            }
            assertEquals(Types.BIGINT, typeByName.get("BIGINT").get("DATA_TYPE"));
            assertEquals(Types.INTEGER, typeByName.get("INTEGER").get("DATA_TYPE"));
            assertEquals(Types.VARCHAR, typeByName.get("VARCHAR").get("DATA_TYPE"));
            assertEquals("'", typeByName.get("VARCHAR").get("LITERAL_PREFIX"));
            assertEquals(Types.DECIMAL, typeByName.get("DECIMAL").get("DATA_TYPE"));
            assertEquals("precision,scale", typeByName.get("DECIMAL").get("CREATE_PARAMS"));
            assertEquals(38, typeByName.get("DECIMAL").get("PRECISION"));
            assertEquals(Types.TIMESTAMP, typeByName.get("TIMESTAMP").get("DATA_TYPE"));
            assertEquals(Types.TIMESTAMP_WITH_TIMEZONE, typeByName.get("TIMESTAMP WITH TIME ZONE").get("DATA_TYPE"));
            assertEquals(Types.BOOLEAN, typeByName.get("BOOLEAN").get("DATA_TYPE"));
            assertEquals(Types.ARRAY, typeByName.get("List").get("DATA_TYPE"));
            assertEquals(Types.STRUCT, typeByName.get("Struct").get("DATA_TYPE"));

            // 6. navigator: catalogs, schemas, tables
            List<Map<String, Object>> catalogs;
            try (ResultSet rs = md.getCatalogs()) {
                assertShape(rs, "TABLE_CAT");
                catalogs = maps(rs);
            }
            assertEquals(List.of(Map.of("TABLE_CAT", "datafusion")), catalogs);
            assertEquals("datafusion", c.getCatalog());
            assertEquals("public", c.getSchema());

            List<Map<String, Object>> schemas;
            try (ResultSet rs = md.getSchemas()) {
                assertShape(rs, "TABLE_SCHEM", "TABLE_CATALOG");
                schemas = maps(rs);
            }
            assertEquals(List.of(
                    Map.of("TABLE_SCHEM", "dfschema", "TABLE_CATALOG", "datafusion"),
                    Map.of("TABLE_SCHEM", "information_schema", "TABLE_CATALOG", "datafusion"),
                    Map.of("TABLE_SCHEM", "public", "TABLE_CATALOG", "datafusion")), schemas);
            assertEquals(schemas, maps(md.getSchemas("datafusion", null)));
            assertEquals(1, maps(md.getSchemas("datafusion", "pub%")).size());

            try (ResultSet rs = md.getTableTypes()) {
                assertShape(rs, "TABLE_TYPE");
                List<String> tt = new ArrayList<>();
                while (rs.next()) {
                    tt.add(rs.getString(1));
                }
                assertTrue(tt.containsAll(List.of("TABLE", "VIEW", "SYSTEM TABLE")), tt.toString());
            }

            List<Map<String, Object>> tables;
            try (ResultSet rs = md.getTables("datafusion", "public", "%", new String[] {"TABLE", "VIEW"})) {
                assertShape(rs, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS", "TYPE_CAT",
                        "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
                tables = maps(rs);
            }
            List<String> found = new ArrayList<>();
            for (Map<String, Object> t : tables) {
                found.add(t.get("TABLE_NAME") + ":" + t.get("TABLE_TYPE"));
                assertEquals("datafusion", t.get("TABLE_CAT"));
                assertEquals("public", t.get("TABLE_SCHEM"));
                assertNull(t.get("REMARKS"));
            }
            // sorted by TABLE_TYPE, then name
            assertEquals(List.of("customers:TABLE", "events:TABLE", "orders:TABLE", "profiles:TABLE",
                    "big_orders:VIEW"), found);
            List<Map<String, Object>> system = maps(md.getTables(null, "information_schema", "%", null));
            assertTrue(system.size() >= 7, system.toString());
            for (Map<String, Object> t : system) {
                assertEquals("SYSTEM TABLE", t.get("TABLE_TYPE"));
            }

            // 7. columns of one table, as the table editor shows them
            List<Map<String, Object>> cols;
            try (ResultSet rs = md.getColumns("datafusion", "public", "orders", "%")) {
                assertShape(rs, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                        "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS",
                        "COLUMN_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION",
                        "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE",
                        "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
                cols = maps(rs);
            }
            assertEquals(5, cols.size());
            Map<String, Object> orderId = cols.get(0);
            assertEquals("order_id", orderId.get("COLUMN_NAME"));
            assertEquals(Types.INTEGER, orderId.get("DATA_TYPE"));
            assertEquals("Int32", orderId.get("TYPE_NAME"));
            assertEquals(DatabaseMetaData.columnNoNulls, orderId.get("NULLABLE"));
            assertEquals("NO", orderId.get("IS_NULLABLE"));
            assertEquals(1, orderId.get("ORDINAL_POSITION"));
            assertEquals("NO", orderId.get("IS_AUTOINCREMENT"));
            Map<String, Object> amount = cols.get(2);
            assertEquals("amount", amount.get("COLUMN_NAME"));
            assertEquals(Types.DECIMAL, amount.get("DATA_TYPE"));
            assertEquals("Decimal128(10, 2)", amount.get("TYPE_NAME"));
            assertEquals(10, amount.get("COLUMN_SIZE"));
            assertEquals(2, amount.get("DECIMAL_DIGITS"));
            assertEquals(10, amount.get("NUM_PREC_RADIX"));
            assertEquals("YES", amount.get("IS_NULLABLE"));
            assertEquals(3, amount.get("ORDINAL_POSITION"));
            Map<String, Object> at = cols.get(3);
            assertEquals(Types.TIMESTAMP, at.get("DATA_TYPE"));
            Map<String, Object> note = cols.get(4);
            assertEquals(Types.VARCHAR, note.get("DATA_TYPE"));
            assertEquals(5, note.get("ORDINAL_POSITION"));

            // 8. keys and indexes with "%" as the table name: empty, correctly shaped
            try (ResultSet rs = md.getPrimaryKeys("datafusion", "public", "%")) {
                assertShape(rs, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
                assertFalse(rs.next());
            }
            String[] keyShape = {"PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT",
                    "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "UPDATE_RULE", "DELETE_RULE",
                    "FK_NAME", "PK_NAME", "DEFERRABILITY"};
            try (ResultSet rs = md.getImportedKeys("datafusion", "public", "%")) {
                assertShape(rs, keyShape);
                assertFalse(rs.next());
            }
            try (ResultSet rs = md.getExportedKeys("datafusion", "public", "%")) {
                assertShape(rs, keyShape);
                assertFalse(rs.next());
            }
            try (ResultSet rs = md.getIndexInfo("datafusion", "public", "%", false, true)) {
                assertShape(rs, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE", "INDEX_QUALIFIER",
                        "INDEX_NAME", "TYPE", "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY", "PAGES",
                        "FILTER_CONDITION");
                assertFalse(rs.next());
            }
            try (ResultSet rs = md.getPrimaryKeys("datafusion", "public", "orders")) {
                assertFalse(rs.next());
            }

            // 9. functions and procedures
            List<Map<String, Object>> functions;
            try (ResultSet rs = md.getFunctions(null, null, "%")) {
                assertShape(rs, "FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS", "FUNCTION_TYPE",
                        "SPECIFIC_NAME");
                functions = maps(rs);
            }
            assertTrue(functions.size() > 200, "DataFusion has hundreds of functions: " + functions.size());
            Map<String, Object> abs = functions.stream().filter(f -> "abs".equals(f.get("FUNCTION_NAME")))
                    .findFirst().orElseThrow();
            assertEquals((short) DatabaseMetaData.functionNoTable, abs.get("FUNCTION_TYPE"));
            assertNotNull(abs.get("REMARKS"));
            assertEquals("datafusion", abs.get("FUNCTION_CAT"));
            Set<String> specific = new TreeSet<>();
            for (Map<String, Object> f : functions) {
                String key = f.get("FUNCTION_CAT") + "." + f.get("FUNCTION_SCHEM") + "." + f.get("SPECIFIC_NAME");
                assertTrue(specific.add(key), "SPECIFIC_NAME is unique: " + key);
            }
            try (ResultSet rs = md.getProcedures(null, null, "%")) {
                assertShape(rs, "PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "RESERVED1", "RESERVED2",
                        "RESERVED3", "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME");
                assertFalse(rs.next());
            }

            // 10. client info
            List<Map<String, Object>> clientInfo;
            try (ResultSet rs = md.getClientInfoProperties()) {
                assertShape(rs, "NAME", "MAX_LEN", "DEFAULT_VALUE", "DESCRIPTION");
                clientInfo = maps(rs);
            }
            assertEquals(List.of("ApplicationName", "ClientHostname", "ClientUser"),
                    clientInfo.stream().map(m -> m.get("NAME")).toList());
            assertEquals(255, clientInfo.get(0).get("MAX_LEN"));
            c.setClientInfo("ApplicationName", "DBeaver 25.0.0 - Main");
            assertEquals("DBeaver 25.0.0 - Main", c.getClientInfo("ApplicationName"));
            assertEquals("DBeaver 25.0.0 - Main", c.getClientInfo().getProperty("ApplicationName"));
            assertThrows(SQLClientInfoException.class, () -> c.setClientInfo("NoSuchProperty", "x"));

            // 11. the SQL editor: a query with the metadata cached
            assertEquals(List.of(List.of("Ada", "2")),
                    ClientFixture.rows(c, "SELECT c.name, count(*) FROM orders o JOIN customers c"
                            + " ON o.customer_id = c.id GROUP BY c.name ORDER BY count(*) DESC, c.name LIMIT 1"));
            assertTrue(c.isValid(1));
            c.close();
            assertFalse(c.isValid(1));
        }
    }
}
