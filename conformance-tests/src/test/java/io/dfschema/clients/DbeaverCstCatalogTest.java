package io.dfschema.clients;

import static io.dfschema.clients.DbeaverSequenceTest.maps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DBeaver's navigator on the CST contract catalog: connect the way DBeaver does, then the calls it makes
 * to show a table's properties, columns, keys, references and indexes, both with {@code "%"} as the table
 * (reading a whole schema) and with exact names (one table opened). Every row is compared in full, with
 * the Java type getObject returns (KEY_SEQ and the rules are Short, NON_UNIQUE Boolean), and in the order
 * the JDBC javadoc gives; rows the javadoc leaves unordered (two foreign keys with the same referenced
 * table and KEY_SEQ) may come in either order.
 */
class DbeaverCstCatalogTest {
    private static final String CAT = "cst";
    private static final String SCHEMA = "public";
    private static final short NO_ACTION = (short) DatabaseMetaData.importedKeyNoAction;
    private static final short NOT_DEFERRABLE = (short) DatabaseMetaData.importedKeyNotDeferrable;
    private static final short INDEX_OTHER = DatabaseMetaData.tableIndexOther;

    @Test
    void navigatorShowsTheContractsKeys(@TempDir Path dir) throws Exception {
        String url = CstCatalog.url(dir);
        Driver driver = DriverManager.getDriver(url);
        Properties props = new Properties();
        props.setProperty("user", "");
        props.setProperty("password", "");
        try (Connection c = driver.connect(url, props)) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals(CAT, c.getCatalog());
            assertEquals(SCHEMA, c.getSchema());
            assertEquals(List.of(row("TABLE_CAT", CAT)), maps(md.getCatalogs()));
            assertEquals(List.of("dfschema", "information_schema", "public"),
                    maps(md.getSchemas(CAT, null)).stream().map(r -> r.get("TABLE_SCHEM")).toList());

            tablesWithRemarks(md);
            columnsWithRemarksAndDefault(md);
            primaryKeys(md);
            importedAndExportedKeys(md);
            indexes(md);
        }
    }

    private static void tablesWithRemarks(DatabaseMetaData md) throws SQLException {
        List<Map<String, Object>> tables = maps(md.getTables(CAT, SCHEMA, "%", new String[] {"TABLE", "VIEW"}));
        Map<String, String> seen = new TreeMap<>();
        for (Map<String, Object> t : tables) {
            seen.put((String) t.get("TABLE_NAME"), t.get("TABLE_TYPE") + ": " + t.get("REMARKS"));
        }
        assertEquals(CstModel.described("TABLE", "VIEW"), seen);
        assertRows(tables, tables, "TABLE_TYPE", "TABLE_NAME");
    }

    /** The table editor's column list of libcst_nodes: REMARKS and COLUMN_DEF from the contract. */
    private static void columnsWithRemarksAndDefault(DatabaseMetaData md) throws SQLException {
        List<Map<String, Object>> cols = maps(md.getColumns(CAT, SCHEMA, "libcst_nodes", "%"));
        List<String> seen = cols.stream().map(r -> r.get("COLUMN_NAME") + "|" + r.get("REMARKS") + "|"
                + r.get("COLUMN_DEF")).toList();
        assertEquals(CstModel.COLUMNS.get("libcst_nodes").stream()
                .map(col -> col.name() + "|" + col.remarks() + "|" + col.defaultValue()).toList(), seen);
        Map<String, Object> attrs = cols.get(4);
        assertEquals(row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", "libcst_nodes", "COLUMN_NAME", "attrs",
                "DATA_TYPE", java.sql.Types.JAVA_OBJECT, "TYPE_NAME", CstModel.MAP, "COLUMN_SIZE", null,
                "BUFFER_LENGTH", null, "DECIMAL_DIGITS", null, "NUM_PREC_RADIX", null,
                "NULLABLE", DatabaseMetaData.columnNullable,
                "REMARKS", "Node attributes: value of a Name, name of a FunctionDef, attr of an Attribute",
                "COLUMN_DEF", "MAP {}", "SQL_DATA_TYPE", null, "SQL_DATETIME_SUB", null, "CHAR_OCTET_LENGTH", null,
                "ORDINAL_POSITION", 5, "IS_NULLABLE", "YES", "SCOPE_CATALOG", null, "SCOPE_SCHEMA", null,
                "SCOPE_TABLE", null, "SOURCE_DATA_TYPE", null, "IS_AUTOINCREMENT", "NO", "IS_GENERATEDCOLUMN", "NO"),
                attrs);
    }

    private static void primaryKeys(DatabaseMetaData md) throws SQLException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (CstModel.Key pk : CstModel.PRIMARY_KEYS) {
            all.addAll(pkRows(pk));
        }
        // "%" reads the schema; the javadoc orders getPrimaryKeys by COLUMN_NAME
        assertRows(all, maps(md.getPrimaryKeys(CAT, SCHEMA, "%")), "COLUMN_NAME");
        assertRows(all, maps(md.getPrimaryKeys(null, null, "%")), "COLUMN_NAME");
        // one table, exactly as DBeaver shows it
        assertEquals(List.of(
                row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", "refs", "COLUMN_NAME", "from_node",
                        "KEY_SEQ", (short) 1, "PK_NAME", "refs_pkey"),
                row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", "refs", "COLUMN_NAME", "kind",
                        "KEY_SEQ", (short) 3, "PK_NAME", "refs_pkey"),
                row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", "refs", "COLUMN_NAME", "to_node",
                        "KEY_SEQ", (short) 2, "PK_NAME", "refs_pkey")),
                maps(md.getPrimaryKeys(CAT, SCHEMA, "refs")));
        assertEquals(pkRows(CstModel.PRIMARY_KEYS.get(3)), maps(md.getPrimaryKeys(CAT, SCHEMA, "repos")));
        // a versioned alias, a view, and a name that would match only as a pattern: no key
        assertEquals(List.of(), maps(md.getPrimaryKeys(CAT, SCHEMA, "refs_v1")));
        assertEquals(List.of(), maps(md.getPrimaryKeys(CAT, SCHEMA, "call_edges")));
        assertEquals(List.of(), maps(md.getPrimaryKeys(CAT, SCHEMA, "ref_")));
    }

    private static void importedAndExportedKeys(DatabaseMetaData md) throws SQLException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (CstModel.ForeignKey fk : CstModel.FOREIGN_KEYS) {
            all.addAll(fkRows(fk));
        }
        // imported keys are ordered by the referenced table, exported and cross references by the referencing
        String[] byPk = {"PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "KEY_SEQ"};
        String[] byFk = {"FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "KEY_SEQ"};
        assertRows(all, maps(md.getImportedKeys(CAT, SCHEMA, "%")), byPk);
        assertRows(all, maps(md.getExportedKeys(CAT, SCHEMA, "%")), byFk);

        Map<String, Object> refsFrom = row("PKTABLE_CAT", CAT, "PKTABLE_SCHEM", SCHEMA, "PKTABLE_NAME", "libcst_nodes",
                "PKCOLUMN_NAME", "node_id", "FKTABLE_CAT", CAT, "FKTABLE_SCHEM", SCHEMA, "FKTABLE_NAME", "refs",
                "FKCOLUMN_NAME", "from_node", "KEY_SEQ", (short) 1, "UPDATE_RULE", NO_ACTION, "DELETE_RULE", NO_ACTION,
                "FK_NAME", "refs_from", "PK_NAME", "libcst_nodes_pkey", "DEFERRABILITY", NOT_DEFERRABLE);
        Map<String, Object> refsTo = new LinkedHashMap<>(refsFrom);
        refsTo.put("FKCOLUMN_NAME", "to_node");
        refsTo.put("FK_NAME", "refs_to");
        assertRows(List.of(refsFrom, refsTo), maps(md.getImportedKeys(CAT, SCHEMA, "refs")), byPk);
        assertRows(List.of(refsFrom, refsTo), maps(md.getExportedKeys(CAT, SCHEMA, "libcst_nodes")), byFk);
        assertRows(List.of(refsFrom, refsTo),
                maps(md.getCrossReference(CAT, SCHEMA, "libcst_nodes", CAT, SCHEMA, "refs")), byFk);

        assertEquals(fkRows(CstModel.FOREIGN_KEYS.get(0)), maps(md.getImportedKeys(CAT, SCHEMA, "libcst_files")));
        assertEquals(fkRows(CstModel.FOREIGN_KEYS.get(0)), maps(md.getExportedKeys(CAT, SCHEMA, "repos")));
        assertEquals(List.of(), maps(md.getImportedKeys(CAT, SCHEMA, "repos")));
        assertEquals(List.of(), maps(md.getExportedKeys(CAT, SCHEMA, "refs")));
        assertEquals(List.of(), maps(md.getImportedKeys(CAT, SCHEMA, "refs_v1")), "an alias has no keys");
        assertEquals(List.of(), maps(md.getCrossReference(CAT, SCHEMA, "repos", CAT, SCHEMA, "refs")));
    }

    private static void indexes(DatabaseMetaData md) throws SQLException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (CstModel.Key key : CstModel.PRIMARY_KEYS) {
            all.addAll(indexRows(key));
        }
        for (CstModel.Key key : CstModel.UNIQUE_KEYS) {
            all.addAll(indexRows(key));
        }
        String[] order = {"NON_UNIQUE", "TYPE", "INDEX_NAME", "ORDINAL_POSITION"};
        assertRows(all, maps(md.getIndexInfo(CAT, SCHEMA, "%", false, true)), order);
        assertRows(all, maps(md.getIndexInfo(CAT, SCHEMA, "%", true, false)), order);

        List<Map<String, Object>> files = new ArrayList<>(indexRows(CstModel.PRIMARY_KEYS.get(0)));
        files.addAll(indexRows(CstModel.UNIQUE_KEYS.get(0)));
        assertEquals(files, maps(md.getIndexInfo(CAT, SCHEMA, "libcst_files", false, true)));
        assertEquals(row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", "libcst_files", "NON_UNIQUE", false,
                "INDEX_QUALIFIER", null, "INDEX_NAME", "libcst_files_repo_path_key", "TYPE", INDEX_OTHER,
                "ORDINAL_POSITION", (short) 2, "COLUMN_NAME", "path", "ASC_OR_DESC", null, "CARDINALITY", null,
                "PAGES", null, "FILTER_CONDITION", null), files.get(2));
        assertEquals(List.of(), maps(md.getIndexInfo(CAT, SCHEMA, "libcst_files_v1", false, true)));
    }

    private static List<Map<String, Object>> pkRows(CstModel.Key pk) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < pk.columns().size(); i++) {
            rows.add(row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", pk.table(),
                    "COLUMN_NAME", pk.columns().get(i), "KEY_SEQ", (short) (i + 1), "PK_NAME", pk.name()));
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("COLUMN_NAME")));
        return rows;
    }

    private static List<Map<String, Object>> fkRows(CstModel.ForeignKey fk) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            rows.add(row("PKTABLE_CAT", CAT, "PKTABLE_SCHEM", SCHEMA, "PKTABLE_NAME", fk.referenced(),
                    "PKCOLUMN_NAME", fk.referencedColumns().get(i), "FKTABLE_CAT", CAT, "FKTABLE_SCHEM", SCHEMA,
                    "FKTABLE_NAME", fk.table(), "FKCOLUMN_NAME", fk.columns().get(i), "KEY_SEQ", (short) (i + 1),
                    "UPDATE_RULE", NO_ACTION, "DELETE_RULE", NO_ACTION, "FK_NAME", fk.name(), "PK_NAME", fk.pkName(),
                    "DEFERRABILITY", NOT_DEFERRABLE));
        }
        return rows;
    }

    /** A primary or unique key as getIndexInfo lists it: a unique index, one row per column. */
    private static List<Map<String, Object>> indexRows(CstModel.Key key) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            rows.add(row("TABLE_CAT", CAT, "TABLE_SCHEM", SCHEMA, "TABLE_NAME", key.table(), "NON_UNIQUE", false,
                    "INDEX_QUALIFIER", null, "INDEX_NAME", key.name(), "TYPE", INDEX_OTHER,
                    "ORDINAL_POSITION", (short) (i + 1), "COLUMN_NAME", key.columns().get(i), "ASC_OR_DESC", null,
                    "CARDINALITY", null, "PAGES", null, "FILTER_CONDITION", null));
        }
        return rows;
    }

    /** A row as {@link DbeaverSequenceTest#maps} builds it: labels to values, in order, nulls allowed. */
    private static Map<String, Object> row(Object... labelsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            row.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return row;
    }

    /**
     * {@code actual} holds exactly the {@code expected} rows (each compared in full) and is sorted by the
     * {@code orderBy} columns; rows equal in those columns may come in any order.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertRows(List<Map<String, Object>> expected, List<Map<String, Object>> actual,
                                   String... orderBy) {
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (String column : orderBy) {
            order = order.thenComparing(r -> (Comparable) r.get(column));
        }
        for (int i = 1; i < actual.size(); i++) {
            assertTrue(order.compare(actual.get(i - 1), actual.get(i)) <= 0,
                    "not ordered by " + List.of(orderBy) + " at row " + i + ": " + actual);
        }
        Comparator<Map<String, Object>> total = Comparator.comparing(Object::toString);
        assertEquals(expected.stream().sorted(total).toList(), actual.stream().sorted(total).toList());
    }
}
