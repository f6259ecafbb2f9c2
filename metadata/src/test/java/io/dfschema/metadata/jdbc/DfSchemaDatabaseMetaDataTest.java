package io.dfschema.metadata.jdbc;

import io.dfschema.engine.ArrowType;
import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.SchemaInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.TableInfo;
import io.dfschema.metadata.types.JdbcTypeMapping;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DfSchemaDatabaseMetaDataTest {

    private final DfSchemaDatabaseMetaData md = FakeCatalog.metaData();

    /** The rows of a result as lists, the given columns only (1-based labels). */
    static List<List<Object>> rows(ResultSet rs, String... labels) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (String l : labels) {
                    row.add(rs.getObject(l));
                }
                out.add(row);
            }
        }
        return out;
    }

    static List<String> strings(ResultSet rs, String label) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getString(label));
            }
        }
        return out;
    }

    static String escape(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // ------------------------------------------------------------------ getTables

    @Test
    void tablesAreOrderedByTypeCatalogSchemaName() throws SQLException {
        List<List<Object>> rows = rows(md.getTables(null, null, "%", null),
                "TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME");
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> {
            for (int i = 0; i < 4; i++) {
                int c = ((String) a.get(i)).compareTo((String) b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        assertEquals(sorted, rows);
        assertEquals(FakeCatalog.snapshot().tableCount(), rows.size());
        assertEquals(List.of("LOCAL TEMPORARY", DfSchemaDatabaseMetaDataTest.DF, "public", "tmp"), rows.get(0));
    }

    static final String DF = FakeCatalog.DF;

    @Test
    void tableTypesAreMappedAndFiltered() throws SQLException {
        assertEquals(List.of(List.of("order_view", "VIEW")),
                rows(md.getTables(null, null, "order\\_view", null), "TABLE_NAME", "TABLE_TYPE"));
        assertEquals(List.of(List.of("tables", "SYSTEM TABLE")),
                rows(md.getTables(null, "information_schema", "%", null), "TABLE_NAME", "TABLE_TYPE"));
        assertEquals(List.of("orders"), strings(md.getTables(DF, "public", "orders", null), "TABLE_NAME"));
        assertEquals("TABLE", strings(md.getTables(DF, "public", "orders", null), "TABLE_TYPE").get(0));
        assertEquals(List.of("order_view"), strings(md.getTables(null, null, "%", new String[] {"VIEW"}), "TABLE_NAME"));
        assertEquals(List.of("tmp"), strings(md.getTables(null, null, "%", new String[] {"LOCAL TEMPORARY"}), "TABLE_NAME"));
        assertEquals(List.of("tables"), strings(md.getTables(null, null, "%", new String[] {"SYSTEM TABLE"}), "TABLE_NAME"));
        int tables = strings(md.getTables(null, null, "%", new String[] {"TABLE"}), "TABLE_NAME").size();
        assertEquals(tables, strings(md.getTables(null, null, "%", new String[] {"BASE TABLE"}), "TABLE_NAME").size());
        assertEquals(tables, strings(md.getTables(null, null, "%", new String[] {"table"}), "TABLE_NAME").size());
        assertEquals(List.of(), strings(md.getTables(null, null, "%", new String[0]), "TABLE_NAME"));
        assertEquals(List.of(), strings(md.getTables(null, null, "%", new String[] {"NOPE"}), "TABLE_NAME"));
    }

    @Test
    void catalogAndSchemaArguments() throws SQLException {
        assertEquals(3, strings(md.getTables(null, null, "orders", null), "TABLE_NAME").size());
        assertEquals(2, strings(md.getTables(DF, null, "orders", null), "TABLE_NAME").size());
        assertEquals(List.of("other"), strings(md.getTables("other", null, "orders", null), "TABLE_CAT"));
        assertEquals(List.of(), strings(md.getTables("", null, "%", null), "TABLE_NAME"), "\"\" = without a catalog");
        assertEquals(List.of(), strings(md.getTables(null, "", "%", null), "TABLE_NAME"), "\"\" = without a schema");
        assertEquals(List.of("sales"), strings(md.getTables(null, "sal%", "%", null), "TABLE_SCHEM"));
        assertEquals(List.of(), strings(md.getTables("DATAFUSION", null, "%", null), "TABLE_NAME"), "case-sensitive");
        assertEquals(List.of(), strings(md.getTables(null, null, "ORDERS", null), "TABLE_NAME"), "case-sensitive");
        assertEquals(List.of("MixedCase"), strings(md.getTables(null, null, "MixedCase", null), "TABLE_NAME"));
    }

    @Test
    void hostileTableNamesReturnExactlyThemselves() throws SQLException {
        for (String name : FakeCatalog.HOSTILE) {
            assertEquals(List.of(name), strings(md.getTables(null, "public", escape(name), null), "TABLE_NAME"),
                    () -> "table " + name);
            assertEquals(List.of(name), strings(md.getColumns(null, "public", escape(name), escape(name)), "COLUMN_NAME"),
                    () -> "column of " + name);
            assertEquals(List.of(name, "c_" + name), strings(md.getColumns(DF, "public", escape(name), null), "COLUMN_NAME"));
        }
    }

    @Test
    void unescapedUnderscoreIsAWildcard() throws SQLException {
        assertEquals(List.of("myXtable", "my_table"), strings(md.getTables(null, null, "my_table", null), "TABLE_NAME"));
        assertEquals(List.of("my_table"), strings(md.getTables(null, null, "my\\_table", null), "TABLE_NAME"));
        assertEquals(List.of("50%_off"), strings(md.getTables(null, null, "50%", null), "TABLE_NAME"));
    }

    // ------------------------------------------------------------------ schemas, catalogs, types

    @Test
    void schemasAndCatalogs() throws SQLException {
        assertEquals(List.of(List.of("information_schema", DF), List.of("public", DF), List.of("sales", DF),
                        List.of("public", "other")),
                rows(md.getSchemas(), "TABLE_SCHEM", "TABLE_CATALOG"));
        assertEquals(List.of("public"), strings(md.getSchemas("other", null), "TABLE_SCHEM"));
        assertEquals(List.of("public", "public"), strings(md.getSchemas(null, "pub%"), "TABLE_SCHEM"));
        assertEquals(List.of(), strings(md.getSchemas("", null), "TABLE_SCHEM"));
        assertEquals(List.of("information_schema"), strings(md.getSchemas(DF, "information\\_schema"), "TABLE_SCHEM"));
        assertEquals(List.of(DF, "other"), strings(md.getCatalogs(), "TABLE_CAT"));
        assertEquals(List.of("LOCAL TEMPORARY", "SYSTEM TABLE", "TABLE", "VIEW"), strings(md.getTableTypes(), "TABLE_TYPE"));
    }

    // ------------------------------------------------------------------ getColumns

    @Test
    void columnsCarryTheEngineTypeAndAgreeWithTheTypeMapping() throws SQLException {
        try (ResultSet rs = md.getColumns(DF, "public", "orders", "%")) {
            int ordinal = 0;
            while (rs.next()) {
                ordinal++;
                assertEquals(ordinal, rs.getInt("ORDINAL_POSITION"));
                String typeName = rs.getString("TYPE_NAME");
                ArrowType t = ArrowTypeParser.parseOrOther(typeName);
                assertEquals(JdbcTypeMapping.jdbcType(t), rs.getInt("DATA_TYPE"), typeName);
                int precision = JdbcTypeMapping.precision(t);
                rs.getInt("COLUMN_SIZE");
                if (precision == 0) {
                    assertTrue(rs.wasNull(), typeName);
                } else {
                    assertEquals(precision, rs.getInt("COLUMN_SIZE"), typeName);
                }
                assertEquals(rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable ? "YES" : "NO",
                        rs.getString("IS_NULLABLE"));
                assertEquals("NO", rs.getString("IS_AUTOINCREMENT"));
                assertEquals("NO", rs.getString("IS_GENERATEDCOLUMN"));
            }
            assertEquals(16, ordinal);
        }
        Map<String, List<Object>> byName = new HashMap<>();
        for (List<Object> r : rows(md.getColumns(DF, "public", "orders", null), "COLUMN_NAME", "DATA_TYPE",
                "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "CHAR_OCTET_LENGTH",
                "REMARKS", "COLUMN_DEF")) {
            byName.put((String) r.get(0), r);
        }
        assertEquals(Arrays.asList("id", Types.BIGINT, "Int64", 19, 0, 10, DatabaseMetaData.columnNoNulls, null,
                null, null), byName.get("id"));
        assertEquals(Arrays.asList("amount", Types.DECIMAL, "Decimal128(10, 2)", 10, 2, 10,
                DatabaseMetaData.columnNullable, null, "Total in EUR", null), byName.get("amount"));
        assertEquals(Types.TIMESTAMP_WITH_TIMEZONE, byName.get("placed").get(1));
        assertEquals("Timestamp(ns, \"UTC\")", byName.get("placed").get(2));
        assertEquals(9, byName.get("placed").get(4));
        assertEquals(Types.VARCHAR, byName.get("note").get(1));
        assertEquals(Integer.MAX_VALUE, byName.get("note").get(7));
        assertNull(byName.get("note").get(4));
        assertNull(byName.get("note").get(5));
        assertEquals(Types.ARRAY, byName.get("tags").get(1));
        assertEquals(Types.VARCHAR, byName.get("dict").get(1), "dictionaries report their value type");
        assertEquals(16, byName.get("uuid").get(7));
        assertEquals("false", byName.get("flag").get(9), "COLUMN_DEF from contracts");
        assertEquals(Types.OTHER, byName.get("weird_type").get(1), "unknown engine types are OTHER");
        assertEquals("SomethingNew(42)", byName.get("weird_type").get(2));
        assertNull(byName.get("ratio").get(4), "no DECIMAL_DIGITS for floating point");
    }

    @Test
    void columnPatternsAndOrder() throws SQLException {
        assertEquals(List.of("customer_id"), strings(md.getColumns(DF, "public", "orders", "cust%"), "COLUMN_NAME"));
        assertEquals(List.of("id", "id", "id"), strings(md.getColumns(null, null, "orders", "id"), "COLUMN_NAME"));
        assertEquals(List.of(DF, DF, "other"), strings(md.getColumns(null, null, "orders", "id"), "TABLE_CAT"));
        assertEquals(List.of(), strings(md.getColumns(null, null, "orders", ""), "COLUMN_NAME"));
        assertEquals(List.of("table_catalog", "table_name"),
                strings(md.getColumns(null, "information_schema", "tables", null), "COLUMN_NAME"));
    }

    @Test
    void withoutContractsRemarksAndKeysAreEmpty() throws SQLException {
        DfSchemaDatabaseMetaData plain = FakeCatalog.metaData(ContractMetadata.none());
        assertNull(rows(plain.getTables(DF, "public", "orders", null), "REMARKS").get(0).get(0));
        assertNull(rows(plain.getColumns(DF, "public", "orders", "amount"), "REMARKS").get(0).get(0));
        assertEquals(List.of(), rows(plain.getPrimaryKeys(null, null, "%"), "COLUMN_NAME"));
        assertEquals(List.of(), rows(plain.getIndexInfo(null, null, "%", false, true), "COLUMN_NAME"));
        assertEquals(List.of(), rows(plain.getImportedKeys(null, null, "orders"), "FK_NAME"));
        assertEquals(List.of(), rows(plain.getExportedKeys(null, null, "customers"), "FK_NAME"));
        assertEquals(List.of(), rows(plain.getCrossReference(null, null, null, null, null, null), "FK_NAME"));
        assertEquals("All orders", rows(md.getTables(DF, "public", "orders", null), "REMARKS").get(0).get(0));
    }

    // ------------------------------------------------------------------ keys from contracts

    @Test
    void primaryKeys() throws SQLException {
        List<List<Object>> expectedOrders = List.of(List.of(DF, "public", "orders", "id", (short) 1, "orders_pkey"));
        String[] cols = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"};
        assertEquals(expectedOrders, rows(md.getPrimaryKeys(DF, "public", "orders"), cols));
        assertEquals(expectedOrders, rows(md.getPrimaryKeys(null, null, "orders"), cols));
        assertEquals(2, rows(md.getPrimaryKeys(null, null, "%"), cols).size(), "DBeaver passes %");
        assertEquals(2, rows(md.getPrimaryKeys(null, null, null), cols).size());
        assertEquals(List.of(), rows(md.getPrimaryKeys(null, null, "order_"), cols), "not a pattern");
        assertEquals(List.of(), rows(md.getPrimaryKeys(null, "sales", "orders"), cols));
    }

    @Test
    void indexInfoListsPrimaryAndUniqueKeys() throws SQLException {
        List<List<Object>> rows = rows(md.getIndexInfo(null, null, "customers", true, true),
                "TABLE_NAME", "NON_UNIQUE", "INDEX_NAME", "TYPE", "ORDINAL_POSITION", "COLUMN_NAME");
        assertEquals(List.of(
                List.of("customers", false, "customers_email_key", DatabaseMetaData.tableIndexOther, (short) 1, "email"),
                List.of("customers", false, "customers_pkey", DatabaseMetaData.tableIndexOther, (short) 1, "id")), rows);
        assertEquals(3, rows(md.getIndexInfo(null, null, "%", false, false), "INDEX_NAME").size());
    }

    @Test
    void foreignKeys() throws SQLException {
        String[] cols = {"PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "UPDATE_RULE",
                "DELETE_RULE", "FK_NAME", "PK_NAME", "DEFERRABILITY"};
        List<List<Object>> expected = List.of(List.of("customers", "id", "orders", "customer_id", (short) 1,
                (short) DatabaseMetaData.importedKeyNoAction, (short) DatabaseMetaData.importedKeyNoAction,
                "orders_customer_fk", "customers_pkey", (short) DatabaseMetaData.importedKeyNotDeferrable));
        assertEquals(expected, rows(md.getImportedKeys(DF, "public", "orders"), cols));
        assertEquals(expected, rows(md.getExportedKeys(null, null, "customers"), cols));
        assertEquals(expected, rows(md.getCrossReference(DF, "public", "customers", DF, "public", "orders"), cols));
        assertEquals(expected, rows(md.getCrossReference(null, null, "%", null, null, "%"), cols));
        assertEquals(List.of(), rows(md.getCrossReference(null, null, "orders", null, null, "customers"), cols));
        assertEquals(List.of(), rows(md.getImportedKeys(null, null, "customers"), cols));
    }

    // ------------------------------------------------------------------ functions

    @Test
    void functionsAreOverloads() throws SQLException {
        assertEquals(List.of(
                        List.of("abs", "abs(Float64)", DatabaseMetaData.functionNoTable, "Absolute value"),
                        List.of("abs", "abs(Int64)", DatabaseMetaData.functionNoTable, "Absolute value")),
                rows(md.getFunctions(null, null, "abs"), "FUNCTION_NAME", "SPECIFIC_NAME", "FUNCTION_TYPE", "REMARKS")
                        .stream().map(r -> List.of(r.get(0), r.get(1), (int) (Short) r.get(2), r.get(3))).toList());
        assertEquals((short) DatabaseMetaData.functionReturnsTable,
                rows(md.getFunctions(null, null, "generate\\_series"), "FUNCTION_TYPE").get(0).get(0));
        assertEquals((short) DatabaseMetaData.functionResultUnknown,
                rows(md.getFunctions(null, null, "my\\_udf"), "FUNCTION_TYPE").get(0).get(0));
        assertEquals(List.of("abs", "abs", "concat", "count", "generate_series", "my_udf", "now", "round"),
                strings(md.getFunctions(DF, "public", "%"), "FUNCTION_NAME"));
        assertEquals(List.of(), strings(md.getFunctions(DF, "other", "%"), "FUNCTION_NAME"));
    }

    /**
     * DataFusion 55 has a scalar and a table function both named generate_series (and range), and
     * scalar signatures that differ only in their result (generate_series(String, Date, Interval)
     * returning List(Date) or List(String)); found with the real engine.
     */
    @Test
    void tableFunctionsSharingANameAndSignaturesDifferingInTheirResult() throws SQLException {
        List<RoutineSnapshot.RoutineInfo> r = List.of(
                new RoutineSnapshot.RoutineInfo(DF, "public", "gs", "gs", "FUNCTION", true, "List(Date)", "SCALAR",
                        "scalar gs", null),
                new RoutineSnapshot.RoutineInfo(DF, "public", "gs", "gs", "FUNCTION", true, "List(String)", "SCALAR",
                        "scalar gs", null),
                new RoutineSnapshot.RoutineInfo(DF, "public", "gs", "gs", "FUNCTION", null, "TABLE", "TABLE",
                        "table gs", null),
                new RoutineSnapshot.RoutineInfo(DF, "public", "only_table", "only_table", "FUNCTION", null, "TABLE",
                        "TABLE", null, null));
        List<RoutineSnapshot.ParameterInfo> p = new java.util.ArrayList<>();
        for (int rid = 0; rid < 3; rid++) {
            String result = rid == 0 ? "List(Date)" : rid == 1 ? "List(String)" : "List(Int64)";
            String arg = rid == 2 ? "Int64" : "Date";
            p.add(new RoutineSnapshot.ParameterInfo(DF, "public", "gs", 1, "IN", "start", arg, null, false, rid));
            p.add(new RoutineSnapshot.ParameterInfo(DF, "public", "gs", 1, "OUT", null, result, null, false, rid));
        }
        DfSchemaDatabaseMetaData m = new DfSchemaDatabaseMetaData(null, "u", null,
                SnapshotSource.of(CatalogSnapshot.empty(), RoutineSnapshot.of(r, p), Map.of()), null, () -> "55.2.0");
        assertEquals(List.of(
                        List.of("gs", "gs (table function)", (short) DatabaseMetaData.functionReturnsTable, "table gs"),
                        List.of("gs", "gs(Date): List(Date)", (short) DatabaseMetaData.functionNoTable, "scalar gs"),
                        List.of("gs", "gs(Date): List(String)", (short) DatabaseMetaData.functionNoTable, "scalar gs"),
                        List.of("gs", "gs(Int64)", (short) DatabaseMetaData.functionNoTable, "scalar gs"),
                        java.util.Arrays.asList("only_table", "only_table",
                                (short) DatabaseMetaData.functionReturnsTable, null)),
                rows(m.getFunctions(null, null, "%"), "FUNCTION_NAME", "SPECIFIC_NAME", "FUNCTION_TYPE", "REMARKS"));
        assertEquals(List.of(
                        List.of("gs(Date): List(Date)", "RETURN_VALUE", "List(Date)"),
                        List.of("gs(Date): List(Date)", "start", "Date"),
                        List.of("gs(Date): List(String)", "RETURN_VALUE", "List(String)"),
                        List.of("gs(Date): List(String)", "start", "Date"),
                        List.of("gs(Int64)", "RETURN_VALUE", "List(Int64)"),
                        List.of("gs(Int64)", "start", "Int64")),
                rows(m.getFunctionColumns(null, null, "gs", null), "SPECIFIC_NAME", "COLUMN_NAME", "TYPE_NAME"));
    }

    @Test
    void functionColumns() throws SQLException {
        String[] cols = {"SPECIFIC_NAME", "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE", "TYPE_NAME", "ORDINAL_POSITION"};
        assertEquals(List.of(
                List.of("abs(Float64)", "RETURN_VALUE", (short) DatabaseMetaData.functionReturn, Types.DOUBLE, "Float64", 0),
                List.of("abs(Float64)", "numeric_expression", (short) DatabaseMetaData.functionColumnIn, Types.DOUBLE, "Float64", 1),
                List.of("abs(Int64)", "RETURN_VALUE", (short) DatabaseMetaData.functionReturn, Types.BIGINT, "Int64", 0),
                List.of("abs(Int64)", "numeric_expression", (short) DatabaseMetaData.functionColumnIn, Types.BIGINT, "Int64", 1)),
                rows(md.getFunctionColumns(null, null, "abs", "%"), cols));
        assertEquals(List.of("RETURN_VALUE", "arg1", "arg2"),
                strings(md.getFunctionColumns(null, null, "concat", null), "COLUMN_NAME"));
        assertEquals(List.of(Types.VARCHAR, Types.VARCHAR, Types.VARCHAR),
                rows(md.getFunctionColumns(null, null, "concat", null), "DATA_TYPE").stream().map(r -> r.get(0)).toList());
        assertEquals(List.of(Types.DECIMAL, Types.DECIMAL, Types.BIGINT),
                rows(md.getFunctionColumns(null, null, "round", null), "DATA_TYPE").stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("digits"), strings(md.getFunctionColumns(null, null, "round", "dig%"), "COLUMN_NAME"));
        assertEquals(List.of(), strings(md.getFunctionColumns(null, null, "generate_series", null), "COLUMN_NAME"));
        assertEquals(List.of(), strings(md.getProcedures(null, null, "%"), "PROCEDURE_NAME"));
    }

    @Test
    void functionListsAreNarrowedToTheEngine() throws SQLException {
        assertEquals("abs,round", md.getNumericFunctions());
        assertEquals("concat", md.getStringFunctions());
        assertEquals("now", md.getTimeDateFunctions());
        assertEquals("", md.getSystemFunctions());
        DfSchemaDatabaseMetaData noRoutines = new DfSchemaDatabaseMetaData(null, "u", null, new SnapshotSource() {
            @Override
            public CatalogSnapshot loadCatalog() {
                return CatalogSnapshot.empty();
            }

            @Override
            public RoutineSnapshot loadRoutines() throws SQLException {
                throw new SQLException("no routines");
            }
        }, null, () -> "55.2.0");
        assertEquals(String.join(",", SqlVocabulary.NUMERIC_FUNCTIONS), noRoutines.getNumericFunctions());
        assertTrue(noRoutines.getSystemFunctions().contains("arrow_typeof"));
        assertThrows(SQLException.class, () -> noRoutines.getFunctions(null, null, "%"));
    }

    // ------------------------------------------------------------------ type info

    @Test
    void typeInfoIsSortedAndAgreesWithTheMapping() throws SQLException {
        List<List<Object>> rows = rows(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE", "LOCAL_TYPE_NAME", "PRECISION",
                "NUM_PREC_RADIX", "CREATE_PARAMS", "UNSIGNED_ATTRIBUTE", "CASE_SENSITIVE");
        int last = Integer.MIN_VALUE;
        Map<String, List<Object>> byName = new HashMap<>();
        for (List<Object> r : rows) {
            int dataType = (Integer) r.get(1);
            assertTrue(dataType >= last, "sorted by DATA_TYPE");
            last = dataType;
            assertNull(byName.put((String) r.get(0), r), "TYPE_NAME unique: " + r.get(0));
        }
        assertEquals(Types.BIGINT, byName.get("BIGINT").get(1));
        assertEquals("Int64", byName.get("BIGINT").get(2));
        assertEquals(19, byName.get("BIGINT").get(3));
        assertEquals(10, byName.get("BIGINT").get(4));
        assertEquals(Types.VARCHAR, byName.get("VARCHAR").get(1));
        assertEquals(true, byName.get("VARCHAR").get(7));
        assertEquals(Types.DECIMAL, byName.get("DECIMAL").get(1));
        assertEquals(38, byName.get("DECIMAL").get(3));
        assertEquals("precision,scale", byName.get("DECIMAL").get(5));
        assertEquals(76, byName.get("Decimal256").get(3));
        assertEquals(Types.TIMESTAMP_WITH_TIMEZONE, byName.get("TIMESTAMP WITH TIME ZONE").get(1));
        assertEquals(Types.NUMERIC, byName.get("UInt64").get(1));
        assertEquals(true, byName.get("UInt64").get(6));
        assertEquals(false, byName.get("Int64").get(6));
        for (String engine : List.of("Null", "Boolean", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32",
                "UInt64", "Float16", "Float32", "Float64", "Decimal32", "Decimal64", "Decimal128", "Decimal256", "Utf8",
                "LargeUtf8", "Utf8View", "Binary", "LargeBinary", "BinaryView", "FixedSizeBinary", "Date32", "Date64",
                "Time32", "Time64", "Timestamp", "Interval", "Duration", "List", "LargeList", "FixedSizeList",
                "ListView", "LargeListView", "Struct", "Map", "Union")) {
            assertNotNull(byName.get(engine), engine);
        }
        // within one DATA_TYPE the SQL name comes first
        List<String> bigints = rows.stream().filter(r -> (Integer) r.get(1) == Types.BIGINT)
                .map(r -> (String) r.get(0)).toList();
        assertEquals("BIGINT", bigints.get(0));
    }

    // ------------------------------------------------------------------ scalar answers

    @Test
    void identifiersFollowTheEngineSettings() throws SQLException {
        assertTrue(md.storesLowerCaseIdentifiers());
        assertFalse(md.storesUpperCaseIdentifiers());
        assertFalse(md.storesMixedCaseIdentifiers());
        assertFalse(md.supportsMixedCaseIdentifiers());
        assertTrue(md.supportsMixedCaseQuotedIdentifiers());
        assertTrue(md.storesMixedCaseQuotedIdentifiers());
        assertFalse(md.storesLowerCaseQuotedIdentifiers());
        assertFalse(md.storesUpperCaseQuotedIdentifiers());
        assertEquals("\"", md.getIdentifierQuoteString());
        assertEquals("#$@", md.getExtraNameCharacters());
        assertTrue(md.nullsAreSortedHigh());
        assertFalse(md.nullsAreSortedLow());
        assertFalse(md.nullsAreSortedAtStart());
        assertFalse(md.nullsAreSortedAtEnd());

        Map<String, String> settings = FakeCatalog.settings();
        settings.put(DfSchemaDatabaseMetaData.SETTING_IDENT_NORMALIZATION, "false");
        settings.put(DfSchemaDatabaseMetaData.SETTING_NULL_ORDERING, "nulls_first");
        settings.put(DfSchemaDatabaseMetaData.SETTING_DIALECT, "MySQL");
        DfSchemaDatabaseMetaData other = new DfSchemaDatabaseMetaData(null, "u", null,
                SnapshotSource.of(CatalogSnapshot.empty(), RoutineSnapshot.empty(), settings), null, () -> "55.2.0");
        assertTrue(other.supportsMixedCaseIdentifiers());
        assertFalse(other.storesLowerCaseIdentifiers());
        assertTrue(other.nullsAreSortedAtStart());
        assertFalse(other.nullsAreSortedHigh());
        assertEquals("`", other.getIdentifierQuoteString());
    }

    @Test
    void settingsFailureFallsBackToDefaults() {
        DfSchemaDatabaseMetaData failing = new DfSchemaDatabaseMetaData(null, "u", null, new SnapshotSource() {
            @Override
            public CatalogSnapshot loadCatalog() {
                return CatalogSnapshot.empty();
            }

            @Override
            public Map<String, String> loadSettings() throws SQLException {
                throw new SQLException("no settings");
            }
        }, null, () -> "55.2.0");
        assertTrue(failing.storesLowerCaseIdentifiers());
        assertTrue(failing.nullsAreSortedHigh());
    }

    @Test
    void transactionsAreNotSupported() throws SQLException {
        assertFalse(md.supportsTransactions());
        assertEquals(Connection.TRANSACTION_NONE, md.getDefaultTransactionIsolation());
        assertTrue(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE));
        assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED));
        assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
        assertFalse(md.supportsDataDefinitionAndDataManipulationTransactions());
        assertFalse(md.supportsDataManipulationTransactionsOnly());
        assertFalse(md.supportsSavepoints());
    }

    @Test
    void productDriverAndJdbc() throws SQLException {
        assertEquals("DataFusion", md.getDatabaseProductName());
        assertEquals("55.2.0", md.getDatabaseProductVersion());
        assertEquals(55, md.getDatabaseMajorVersion());
        assertEquals(2, md.getDatabaseMinorVersion());
        assertEquals("dfschema", md.getDriverName());
        assertEquals(DfSchemaDatabaseMetaData.DRIVER_VERSION, md.getDriverVersion());
        assertEquals(0, md.getDriverMajorVersion());
        assertEquals(1, md.getDriverMinorVersion());
        assertEquals(4, md.getJDBCMajorVersion());
        assertEquals(3, md.getJDBCMinorVersion());
        assertEquals(DatabaseMetaData.sqlStateSQL, md.getSQLStateType());
        assertEquals("jdbc:dfschema:mem:", md.getURL());
        assertEquals("tester", md.getUserName());
        assertNull(md.getConnection());
        assertEquals("\\", md.getSearchStringEscape());
        assertEquals(RowIdLifetime.ROWID_UNSUPPORTED, md.getRowIdLifetime());
        assertTrue(md.isWrapperFor(DatabaseMetaData.class));
        assertSame(md, md.unwrap(DfSchemaDatabaseMetaData.class));
        assertEquals(0, DfSchemaDatabaseMetaData.versionPart("garbage", 0));
        assertEquals(12, DfSchemaDatabaseMetaData.versionPart("Apache DataFusion 12.3.4, x86_64", 0));
        assertEquals(3, DfSchemaDatabaseMetaData.versionPart("Apache DataFusion 12.3.4, x86_64", 1));

        DfSchemaDatabaseMetaData noNative = new DfSchemaDatabaseMetaData(null, "u", null,
                SnapshotSource.of(CatalogSnapshot.empty(), RoutineSnapshot.empty(), Map.of()), null,
                () -> { throw new UnsatisfiedLinkError("no native library"); });
        assertEquals("unknown", noNative.getDatabaseProductVersion());
        assertEquals(0, noNative.getDatabaseMajorVersion());
    }

    @Test
    void keywordsLeaveOutSql2003() {
        String keywords = md.getSQLKeywords();
        for (String k : keywords.split(",")) {
            assertFalse(SqlVocabulary.SQL_2003_RESERVED.contains(k), k);
            assertEquals(k.toUpperCase(), k);
        }
        assertTrue(keywords.contains("EXPLAIN"));
        assertTrue(keywords.contains("QUALIFY"));
    }

    @Test
    void clientInfoProperties() throws SQLException {
        assertEquals(List.of(
                        List.of("ApplicationName", DfSchemaDatabaseMetaData.CLIENT_INFO_MAX_LENGTH, ""),
                        List.of("ClientHostname", DfSchemaDatabaseMetaData.CLIENT_INFO_MAX_LENGTH, ""),
                        List.of("ClientUser", DfSchemaDatabaseMetaData.CLIENT_INFO_MAX_LENGTH, "")),
                rows(md.getClientInfoProperties(), "NAME", "MAX_LEN", "DEFAULT_VALUE"));
        for (List<Object> r : rows(md.getClientInfoProperties(), "DESCRIPTION")) {
            assertFalse(((String) r.get(0)).isBlank());
        }
    }

    // ------------------------------------------------------------------ nothing throws

    @Test
    void everyMethodAnswersWithDefaultArguments() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Method m : DatabaseMetaData.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) || m.getName().equals("unwrap")) {
                continue;
            }
            for (int variant = 0; variant < 2; variant++) {
                Object[] args = new Object[m.getParameterCount()];
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < args.length; i++) {
                    if (types[i] == int.class) {
                        args[i] = variant == 0 ? 0 : 1;
                    } else if (types[i] == boolean.class) {
                        args[i] = variant == 1;
                    } else if (types[i] == String.class) {
                        args[i] = variant == 0 ? null : "%";
                    } else if (types[i] == String[].class) {
                        args[i] = variant == 0 ? null : new String[] {"TABLE"};
                    } else if (types[i] == int[].class) {
                        args[i] = variant == 0 ? null : new int[] {Types.STRUCT};
                    } else if (types[i] == Class.class) {
                        args[i] = DatabaseMetaData.class;
                    }
                }
                try {
                    Object result = m.invoke(md, args);
                    if (result instanceof ResultSet rs) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                        rs.close();
                    }
                } catch (InvocationTargetException e) {
                    failures.add(m.getName() + Arrays.toString(args) + ": " + e.getCause());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    // ------------------------------------------------------------------ caching

    @Test
    void snapshotsAreCachedUntilInvalidated() throws SQLException {
        AtomicInteger catalogLoads = new AtomicInteger();
        AtomicInteger routineLoads = new AtomicInteger();
        AtomicInteger settingLoads = new AtomicInteger();
        CatalogSnapshot[] current = {FakeCatalog.snapshot()};
        DfSchemaDatabaseMetaData cached = new DfSchemaDatabaseMetaData(null, "u", null, new SnapshotSource() {
            @Override
            public CatalogSnapshot loadCatalog() {
                catalogLoads.incrementAndGet();
                return current[0];
            }

            @Override
            public RoutineSnapshot loadRoutines() {
                routineLoads.incrementAndGet();
                return FakeCatalog.routines();
            }

            @Override
            public Map<String, String> loadSettings() {
                settingLoads.incrementAndGet();
                return FakeCatalog.settings();
            }
        }, null, () -> "55.2.0");
        assertEquals(0, catalogLoads.get(), "nothing is loaded up front");
        cached.getTables(null, null, "%", null);
        cached.getColumns(null, null, "%", "%");
        cached.getSchemas();
        cached.getCatalogs();
        assertEquals(1, catalogLoads.get());
        assertEquals(0, routineLoads.get(), "functions load only when asked");
        cached.getFunctions(null, null, "%");
        cached.getNumericFunctions();
        assertEquals(1, routineLoads.get());
        cached.storesLowerCaseIdentifiers();
        cached.nullsAreSortedHigh();
        assertEquals(1, settingLoads.get());

        current[0] = CatalogSnapshot.of(List.of(new SchemaInfo("c", "s", null)),
                List.of(TableInfo.of("c", "s", "new_table", "BASE TABLE")),
                List.of(new ColumnInfo("c", "s", "new_table", "x", 1, "Int8", true, null, null)));
        assertEquals(3, strings(cached.getTables(null, null, "orders", null), "TABLE_NAME").size(), "still cached");
        cached.invalidate();
        assertEquals(List.of("new_table"), strings(cached.getTables(null, null, "%", null), "TABLE_NAME"));
        assertEquals(2, catalogLoads.get());
        cached.getFunctions(null, null, "%");
        assertEquals(2, routineLoads.get());
    }

    @Test
    void closedConnectionIsAnError() {
        Connection closed = (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> m.getName().equals("isClosed") ? Boolean.TRUE : null);
        DfSchemaDatabaseMetaData onClosed = new DfSchemaDatabaseMetaData(closed, "u", null,
                SnapshotSource.of(FakeCatalog.snapshot(), RoutineSnapshot.empty(), Map.of()), null, () -> "55.2.0");
        SQLException e = assertThrows(SQLException.class, () -> onClosed.getTables(null, null, "%", null));
        assertEquals("08003", e.getSQLState());
        assertSame(closed, onClosed.getConnection());
    }
}
