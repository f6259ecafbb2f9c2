package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.inclusionrule.RegularExpressionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Routine;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;

/**
 * SchemaCrawler (generic support for a database it has no plugin for) crawls a session made with
 * SQL ({@link ClientFixture}) at its maximum info level: every table, view, system table and column
 * with type, nullability, default and remarks (none: SQL tables have no descriptions); no keys or
 * indexes; routines with parameters; database and driver info; no SchemaCrawler warnings. The
 * contract catalog's remarks, defaults and keys are crawled by {@link SchemaCrawlerCstCatalogTest}.
 */
class SchemaCrawlerClientTest {

    private static final Map<String, String> EXPECTED_TYPES = new LinkedHashMap<>();

    static {
        // table.column -> "JDBC type, nullable"
        EXPECTED_TYPES.put("customers.id", Types.BIGINT + ",false");
        EXPECTED_TYPES.put("customers.name", Types.VARCHAR + ",false");
        EXPECTED_TYPES.put("customers.city", Types.VARCHAR + ",true");
        EXPECTED_TYPES.put("orders.order_id", Types.INTEGER + ",false");
        EXPECTED_TYPES.put("orders.customer_id", Types.BIGINT + ",true");
        EXPECTED_TYPES.put("orders.amount", Types.DECIMAL + ",true");
        EXPECTED_TYPES.put("orders.ordered_at", Types.TIMESTAMP + ",true");
        EXPECTED_TYPES.put("orders.note", Types.VARCHAR + ",true");
        EXPECTED_TYPES.put("profiles.id", Types.BIGINT + ",false");
        EXPECTED_TYPES.put("profiles.address", Types.STRUCT + ",true");
        EXPECTED_TYPES.put("profiles.tags", Types.ARRAY + ",true");
        EXPECTED_TYPES.put("profiles.scores", Types.JAVA_OBJECT + ",true");
        // the Parquet file was written from non-null literals: its fields are declared NOT NULL
        EXPECTED_TYPES.put("events.event_id", Types.BIGINT + ",false");
        EXPECTED_TYPES.put("events.kind", Types.VARCHAR + ",false");
        EXPECTED_TYPES.put("events.value", Types.DOUBLE + ",false");
        EXPECTED_TYPES.put("events.at", Types.TIMESTAMP + ",false");
        EXPECTED_TYPES.put("big_orders.order_id", Types.INTEGER + ",false");
        EXPECTED_TYPES.put("big_orders.name", Types.VARCHAR + ",false");
        EXPECTED_TYPES.put("big_orders.amount", Types.DECIMAL + ",true");
    }

    @Test
    void crawlsEverythingAtMaximumInfoLevel(@TempDir Path dir) throws Exception {
        try (Connection c = ClientFixture.connectWithFixture(dir)) {
            Map<String, Integer> overloads = overloadsByName(c);
            Set<String> slow = new TreeSet<>();
            overloads.forEach((name, n) -> {
                if (n > MAX_OVERLOADS) {
                    slow.add(name);
                }
            });
            assertFalse(slow.isEmpty() || slow.size() > 20, "a few heavily overloaded names: " + slow);
            Catalog catalog = SchemaCrawlerRun.crawl(c, LimitOptionsBuilder.builder()
                    .includeRoutines(routinesOfPublicExcept(slow))
                    .tableTypes("TABLE", "VIEW", "SYSTEM TABLE"));

            // database and driver, as SchemaCrawler read them
            assertEquals("DataFusion", catalog.getDatabaseInfo().getDatabaseProductName());
            assertTrue(catalog.getDatabaseInfo().getDatabaseProductVersion().startsWith("55."));
            assertEquals("dfschema", catalog.getJdbcDriverInfo().getDriverName());
            assertEquals(ClientFixture.URL, catalog.getJdbcDriverInfo().getConnectionUrl());
            assertFalse(catalog.getJdbcDriverInfo().getDriverProperties().isEmpty(),
                    "driver properties from Driver.getPropertyInfo");
            assertFalse(catalog.getDatabaseInfo().getProperties().isEmpty(),
                    "the DatabaseMetaData answers SchemaCrawler reads reflectively");

            // schemas
            List<String> schemas = catalog.getSchemas().stream().map(Schema::getFullName).sorted().toList();
            assertEquals(List.of("datafusion.dfschema", "datafusion.information_schema", "datafusion.public"),
                    schemas);
            Schema pub = catalog.lookupSchema("datafusion.public").orElseThrow();

            // tables and views with their types
            Map<String, String> tables = new LinkedHashMap<>();
            for (Table t : catalog.getTables(pub)) {
                tables.put(t.getName(), t.getTableType().getTableType());
            }
            Map<String, String> expectedTables = new LinkedHashMap<>();
            for (String[] o : ClientFixture.OBJECTS) {
                expectedTables.put(o[0], o[1]);
            }
            assertEquals(expectedTables.keySet(), new java.util.TreeSet<>(tables.keySet()));
            for (Map.Entry<String, String> e : expectedTables.entrySet()) {
                assertTrue(new schemacrawler.schema.TableType(e.getValue()).isEqualTo(tables.get(e.getKey())),
                        e.getKey() + ": " + tables.get(e.getKey()));
            }
            assertTrue(catalog.lookupTable(pub, "big_orders").orElseThrow().getTableType().isView());

            // every column: name, order, JDBC type, nullability, default, remarks
            Map<String, String> seen = new LinkedHashMap<>();
            for (Table t : catalog.getTables(pub)) {
                int ordinal = 0;
                for (Column col : t.getColumns()) {
                    ordinal++;
                    assertEquals(ordinal, col.getOrdinalPosition(), col.getFullName());
                    assertTrue(col.isColumnDataTypeKnown() || col.getColumnDataType() != null, col.getFullName());
                    int jdbc = col.getColumnDataType().getJavaSqlType().getVendorTypeNumber();
                    seen.put(t.getName() + "." + col.getName(), jdbc + "," + col.isNullable());
                    assertNull(col.getDefaultValue(), col.getFullName() + " has no default");
                    assertFalse(col.hasRemarks(), col.getFullName() + " has no remarks yet");
                    assertFalse(col.isAutoIncremented());
                    assertFalse(col.isGenerated());
                    assertFalse(col.isPartOfPrimaryKey());
                    assertFalse(col.isPartOfForeignKey());
                }
                // the fixture's tables declare no keys
                assertNull(t.getPrimaryKey(), t.getFullName());
                assertTrue(t.getForeignKeys().isEmpty(), t.getFullName());
                assertTrue(t.getIndexes().isEmpty(), t.getFullName());
                assertTrue(t.getTriggers().isEmpty(), t.getFullName());
                assertFalse(t.hasRemarks(), t.getFullName());
            }
            assertEquals(new java.util.TreeMap<>(EXPECTED_TYPES), new java.util.TreeMap<>(seen));

            // the engine type names survive as the column's database-specific type
            Table orders = catalog.lookupTable(pub, "orders").orElseThrow();
            Column amount = orders.lookupColumn("amount").orElseThrow();
            assertEquals("Decimal128(10, 2)", amount.getColumnDataType().getName());
            assertEquals(10, amount.getSize());
            assertEquals(2, amount.getDecimalDigits());
            Table profiles = catalog.lookupTable(pub, "profiles").orElseThrow();
            assertTrue(profiles.lookupColumn("address").orElseThrow().getColumnDataType().getName()
                    .startsWith("Struct("));
            assertTrue(profiles.lookupColumn("tags").orElseThrow().getColumnDataType().getName()
                    .startsWith("List("));

            // information_schema tables are crawled too, with their columns
            Schema is = catalog.lookupSchema("datafusion.information_schema").orElseThrow();
            Table isColumns = catalog.lookupTable(is, "columns").orElseThrow();
            assertEquals(15, isColumns.getColumns().size());
            assertEquals("column_name", isColumns.getColumns().get(3).getName());

            // and the diagnostics tables every session has
            Schema diagnostics = catalog.lookupSchema("datafusion.dfschema").orElseThrow();
            assertEquals(ClientFixture.DIAGNOSTICS, catalog.getTables(diagnostics).stream().map(Table::getName).sorted()
                    .toList());
            for (Table t : catalog.getTables(diagnostics)) {
                assertEquals("SYSTEM TABLE", t.getTableType().getTableType(), t.getFullName());
                assertFalse(t.getColumns().isEmpty(), t.getFullName());
            }
            assertEquals(List.of("dataset", "version", "fingerprint", "ddl", "location", "profile", "status", "message",
                            "registered_at", "scan_policy", "files_schema"),
                    catalog.lookupTable(diagnostics, "registrations").orElseThrow().getColumns().stream()
                            .map(Column::getName).toList());

            // the type catalogue from getTypeInfo
            assertTrue(catalog.getSystemColumnDataTypes().stream().anyMatch(d -> d.getName().equals("BIGINT")));

            // routines (functions) with parameters. DataFusion's functions are session-wide; information_schema
            // lists them under the current default schema, and SchemaCrawler sets each schema as current
            // (Connection.setSchema) while it reads functions, so it finds them under every schema it crawls.
            Collection<Routine> routines = catalog.getRoutines(pub);
            assertTrue(routines.size() > 200, "routines: " + routines.size());
            Routine abs = routines.stream().filter(r -> r.getSpecificName().equals("abs(Int64)")).findFirst()
                    .orElseThrow(() -> new AssertionError(routines.stream().limit(20).map(Routine::getSpecificName)
                            .toList().toString()));
            assertEquals("abs", abs.getName());
            assertTrue(abs.getRemarks().toLowerCase().contains("absolute"), abs.getRemarks());
            List<String> params = abs.getParameters().stream()
                    .map(p -> p.getName() + ":" + p.getParameterMode() + ":" + p.getColumnDataType().getName())
                    .toList();
            assertEquals(2, params.size(), params.toString());
            assertTrue(params.get(0).endsWith(":Int64") && params.get(1).endsWith(":Int64"), params.toString());
            assertEquals("datafusion", catalog.lookupSchema("datafusion.public").orElseThrow().getCatalogName());

            // the limit did what it says: every overload of public's functions but the slow names'
            assertTrue(routines.stream().noneMatch(r -> slow.contains(r.getName())), slow.toString());
            int expected = overloads.entrySet().stream().filter(e -> !slow.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            assertEquals(expected, routines.size());
            assertFalse(c.isClosed(), "SchemaCrawler leaves a connection it was given open");
        }
    }

    /**
     * Function names with more overloads than this are left out of the crawl. SchemaCrawler asks
     * getFunctionColumns for a function by name once per overload, and each answer holds the columns of
     * every overload, so a name with n overloads costs n times n answer rows, each read through
     * SchemaCrawler's column lookup (which sorts the result's column list on every getter). DataFusion 55
     * has a few such names (approx_percentile_cont_with_weight has 108 overloads: 45,684 of the 74,413
     * rows a crawl of all functions reads, date_bin 48, approx_percentile_cont 36); they made a crawl take
     * 12-20 s, nearly all of it in SchemaCrawler. The names come from getFunctions, so a new engine version's
     * heavily overloaded functions are left out too.
     */
    private static final int MAX_OVERLOADS = 20;

    private static Map<String, Integer> overloadsByName(Connection c) throws Exception {
        Map<String, Integer> overloads = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getFunctions(null, "public", "%")) {
            while (rs.next()) {
                overloads.merge(rs.getString("FUNCTION_NAME"), 1, Integer::sum);
            }
        }
        return overloads;
    }

    /**
     * The routines of datafusion.public without {@code slow}. Functions are session-wide; SchemaCrawler lists
     * them under every schema it visits (it makes each current first), but reads their parameters after
     * that, when public is current again, so under the other schemas they are the same functions without
     * parameters. Only public's are asserted. SchemaCrawler quotes a name that is a keyword
     * ({@code "range"}), hence the optional quotes.
     */
    private static RegularExpressionRule routinesOfPublicExcept(Set<String> slow) {
        String names = slow.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return new RegularExpressionRule(Pattern.compile("datafusion\\.public\\..*"),
                Pattern.compile("datafusion\\.public\\.\"?(" + names + ")\"?"));
    }
}
