package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.contract.ColumnSpec;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractException;
import io.dfschema.metadata.contract.ContractParser;
import io.dfschema.metadata.contract.DataFormat;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.contract.ForeignKeySpec;
import io.dfschema.metadata.contract.TypeSpec;
import io.dfschema.metadata.contract.ViewColumn;
import io.dfschema.metadata.contract.ViewSpec;
import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractCatalogMetadataTest {

    static final TableRef CUSTOMERS = new TableRef("shop", "crm", "customers");
    static final TableRef ORDERS = new TableRef("shop", "sales", "orders");
    static final TableRef ORDERS_V3 = new TableRef("shop", "sales", "orders_v3");
    static final TableRef BIG_ORDERS = new TableRef("shop", "sales", "big_orders");
    static final TableRef REGIONS = new TableRef("shop", "geo", "regions");

    /**
     * crm.customers (primary key, two unique keys) and sales.orders (version 3, keys into customers in
     * another schema, one into geo.regions which no contract declares, a view), built in code.
     */
    static Contract shop() {
        return Contract.builder().catalog("shop").defaultSchema("sales")
                .dataset(DatasetSpec.builder("customers").schema("crm").description("Who buys").format(DataFormat.PARQUET)
                        .column(ColumnSpec.builder("id", "BIGINT").nullable(false).description("Customer number").build())
                        .column(ColumnSpec.builder("email", "VARCHAR").nullable(false).build())
                        .column("first", "VARCHAR")
                        .column("last", "VARCHAR")
                        .column(ColumnSpec.builder("status", "VARCHAR").defaultExpression("'active'").build())
                        .primaryKey("id")
                        .unique("email")
                        .unique("first", "last"))
                .dataset(DatasetSpec.builder("orders").version(3).description("One row per order").format(DataFormat.CSV)
                        .column(ColumnSpec.builder("id", "BIGINT").nullable(false).build())
                        .column(ColumnSpec.builder("customer_id", "BIGINT").description("Who ordered").build())
                        .column("customer_email", "VARCHAR")
                        .column(ColumnSpec.builder("amount", "DECIMAL(10, 2)").defaultExpression("0").build())
                        .column(ColumnSpec.builder("region", "VARCHAR").defaultExpression("CAST('EU' AS VARCHAR)").build())
                        .primaryKey("id")
                        .foreignKey(new ForeignKeySpec(null, List.of("customer_id"), "crm", "customers", List.of("id")))
                        .foreignKey(new ForeignKeySpec("orders_by_email", List.of("customer_email"), "crm", "customers",
                                List.of("email")))
                        .foreignKey(new ForeignKeySpec(null, List.of("region"), "geo", "regions", List.of("code")))
                        .view(ViewSpec.builder("big_orders", "SELECT id, amount FROM orders WHERE amount > 1000")
                                .description("Orders over 1000")
                                .column(new ViewColumn("id", TypeSpec.parse("BIGINT"), null, "The order"))
                                .column("amount", "DECIMAL(10, 2)")
                                .build()))
                .build();
    }

    private final ContractCatalogMetadata md = ContractCatalogMetadata.of(shop());

    @Test
    void descriptionsDefaultsAndVersionOfADataset() {
        assertEquals(Optional.of("One row per order"), md.tableDescription(ORDERS));
        assertEquals(Optional.of("Who ordered"), md.columnDescription(ORDERS, "customer_id"));
        assertEquals(Optional.empty(), md.columnDescription(ORDERS, "amount"));
        assertEquals(Optional.of("0"), md.columnDefault(ORDERS, "amount"));
        assertEquals(Optional.of("CAST('EU' AS VARCHAR)"), md.columnDefault(ORDERS, "region"));
        assertEquals(Optional.empty(), md.columnDefault(ORDERS, "id"));
        assertEquals(Optional.empty(), md.columnDefault(ORDERS, "no_such_column"));
        assertEquals(Optional.of("3"), md.datasetVersion(ORDERS));
        assertEquals(Optional.of("1"), md.datasetVersion(CUSTOMERS), "version defaults to 1");
        assertEquals(Optional.of("'active'"), md.columnDefault(CUSTOMERS, "status"));
        assertEquals(Optional.of("Customer number"), md.columnDescription(CUSTOMERS, "id"));
    }

    @Test
    void tablesAreKeyedByCatalogSchemaAndName() {
        assertEquals(Optional.empty(), md.tableDescription(new TableRef("datafusion", "sales", "orders")));
        assertEquals(Optional.empty(), md.tableDescription(new TableRef("shop", "crm", "orders")));
        assertEquals(Optional.empty(), md.tableDescription(new TableRef("shop", "sales", "Orders")), "case-sensitive");
        assertEquals(Optional.empty(), md.primaryKey(new TableRef("shop", "public", "customers")));
        assertEquals(Set.of(CUSTOMERS, ORDERS, ORDERS_V3, BIG_ORDERS, new TableRef("shop", "crm", "customers_v1")),
                md.tables());
        assertFalse(md.isEmpty());
    }

    @Test
    void primaryAndUniqueKeysGetPostgresStyleNames() {
        assertEquals(Optional.of(new PrimaryKey("customers_pkey", List.of("id"))), md.primaryKey(CUSTOMERS));
        assertEquals(List.of(new UniqueKey("customers_email_key", List.of("email")),
                new UniqueKey("customers_first_last_key", List.of("first", "last"))), md.uniqueKeys(CUSTOMERS));
        assertEquals(Optional.of(new PrimaryKey("orders_pkey", List.of("id"))), md.primaryKey(ORDERS));
        assertEquals(List.of(), md.uniqueKeys(ORDERS));
    }

    @Test
    void foreignKeysResolveTheReferencedTableAndItsKeyName() {
        ForeignKey byId = ForeignKey.of("orders_customer_id_fkey", ORDERS, List.of("customer_id"), CUSTOMERS,
                List.of("id"), "customers_pkey");
        ForeignKey byEmail = ForeignKey.of("orders_by_email", ORDERS, List.of("customer_email"), CUSTOMERS,
                List.of("email"), "customers_email_key");
        // regions is declared by no contract (allowed: it may be registered by other means), so the name
        // of the key it references is unknown
        ForeignKey toRegions = ForeignKey.of("orders_region_fkey", ORDERS, List.of("region"), REGIONS,
                List.of("code"), null);
        assertEquals(List.of(byId, byEmail, toRegions), md.importedKeys(ORDERS));
        assertEquals(List.of(byId, byEmail), md.exportedKeys(CUSTOMERS));
        assertEquals(List.of(toRegions), md.exportedKeys(REGIONS));
        assertEquals(List.of(), md.importedKeys(CUSTOMERS));
        assertEquals(List.of(), md.exportedKeys(ORDERS));
    }

    @Test
    void theVersionedAliasIsDescribedLikeTheDatasetButHasNoKeys() {
        assertEquals(Optional.of("One row per order"), md.tableDescription(ORDERS_V3));
        assertEquals(Optional.of("Who ordered"), md.columnDescription(ORDERS_V3, "customer_id"));
        assertEquals(Optional.of("0"), md.columnDefault(ORDERS_V3, "amount"));
        assertEquals(Optional.of("3"), md.datasetVersion(ORDERS_V3));
        assertEquals(Optional.empty(), md.primaryKey(ORDERS_V3));
        assertEquals(List.of(), md.uniqueKeys(new TableRef("shop", "crm", "customers_v1")));
        assertEquals(List.of(), md.importedKeys(ORDERS_V3));
        assertEquals(List.of(), md.exportedKeys(new TableRef("shop", "crm", "customers_v1")));
    }

    @Test
    void viewsDeclaredWithADatasetHaveTheirDescriptions() {
        assertEquals(Optional.of("Orders over 1000"), md.tableDescription(BIG_ORDERS));
        assertEquals(Optional.of("The order"), md.columnDescription(BIG_ORDERS, "id"));
        assertEquals(Optional.empty(), md.columnDescription(BIG_ORDERS, "amount"));
        assertEquals(Optional.empty(), md.columnDefault(BIG_ORDERS, "amount"), "a view has no defaults");
        assertEquals(Optional.of("3"), md.datasetVersion(BIG_ORDERS), "declared with version 3 of orders");
        assertEquals(Optional.empty(), md.primaryKey(BIG_ORDERS));
    }

    @Test
    void readFromAContractFile() {
        Contract c = ContractParser.parse("""
                dfschema: 1
                catalog: cst
                default_schema: code
                datasets:
                  - name: repos
                    schema: meta
                    description: Repositories
                    format: json
                    columns:
                      - {name: name, type: VARCHAR, nullable: false, description: "owner/name"}
                      - {name: stars, type: INT, default: "0"}
                    primary_key: [name]
                  - name: files
                    version: 2
                    format: parquet
                    partition_columns: [{name: repo, type: VARCHAR}]
                    columns:
                      - {name: file_id, type: BIGINT, nullable: false}
                      - {name: path, type: VARCHAR, nullable: false, description: "Path in the repo"}
                      - {name: "Mixed Case", type: VARCHAR, default: "'x'"}
                    primary_key: [file_id]
                    unique: [[repo, path]]
                    foreign_keys:
                      - {name: files_repo, columns: [repo], references: {schema: meta, dataset: repos, columns: [name]}}
                    views:
                      - {name: recent_files, description: Recent, sql: SELECT * FROM files}
                """, Path.of("/catalogs/cst/catalog.dfschema.yaml"));
        ContractCatalogMetadata m = ContractCatalogMetadata.of(c);
        TableRef repos = new TableRef("cst", "meta", "repos");
        TableRef files = new TableRef("cst", "code", "files");
        assertEquals(Optional.of("Repositories"), m.tableDescription(repos));
        assertEquals(Optional.of("owner/name"), m.columnDescription(repos, "name"));
        assertEquals(Optional.of("0"), m.columnDefault(repos, "stars"));
        assertEquals(Optional.of("'x'"), m.columnDefault(files, "Mixed Case"));
        assertEquals(Optional.of("Path in the repo"), m.columnDescription(new TableRef("cst", "code", "files_v2"), "path"));
        assertEquals(Optional.of("2"), m.datasetVersion(files));
        assertEquals(Optional.of(new PrimaryKey("repos_pkey", List.of("name"))), m.primaryKey(repos));
        assertEquals(List.of(new UniqueKey("files_repo_path_key", List.of("repo", "path"))), m.uniqueKeys(files));
        ForeignKey fk = ForeignKey.of("files_repo", files, List.of("repo"), repos, List.of("name"), "repos_pkey");
        assertEquals(List.of(fk), m.importedKeys(files));
        assertEquals(List.of(fk), m.exportedKeys(repos));
        assertEquals(Optional.of("Recent"), m.tableDescription(new TableRef("cst", "code", "recent_files")));
        assertEquals(Optional.empty(), m.tableDescription(files), "no description declared");
    }

    @Test
    void generatedNamesNeverCollideOnATable() {
        Contract c = Contract.builder()
                .dataset(DatasetSpec.builder("t").format(DataFormat.CSV)
                        .column(ColumnSpec.builder("a", "INT").nullable(false).build())
                        .column("b", "INT")
                        .column("a_b", "INT")
                        .primaryKey("a")
                        .unique("a_b")
                        .unique("a", "b")
                        .foreignKey(ForeignKeySpec.of(List.of("b"), "u", List.of("x")))
                        .foreignKey(new ForeignKeySpec("t_a_fkey", List.of("a"), null, "u", List.of("y")))
                        .foreignKey(ForeignKeySpec.of(List.of("a"), "u", List.of("z"))))
                .build();
        ContractCatalogMetadata m = ContractCatalogMetadata.of(c);
        TableRef t = new TableRef("datafusion", "public", "t");
        assertEquals(List.of("t_a_b_key", "t_a_b_key1"), m.uniqueKeys(t).stream().map(UniqueKey::name).toList());
        // a declared name is kept as written; the generated one steps aside
        assertEquals(List.of("t_b_fkey", "t_a_fkey", "t_a_fkey1"),
                m.importedKeys(t).stream().map(ForeignKey::name).toList());
    }

    @Test
    void keysMayPointIntoAnotherContractOfTheSameCatalog() {
        Contract people = Contract.builder().catalog("shop").defaultSchema("crm")
                .dataset(DatasetSpec.builder("people").format(DataFormat.CSV)
                        .column(ColumnSpec.builder("pid", "INT").nullable(false).build())
                        .unique("pid"))
                .build();
        Contract visits = Contract.builder().catalog("shop").defaultSchema("web")
                .dataset(DatasetSpec.builder("visits").format(DataFormat.CSV).column("who", "INT")
                        .foreignKey(new ForeignKeySpec(null, List.of("who"), "crm", "people", List.of("pid"))))
                .build();
        ContractCatalogMetadata m = ContractCatalogMetadata.of(visits, people);
        TableRef peopleRef = new TableRef("shop", "crm", "people");
        ForeignKey fk = ForeignKey.of("visits_who_fkey", new TableRef("shop", "web", "visits"), List.of("who"),
                peopleRef, List.of("pid"), "people_pid_key");
        assertEquals(List.of(fk), m.exportedKeys(peopleRef));
    }

    @Test
    void twoContractsClaimingOneTableAreRejected() {
        Contract a = Contract.builder().source(Path.of("a.dfschema.yaml"))
                .dataset(DatasetSpec.builder("t").format(DataFormat.CSV)).build();
        Contract b = Contract.builder().source(Path.of("b.dfschema.yaml"))
                .dataset(DatasetSpec.builder("u").format(DataFormat.CSV))
                .dataset(DatasetSpec.builder("t_v1").format(DataFormat.CSV)) // is t's versioned name
                .build();
        ContractException e = assertThrows(ContractException.class, () -> ContractCatalogMetadata.of(a, b));
        assertEquals(List.of("b.dfschema.yaml: datasets[1].name: table 'datafusion.public.t_v1' is also declared as"
                + " versioned name of dataset 't' in a.dfschema.yaml"), e.lines());
        // the same names in another catalog are other tables
        Contract c = Contract.builder().catalog("other").dataset(DatasetSpec.builder("t").format(DataFormat.CSV)).build();
        assertEquals(Set.of(new TableRef("datafusion", "public", "t"), new TableRef("datafusion", "public", "t_v1"),
                new TableRef("other", "public", "t"), new TableRef("other", "public", "t_v1")),
                ContractCatalogMetadata.of(a, c).tables());
    }

    @Test
    void noDatasetsMeansEmpty() {
        assertTrue(ContractCatalogMetadata.of().isEmpty());
        assertTrue(ContractCatalogMetadata.of(Contract.builder().build()).isEmpty());
    }
}
