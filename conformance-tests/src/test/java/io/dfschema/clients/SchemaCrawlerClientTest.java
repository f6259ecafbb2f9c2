package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Routine;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler (generic support for a database it has no plugin for) crawls a real session at
 * its maximum info level: every table, view and column with type, nullability, default and remarks;
 * keys and indexes (none yet: contracts come later); routines with parameters; database and driver
 * info. SchemaCrawler logs, rather than throws, when a metadata call fails, so its warnings are
 * collected and must be empty.
 */
class SchemaCrawlerClientTest {

    /** Collects WARNING and above from SchemaCrawler's java.util.logging loggers. */
    private static final class Collector extends Handler {
        final List<String> records = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                String msg = r.getMessage();
                if (r.getParameters() != null) {
                    msg = java.text.MessageFormat.format(msg, r.getParameters());
                }
                records.add(r.getLevel() + " " + r.getLoggerName() + ": " + msg
                        + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

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
        Collector collector = new Collector();
        List<Logger> loggers = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(l -> {
            l.addHandler(collector);
            l.setLevel(Level.WARNING); // SchemaCrawler logs every step at INFO
        });
        try (Connection c = ClientFixture.connectWithFixture(dir)) {
            SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                    .withLimitOptions(LimitOptionsBuilder.builder().includeAllRoutines()
                            .tableTypes("TABLE", "VIEW", "SYSTEM TABLE").toOptions())
                    .withLoadOptions(LoadOptionsBuilder.builder()
                            .withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum()).toOptions());
            Catalog catalog = SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(c), options);

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
            assertTrue(schemas.containsAll(List.of("datafusion.information_schema", "datafusion.public")),
                    schemas.toString());
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
                // no keys or indexes until contracts exist
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

            assertEquals(List.of(), collector.records, "SchemaCrawler warnings");
            assertFalse(c.isClosed(), "SchemaCrawler leaves a connection it was given open");
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).removeHandler(collector);
                loggers.get(i).setLevel(levels.get(i));
            }
        }
    }
}
