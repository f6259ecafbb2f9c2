package io.dfschema.metadata.jdbc;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every DatabaseMetaData method that returns a ResultSet, checked column by column against the
 * JDBC 4.3 javadoc (java.sql.DatabaseMetaData, Java SE 17), transcribed here independently of
 * MetadataColumns: "NAME type" with the javadoc's Java type. Reserved/unused columns carry the
 * names drivers commonly use.
 */
class MetadataShapesTest {

    private static final Map<String, String> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("getProcedures",
                "PROCEDURE_CAT String, PROCEDURE_SCHEM String, PROCEDURE_NAME String, RESERVED1 String, "
                        + "RESERVED2 String, RESERVED3 String, REMARKS String, PROCEDURE_TYPE short, SPECIFIC_NAME String");
        SHAPES.put("getProcedureColumns",
                "PROCEDURE_CAT String, PROCEDURE_SCHEM String, PROCEDURE_NAME String, COLUMN_NAME String, "
                        + "COLUMN_TYPE short, DATA_TYPE int, TYPE_NAME String, PRECISION int, LENGTH int, SCALE short, "
                        + "RADIX short, NULLABLE short, REMARKS String, COLUMN_DEF String, SQL_DATA_TYPE int, "
                        + "SQL_DATETIME_SUB int, CHAR_OCTET_LENGTH int, ORDINAL_POSITION int, IS_NULLABLE String, "
                        + "SPECIFIC_NAME String");
        SHAPES.put("getTables",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, TABLE_TYPE String, REMARKS String, "
                        + "TYPE_CAT String, TYPE_SCHEM String, TYPE_NAME String, SELF_REFERENCING_COL_NAME String, "
                        + "REF_GENERATION String");
        SHAPES.put("getSchemas", "TABLE_SCHEM String, TABLE_CATALOG String");
        SHAPES.put("getSchemas(catalog,pattern)", "TABLE_SCHEM String, TABLE_CATALOG String");
        SHAPES.put("getCatalogs", "TABLE_CAT String");
        SHAPES.put("getTableTypes", "TABLE_TYPE String");
        SHAPES.put("getColumns",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, COLUMN_NAME String, DATA_TYPE int, "
                        + "TYPE_NAME String, COLUMN_SIZE int, BUFFER_LENGTH int, DECIMAL_DIGITS int, "
                        + "NUM_PREC_RADIX int, NULLABLE int, REMARKS String, COLUMN_DEF String, SQL_DATA_TYPE int, "
                        + "SQL_DATETIME_SUB int, CHAR_OCTET_LENGTH int, ORDINAL_POSITION int, IS_NULLABLE String, "
                        + "SCOPE_CATALOG String, SCOPE_SCHEMA String, SCOPE_TABLE String, SOURCE_DATA_TYPE short, "
                        + "IS_AUTOINCREMENT String, IS_GENERATEDCOLUMN String");
        SHAPES.put("getColumnPrivileges",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, COLUMN_NAME String, GRANTOR String, "
                        + "GRANTEE String, PRIVILEGE String, IS_GRANTABLE String");
        SHAPES.put("getTablePrivileges",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, GRANTOR String, GRANTEE String, "
                        + "PRIVILEGE String, IS_GRANTABLE String");
        SHAPES.put("getBestRowIdentifier",
                "SCOPE short, COLUMN_NAME String, DATA_TYPE int, TYPE_NAME String, COLUMN_SIZE int, "
                        + "BUFFER_LENGTH int, DECIMAL_DIGITS short, PSEUDO_COLUMN short");
        SHAPES.put("getVersionColumns",
                "SCOPE short, COLUMN_NAME String, DATA_TYPE int, TYPE_NAME String, COLUMN_SIZE int, "
                        + "BUFFER_LENGTH int, DECIMAL_DIGITS short, PSEUDO_COLUMN short");
        SHAPES.put("getPrimaryKeys",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, COLUMN_NAME String, KEY_SEQ short, "
                        + "PK_NAME String");
        String keys = "PKTABLE_CAT String, PKTABLE_SCHEM String, PKTABLE_NAME String, PKCOLUMN_NAME String, "
                + "FKTABLE_CAT String, FKTABLE_SCHEM String, FKTABLE_NAME String, FKCOLUMN_NAME String, "
                + "KEY_SEQ short, UPDATE_RULE short, DELETE_RULE short, FK_NAME String, PK_NAME String, "
                + "DEFERRABILITY short";
        SHAPES.put("getImportedKeys", keys);
        SHAPES.put("getExportedKeys", keys);
        SHAPES.put("getCrossReference", keys);
        SHAPES.put("getTypeInfo",
                "TYPE_NAME String, DATA_TYPE int, PRECISION int, LITERAL_PREFIX String, LITERAL_SUFFIX String, "
                        + "CREATE_PARAMS String, NULLABLE short, CASE_SENSITIVE boolean, SEARCHABLE short, "
                        + "UNSIGNED_ATTRIBUTE boolean, FIXED_PREC_SCALE boolean, AUTO_INCREMENT boolean, "
                        + "LOCAL_TYPE_NAME String, MINIMUM_SCALE short, MAXIMUM_SCALE short, SQL_DATA_TYPE int, "
                        + "SQL_DATETIME_SUB int, NUM_PREC_RADIX int");
        SHAPES.put("getIndexInfo",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, NON_UNIQUE boolean, "
                        + "INDEX_QUALIFIER String, INDEX_NAME String, TYPE short, ORDINAL_POSITION short, "
                        + "COLUMN_NAME String, ASC_OR_DESC String, CARDINALITY long, PAGES long, "
                        + "FILTER_CONDITION String");
        SHAPES.put("getUDTs",
                "TYPE_CAT String, TYPE_SCHEM String, TYPE_NAME String, CLASS_NAME String, DATA_TYPE int, "
                        + "REMARKS String, BASE_TYPE short");
        SHAPES.put("getSuperTypes",
                "TYPE_CAT String, TYPE_SCHEM String, TYPE_NAME String, SUPERTYPE_CAT String, "
                        + "SUPERTYPE_SCHEM String, SUPERTYPE_NAME String");
        SHAPES.put("getSuperTables",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, SUPERTABLE_NAME String");
        SHAPES.put("getAttributes",
                "TYPE_CAT String, TYPE_SCHEM String, TYPE_NAME String, ATTR_NAME String, DATA_TYPE int, "
                        + "ATTR_TYPE_NAME String, ATTR_SIZE int, DECIMAL_DIGITS int, NUM_PREC_RADIX int, "
                        + "NULLABLE int, REMARKS String, ATTR_DEF String, SQL_DATA_TYPE int, SQL_DATETIME_SUB int, "
                        + "CHAR_OCTET_LENGTH int, ORDINAL_POSITION int, IS_NULLABLE String, SCOPE_CATALOG String, "
                        + "SCOPE_SCHEMA String, SCOPE_TABLE String, SOURCE_DATA_TYPE short");
        SHAPES.put("getClientInfoProperties",
                "NAME String, MAX_LEN int, DEFAULT_VALUE String, DESCRIPTION String");
        SHAPES.put("getFunctions",
                "FUNCTION_CAT String, FUNCTION_SCHEM String, FUNCTION_NAME String, REMARKS String, "
                        + "FUNCTION_TYPE short, SPECIFIC_NAME String");
        SHAPES.put("getFunctionColumns",
                "FUNCTION_CAT String, FUNCTION_SCHEM String, FUNCTION_NAME String, COLUMN_NAME String, "
                        + "COLUMN_TYPE short, DATA_TYPE int, TYPE_NAME String, PRECISION int, LENGTH int, "
                        + "SCALE short, RADIX short, NULLABLE short, REMARKS String, CHAR_OCTET_LENGTH int, "
                        + "ORDINAL_POSITION int, IS_NULLABLE String, SPECIFIC_NAME String");
        SHAPES.put("getPseudoColumns",
                "TABLE_CAT String, TABLE_SCHEM String, TABLE_NAME String, COLUMN_NAME String, DATA_TYPE int, "
                        + "COLUMN_SIZE int, DECIMAL_DIGITS int, NUM_PREC_RADIX int, COLUMN_USAGE String, "
                        + "REMARKS String, CHAR_OCTET_LENGTH int, IS_NULLABLE String");
    }

    interface Call {
        ResultSet call(DatabaseMetaData md) throws SQLException;
    }

    /** One call per ResultSet-returning method, with arguments that return rows where the fake has any. */
    static Map<String, Call> calls() {
        Map<String, Call> c = new LinkedHashMap<>();
        c.put("getProcedures", md -> md.getProcedures(null, null, "%"));
        c.put("getProcedureColumns", md -> md.getProcedureColumns(null, null, "%", "%"));
        c.put("getTables", md -> md.getTables(null, null, "%", null));
        c.put("getSchemas", DatabaseMetaData::getSchemas);
        c.put("getSchemas(catalog,pattern)", md -> md.getSchemas(null, "%"));
        c.put("getCatalogs", DatabaseMetaData::getCatalogs);
        c.put("getTableTypes", DatabaseMetaData::getTableTypes);
        c.put("getColumns", md -> md.getColumns(null, null, "%", "%"));
        c.put("getColumnPrivileges", md -> md.getColumnPrivileges(null, null, "orders", "%"));
        c.put("getTablePrivileges", md -> md.getTablePrivileges(null, null, "%"));
        c.put("getBestRowIdentifier", md -> md.getBestRowIdentifier(null, null, "orders",
                DatabaseMetaData.bestRowSession, true));
        c.put("getVersionColumns", md -> md.getVersionColumns(null, null, "orders"));
        c.put("getPrimaryKeys", md -> md.getPrimaryKeys(null, null, "%"));
        c.put("getImportedKeys", md -> md.getImportedKeys(null, null, "%"));
        c.put("getExportedKeys", md -> md.getExportedKeys(null, null, "%"));
        c.put("getCrossReference", md -> md.getCrossReference(null, null, "%", null, null, "%"));
        c.put("getTypeInfo", DatabaseMetaData::getTypeInfo);
        c.put("getIndexInfo", md -> md.getIndexInfo(null, null, "%", false, true));
        c.put("getUDTs", md -> md.getUDTs(null, null, "%", null));
        c.put("getSuperTypes", md -> md.getSuperTypes(null, null, "%"));
        c.put("getSuperTables", md -> md.getSuperTables(null, null, "%"));
        c.put("getAttributes", md -> md.getAttributes(null, null, "%", "%"));
        c.put("getClientInfoProperties", DatabaseMetaData::getClientInfoProperties);
        c.put("getFunctions", md -> md.getFunctions(null, null, "%"));
        c.put("getFunctionColumns", md -> md.getFunctionColumns(null, null, "%", "%"));
        c.put("getPseudoColumns", md -> md.getPseudoColumns(null, null, "%", "%"));
        return c;
    }

    private static int jdbcType(String javaType) {
        switch (javaType) {
            case "String": return Types.VARCHAR;
            case "int": return Types.INTEGER;
            case "short": return Types.SMALLINT;
            case "long": return Types.BIGINT;
            case "boolean": return Types.BOOLEAN;
            default: throw new IllegalArgumentException(javaType);
        }
    }

    private static Class<?> javaClass(String javaType) {
        switch (javaType) {
            case "String": return String.class;
            case "int": return Integer.class;
            case "short": return Short.class;
            case "long": return Long.class;
            case "boolean": return Boolean.class;
            default: throw new IllegalArgumentException(javaType);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyResultSetHasTheJavadocShape() {
        DatabaseMetaData md = FakeCatalog.metaData();
        Map<String, Call> calls = calls();
        return SHAPES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] expected = e.getValue().split(", ");
            try (ResultSet rs = calls.get(e.getKey()).call(md)) {
                ResultSetMetaData rsmd = rs.getMetaData();
                assertEquals(expected.length, rsmd.getColumnCount(), "column count");
                for (int i = 0; i < expected.length; i++) {
                    String[] nameType = expected[i].split(" ");
                    assertEquals(nameType[0], rsmd.getColumnName(i + 1), "name of column " + (i + 1));
                    assertEquals(nameType[0], rsmd.getColumnLabel(i + 1), "label of column " + (i + 1));
                    assertEquals(jdbcType(nameType[1]), rsmd.getColumnType(i + 1), "type of " + nameType[0]);
                    assertEquals(i + 1, rs.findColumn(nameType[0]));
                }
                assertNull(rs.getStatement());
                // every value is null or of the Java class of its column
                while (rs.next()) {
                    for (int i = 0; i < expected.length; i++) {
                        Object v = rs.getObject(i + 1);
                        if (v != null) {
                            String[] nameType = expected[i].split(" ");
                            assertEquals(javaClass(nameType[1]), v.getClass(),
                                    e.getKey() + "." + nameType[0] + " value " + v);
                        }
                    }
                }
            }
        }));
    }

    @Test
    void everyResultSetMethodIsCovered() {
        Set<String> methods = new TreeSet<>();
        for (Method m : DatabaseMetaData.class.getMethods()) {
            if (m.getReturnType() == ResultSet.class && !Modifier.isStatic(m.getModifiers())) {
                methods.add(m.getName() + "/" + m.getParameterCount());
            }
        }
        Set<String> covered = new TreeSet<>();
        for (String k : SHAPES.keySet()) {
            covered.add(k);
        }
        List<String> missing = new ArrayList<>();
        for (String m : methods) {
            String name = m.substring(0, m.indexOf('/'));
            if (name.equals("getSchemas") && m.endsWith("/2")) {
                name = "getSchemas(catalog,pattern)";
            }
            if (!covered.contains(name)) {
                missing.add(m);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(SHAPES.keySet(), calls().keySet());
    }
}
