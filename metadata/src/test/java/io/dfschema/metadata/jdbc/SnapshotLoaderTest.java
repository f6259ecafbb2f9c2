package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.RowResultSet.Column;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SnapshotLoader over a fake JDBC connection that answers the information_schema queries as DataFusion 55 does. */
class SnapshotLoaderTest {

    /** A Connection whose statements answer fixed SQL with fixed rows and record what ran. */
    static final class FakeEngine {
        final Map<String, RowSupplier> answers = new HashMap<>();
        final List<String> executed = new ArrayList<>();
        int openStatements;

        interface RowSupplier {
            ResultSet get() throws SQLException;
        }

        void answer(String sql, List<String> columns, Object[]... rows) {
            List<Column> cols = new ArrayList<>();
            for (String c : columns) {
                cols.add(Column.varchar(c));
            }
            answers.put(sql, () -> new RowResultSet(cols, List.of(rows)));
        }

        Connection connection() {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "createStatement":
                                openStatements++;
                                return statement();
                            case "isClosed":
                                return false;
                            case "isReadOnly":
                                return false;
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }

        private Statement statement() {
            return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "executeQuery": {
                                String sql = (String) args[0];
                                executed.add(sql);
                                RowSupplier s = answers.get(sql);
                                if (s == null) {
                                    throw new SQLException("table not found: " + sql, "42S02");
                                }
                                return s.get();
                            }
                            case "close":
                                openStatements--;
                                return null;
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }

    static FakeEngine dataFusionLike() {
        FakeEngine e = new FakeEngine();
        e.answer(SnapshotLoader.SCHEMATA_SQL, List.of("catalog_name", "schema_name", "schema_owner"),
                new Object[] {"datafusion", "public", null});
        e.answer(SnapshotLoader.TABLES_SQL, List.of("table_catalog", "table_schema", "table_name", "table_type"),
                new Object[] {"datafusion", "public", "t", "BASE TABLE"},
                new Object[] {"datafusion", "public", "v", "VIEW"},
                new Object[] {"datafusion", "information_schema", "tables", "VIEW"},
                new Object[] {"datafusion", "information_schema", "columns", "VIEW"},
                new Object[] {"datafusion", "information_schema", "df_settings", "VIEW"},
                new Object[] {"datafusion", "information_schema", "future_table", "VIEW"});
        e.answer(SnapshotLoader.VIEWS_SQL, List.of("table_catalog", "table_schema", "table_name", "definition"),
                new Object[] {"datafusion", "public", "v", "SELECT a FROM t"});
        // DataFusion 55: ordinal_position counts from 0, UInt64 arrives as Long or BigInteger
        e.answer(SnapshotLoader.COLUMNS_SQL, List.of("table_catalog", "table_schema", "table_name", "column_name",
                        "ordinal_position", "column_default", "is_nullable", "data_type", "character_octet_length"),
                new Object[] {"datafusion", "public", "t", "b", 1L, null, "YES", "Utf8", BigInteger.valueOf(2147483647)},
                new Object[] {"datafusion", "public", "t", "a", 0L, null, "NO", "Int64", null},
                new Object[] {"datafusion", "public", "v", "a", "0", null, "NO", "Int64", null});
        e.answer(SnapshotLoader.ROUTINES_SQL, List.of("specific_catalog", "specific_schema", "specific_name",
                        "routine_name", "routine_type", "is_deterministic", "data_type", "function_type", "description",
                        "syntax_example"),
                new Object[] {"datafusion", "public", "abs", "abs", "FUNCTION", true, "Int64", "SCALAR", "Absolute value", "abs(x)"},
                new Object[] {"datafusion", "public", "abs", "abs", "FUNCTION", true, "Float64", "SCALAR", "Absolute value", "abs(x)"},
                new Object[] {"datafusion", "public", "range", "range", "FUNCTION", false, "TABLE", "TABLE", null, null});
        e.answer(SnapshotLoader.PARAMETERS_SQL, List.of("specific_catalog", "specific_schema", "specific_name",
                        "ordinal_position", "parameter_mode", "parameter_name", "data_type", "parameter_default",
                        "is_variadic", "rid"),
                new Object[] {"datafusion", "public", "abs", 1L, "IN", "x", "Int64", null, false, (short) 0},
                new Object[] {"datafusion", "public", "abs", 1L, "OUT", null, "Int64", null, false, (short) 0},
                new Object[] {"datafusion", "public", "abs", 1L, "IN", "x", "Float64", null, false, (short) 1},
                new Object[] {"datafusion", "public", "abs", 1L, "OUT", null, "Float64", null, false, (short) 1});
        e.answer(SnapshotLoader.SETTINGS_SQL, List.of("name", "value"),
                new Object[] {"datafusion.sql_parser.enable_ident_normalization", "false"},
                new Object[] {"datafusion.execution.time_zone", null});
        return e;
    }

    @Test
    void loadsAndNormalisesTheCatalog() throws SQLException {
        FakeEngine e = dataFusionLike();
        CatalogSnapshot snap = new SnapshotLoader(e.connection()).loadCatalog();
        assertEquals(0, e.openStatements, "statements are closed");
        List<ColumnInfo> t = snap.columns(new ContractMetadata.TableRef("datafusion", "public", "t"));
        assertEquals(List.of("a", "b"), t.stream().map(ColumnInfo::name).toList());
        assertEquals(List.of(1, 2), t.stream().map(ColumnInfo::ordinal).toList(), "1-based");
        assertFalse(t.get(0).nullable());
        assertTrue(t.get(1).nullable());
        assertEquals(2147483647L, t.get(1).charOctetLength());
        assertEquals("SELECT a FROM t", snap.table("datafusion", "public", "v").definition());
        assertNull(snap.table("datafusion", "public", "t").definition());
        assertEquals("SYSTEM TABLE", snap.table("datafusion", "information_schema", "tables").type());
        assertEquals("VIEW", snap.table("datafusion", "public", "v").type());
        assertEquals("TABLE", snap.table("datafusion", "public", "t").type());
        // information_schema's own columns are filled in from DataFusion's definitions
        List<ColumnInfo> isCols = snap.columns(new ContractMetadata.TableRef("datafusion", "information_schema", "columns"));
        assertEquals(15, isCols.size());
        assertEquals("ordinal_position", isCols.get(4).name());
        assertEquals("UInt64", isCols.get(4).dataType());
        assertEquals(3, snap.columns(new ContractMetadata.TableRef("datafusion", "information_schema", "df_settings")).size());
        assertEquals(0, snap.columns(new ContractMetadata.TableRef("datafusion", "information_schema", "future_table")).size());
        // information_schema is a schema even though schemata leaves it out
        Set<String> schemas = new TreeSet<>();
        snap.schemas().forEach(s -> schemas.add(s.schema()));
        assertEquals(Set.of("information_schema", "public"), schemas);
    }

    @Test
    void loadsRoutinesAndSettings() throws SQLException {
        FakeEngine e = dataFusionLike();
        SnapshotLoader loader = new SnapshotLoader(e.connection());
        RoutineSnapshot r = loader.loadRoutines();
        assertEquals(List.of("abs(Float64)", "abs(Int64)", "range"),
                r.overloads().stream().map(RoutineSnapshot.Overload::specificName).toList());
        assertEquals("Float64", r.overloads().get(0).result().dataType());
        assertEquals(1, r.overloads().get(0).inputs().size());
        assertEquals(Set.of("abs", "range"), r.names());
        Map<String, String> settings = loader.loadSettings();
        assertEquals("false", settings.get("datafusion.sql_parser.enable_ident_normalization"));
        assertTrue(settings.containsKey("datafusion.execution.time_zone"));
        assertNull(settings.get("datafusion.execution.time_zone"));
        assertEquals(0, e.openStatements);
    }

    @Test
    void metadataCallsNeverPutArgumentsIntoSql() throws SQLException {
        FakeEngine e = dataFusionLike();
        Connection c = e.connection();
        DfSchemaDatabaseMetaData md = new DfSchemaDatabaseMetaData(c, "jdbc:dfschema:", "u", new SnapshotLoader(c),
                ContractMetadata.none(), () -> "55.2.0");
        String evil = "x'; DROP TABLE t; --";
        md.getTables(evil, evil, evil, new String[] {evil});
        md.getColumns(evil, evil, evil, evil);
        md.getSchemas(evil, evil);
        md.getPrimaryKeys(evil, evil, evil);
        md.getFunctions(evil, evil, evil);
        md.getFunctionColumns(evil, evil, evil, evil);
        md.getIndexInfo(evil, evil, evil, true, true);
        md.storesLowerCaseIdentifiers();
        Set<String> allowed = Set.of(SnapshotLoader.SCHEMATA_SQL, SnapshotLoader.TABLES_SQL, SnapshotLoader.VIEWS_SQL,
                SnapshotLoader.COLUMNS_SQL, SnapshotLoader.ROUTINES_SQL, SnapshotLoader.PARAMETERS_SQL,
                SnapshotLoader.SETTINGS_SQL);
        for (String sql : e.executed) {
            assertTrue(allowed.contains(sql), sql);
            assertFalse(sql.contains("DROP"), sql);
        }
        assertEquals(7, e.executed.size(), "each query once: snapshots are cached");
        assertFalse(md.storesLowerCaseIdentifiers(), "enable_ident_normalization=false from df_settings");
        assertTrue(md.supportsMixedCaseIdentifiers());
        assertEquals(List.of("a", "b"), DfSchemaDatabaseMetaDataTest.strings(md.getColumns(null, null, "t", null), "COLUMN_NAME"));
    }

    @Test
    void missingInformationSchemaIsAnError() {
        FakeEngine e = new FakeEngine();
        Connection c = e.connection();
        DfSchemaDatabaseMetaData md = new DfSchemaDatabaseMetaData(c, "jdbc:dfschema:", "u", new SnapshotLoader(c),
                ContractMetadata.none(), () -> "55.2.0");
        SQLException ex = assertThrows(SQLException.class, () -> md.getTables(null, null, "%", null));
        assertEquals("42S02", ex.getSQLState());
        assertEquals(0, e.openStatements);
        // identifier questions still answer, from defaults
        assertTrue(md.storesLowerCaseIdentifiers());
    }
}
