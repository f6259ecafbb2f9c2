package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.SchemaInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.TableInfo;
import org.junit.jupiter.api.Test;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaDataTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DatabaseMetaData over an engine snapshot of the tables {@link ContractCatalogMetadataTest#shop()}
 * declares (as a contract session registers them: datasets as tables, aliases and views as views),
 * plus geo.regions, which no contract declares: every JDBC column of the contract-backed answers.
 */
class ContractCatalogDatabaseMetaDataTest {

    private static final String SHOP = "shop";
    private static final short NO_ACTION = (short) DatabaseMetaData.importedKeyNoAction;
    private static final short NOT_DEFERRABLE = (short) DatabaseMetaData.importedKeyNotDeferrable;

    static CatalogSnapshot snapshot() {
        List<TableInfo> tables = new ArrayList<>();
        List<ColumnInfo> columns = new ArrayList<>();
        table(tables, columns, "crm", "customers", "BASE TABLE", "id", "email", "first", "last", "status");
        table(tables, columns, "crm", "customers_v1", "VIEW", "id", "email", "first", "last", "status");
        table(tables, columns, "sales", "orders", "BASE TABLE", "id", "customer_id", "customer_email", "amount", "region");
        table(tables, columns, "sales", "orders_v3", "VIEW", "id", "customer_id", "customer_email", "amount", "region");
        table(tables, columns, "sales", "big_orders", "VIEW", "id", "amount");
        table(tables, columns, "geo", "regions", "BASE TABLE", "code");
        List<SchemaInfo> schemas = List.of(new SchemaInfo(SHOP, "crm", null), new SchemaInfo(SHOP, "sales", null),
                new SchemaInfo(SHOP, "geo", null));
        return CatalogSnapshot.of(schemas, tables, columns);
    }

    private static void table(List<TableInfo> tables, List<ColumnInfo> columns, String schema, String name,
                              String type, String... cols) {
        tables.add(TableInfo.of(SHOP, schema, name, type));
        for (int i = 0; i < cols.length; i++) {
            columns.add(new ColumnInfo(SHOP, schema, name, cols[i], i + 1, "Int64", true, null, null));
        }
    }

    private final DfSchemaDatabaseMetaData md = new DfSchemaDatabaseMetaData(null, "jdbc:dfschema:mem:", null,
            SnapshotSource.of(snapshot(), RoutineSnapshot.empty(), Map.of()),
            ContractCatalogMetadata.of(ContractCatalogMetadataTest.shop()), () -> "55.2.0");

    @Test
    void tableRemarksAreTheContractDescriptions() throws SQLException {
        assertEquals(List.of(
                        Arrays.asList("crm", "customers", "TABLE", "Who buys"),
                        Arrays.asList("geo", "regions", "TABLE", null),
                        Arrays.asList("sales", "orders", "TABLE", "One row per order"),
                        Arrays.asList("crm", "customers_v1", "VIEW", "Who buys"),
                        Arrays.asList("sales", "big_orders", "VIEW", "Orders over 1000"),
                        Arrays.asList("sales", "orders_v3", "VIEW", "One row per order")),
                rows(md.getTables(SHOP, null, "%", null), "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS"));
    }

    @Test
    void columnRemarksAndDefaults() throws SQLException {
        List<List<Object>> expected = List.of(
                Arrays.asList("id", null, null),
                Arrays.asList("customer_id", "Who ordered", null),
                Arrays.asList("customer_email", null, null),
                Arrays.asList("amount", null, "0"),
                Arrays.asList("region", null, "CAST('EU' AS VARCHAR)"));
        assertEquals(expected, rows(md.getColumns(SHOP, "sales", "orders", null), "COLUMN_NAME", "REMARKS", "COLUMN_DEF"));
        assertEquals(expected, rows(md.getColumns(SHOP, "sales", "orders\\_v3", null),
                "COLUMN_NAME", "REMARKS", "COLUMN_DEF"), "the versioned alias is documented like its dataset");
        assertEquals(List.of(Arrays.asList("id", "The order", null), Arrays.asList("amount", null, null)),
                rows(md.getColumns(SHOP, "sales", "big\\_orders", null), "COLUMN_NAME", "REMARKS", "COLUMN_DEF"));
        assertEquals(List.of(Arrays.asList("status", null, "'active'")),
                rows(md.getColumns(SHOP, "crm", "customers", "status"), "COLUMN_NAME", "REMARKS", "COLUMN_DEF"));
    }

    @Test
    void primaryKeys() throws SQLException {
        String[] cols = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"};
        assertEquals(List.of(List.of(SHOP, "crm", "customers", "id", (short) 1, "customers_pkey")),
                rows(md.getPrimaryKeys(SHOP, "crm", "customers"), cols));
        assertEquals(List.of(List.of(SHOP, "sales", "orders", "id", (short) 1, "orders_pkey")),
                rows(md.getPrimaryKeys(SHOP, "sales", "orders"), cols));
        assertEquals(List.of(), rows(md.getPrimaryKeys(SHOP, "sales", "orders_v3"), cols), "an alias has no keys");
        assertEquals(List.of(), rows(md.getPrimaryKeys(SHOP, "geo", "regions"), cols));
        assertEquals(2, rows(md.getPrimaryKeys(null, null, "%"), cols).size());
    }

    @Test
    void indexInfoListsThePrimaryAndUniqueKeys() throws SQLException {
        String[] cols = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE", "INDEX_QUALIFIER", "INDEX_NAME", "TYPE",
                "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY", "PAGES", "FILTER_CONDITION"};
        short other = DatabaseMetaData.tableIndexOther;
        assertEquals(List.of(
                        Arrays.asList(SHOP, "crm", "customers", false, null, "customers_email_key", other, (short) 1, "email",
                                null, null, null, null),
                        Arrays.asList(SHOP, "crm", "customers", false, null, "customers_first_last_key", other, (short) 1,
                                "first", null, null, null, null),
                        Arrays.asList(SHOP, "crm", "customers", false, null, "customers_first_last_key", other, (short) 2,
                                "last", null, null, null, null),
                        Arrays.asList(SHOP, "crm", "customers", false, null, "customers_pkey", other, (short) 1, "id",
                                null, null, null, null)),
                rows(md.getIndexInfo(SHOP, "crm", "customers", true, false), cols));
        assertEquals(List.of(), rows(md.getIndexInfo(SHOP, "crm", "customers_v1", false, false), cols));
    }

    private static final String[] KEY_COLUMNS = {"PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME",
            "FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "UPDATE_RULE", "DELETE_RULE",
            "FK_NAME", "PK_NAME", "DEFERRABILITY"};

    private static final List<Object> BY_ID = List.of(SHOP, "crm", "customers", "id", SHOP, "sales", "orders",
            "customer_id", (short) 1, NO_ACTION, NO_ACTION, "orders_customer_id_fkey", "customers_pkey", NOT_DEFERRABLE);
    private static final List<Object> BY_EMAIL = List.of(SHOP, "crm", "customers", "email", SHOP, "sales", "orders",
            "customer_email", (short) 1, NO_ACTION, NO_ACTION, "orders_by_email", "customers_email_key", NOT_DEFERRABLE);
    private static final List<Object> TO_REGIONS = Arrays.asList(SHOP, "geo", "regions", "code", SHOP, "sales", "orders",
            "region", (short) 1, NO_ACTION, NO_ACTION, "orders_region_fkey", null, NOT_DEFERRABLE);

    @Test
    void importedKeysAreSortedByTheReferencedTable() throws SQLException {
        assertEquals(List.of(BY_ID, BY_EMAIL, TO_REGIONS), rows(md.getImportedKeys(SHOP, "sales", "orders"), KEY_COLUMNS));
        assertEquals(List.of(), rows(md.getImportedKeys(SHOP, "sales", "orders_v3"), KEY_COLUMNS));
        assertEquals(List.of(), rows(md.getImportedKeys(SHOP, "crm", "customers"), KEY_COLUMNS));
    }

    @Test
    void exportedKeysIncludeKeysIntoATableNoContractDeclares() throws SQLException {
        assertEquals(List.of(BY_ID, BY_EMAIL), rows(md.getExportedKeys(SHOP, "crm", "customers"), KEY_COLUMNS));
        assertEquals(List.of(TO_REGIONS), rows(md.getExportedKeys(SHOP, "geo", "regions"), KEY_COLUMNS));
        assertEquals(List.of(), rows(md.getExportedKeys(SHOP, "sales", "orders"), KEY_COLUMNS));
    }

    @Test
    void crossReferenceNarrowsToOnePair() throws SQLException {
        assertEquals(List.of(BY_ID, BY_EMAIL),
                rows(md.getCrossReference(SHOP, "crm", "customers", SHOP, "sales", "orders"), KEY_COLUMNS));
        assertEquals(List.of(TO_REGIONS),
                rows(md.getCrossReference(SHOP, "geo", "regions", SHOP, "sales", "orders"), KEY_COLUMNS));
        assertEquals(List.of(), rows(md.getCrossReference(SHOP, "sales", "orders", SHOP, "crm", "customers"), KEY_COLUMNS));
    }
}
