package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schema.ForeignKeyDeferrability;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.PrimaryKey;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schemacrawler.LimitOptionsBuilder;

/**
 * SchemaCrawler crawls the CST contract catalog ({@link CstCatalog}) at its maximum info level and
 * shows what the contract declares ({@link CstModel}): every table and view of cst.public with its
 * remarks; columns with type, nullability, default and remarks; primary keys; the unique keys as
 * unique indexes; the foreign keys, both as SchemaCrawler's foreign key objects (imported and exported,
 * with rules) and as table constraints. The crawl is limited to the schemas under test and reads no
 * routines (the other SchemaCrawler test covers those).
 */
class SchemaCrawlerCstCatalogTest {

    @Test
    void crawlsTheContractCatalog(@TempDir Path dir) throws Exception {
        try (Connection c = CstCatalog.connect(dir)) {
            Catalog catalog = SchemaCrawlerRun.crawl(c, LimitOptionsBuilder.builder()
                    .includeSchemas(new RegularExpressionInclusionRule("cst\\.(public|dfschema)"))
                    .tableTypes("TABLE", "VIEW", "SYSTEM TABLE"));
            assertEquals(List.of("cst.dfschema", "cst.public"),
                    catalog.getSchemas().stream().map(Schema::getFullName).sorted().toList());
            Schema pub = catalog.lookupSchema("cst.public").orElseThrow();

            assertTablesAndRemarks(catalog, pub);
            assertColumns(catalog, pub);
            assertPrimaryKeys(catalog, pub);
            assertUniqueIndexes(catalog, pub);
            assertForeignKeys(catalog, pub);

            Schema diagnostics = catalog.lookupSchema("cst.dfschema").orElseThrow();
            assertEquals(ClientFixture.DIAGNOSTICS, catalog.getTables(diagnostics).stream().map(Table::getName).sorted()
                    .toList());
            assertTrue(catalog.getRoutines().isEmpty(), "routines were not asked for");
        }
    }

    /** Each dataset (and its versioned alias) as TABLE, each view as VIEW, all with the contract's description. */
    private static void assertTablesAndRemarks(Catalog catalog, Schema pub) {
        Map<String, String> seen = new TreeMap<>();
        for (Table t : catalog.getTables(pub)) {
            seen.put(t.getName(), t.getTableType().getTableType().toUpperCase() + ": "
                    + (t.hasRemarks() ? t.getRemarks() : null));
        }
        assertEquals(CstModel.described("TABLE", "VIEW"), seen);
        for (String v : CstModel.VIEWS) {
            assertTrue(table(catalog, pub, v).getTableType().isView(), v);
        }
    }

    /** Every column: name, order, JDBC type, engine type, nullability, default (COLUMN_DEF) and remarks. */
    private static void assertColumns(Catalog catalog, Schema pub) {
        Map<String, List<CstModel.Column>> expected = new TreeMap<>();
        Map<String, List<CstModel.Column>> seen = new TreeMap<>();
        for (Table t : catalog.getTables(pub)) {
            expected.put(t.getName(), CstModel.columns(t.getName()));
            List<CstModel.Column> columns = new ArrayList<>();
            for (Column col : t.getColumns()) {
                columns.add(new CstModel.Column(col.getName(),
                        col.getColumnDataType().getJavaSqlType().getVendorTypeNumber(),
                        col.getColumnDataType().getName(), col.isNullable(), col.getDefaultValue(),
                        col.hasRemarks() ? col.getRemarks() : null));
                assertEquals(columns.size(), col.getOrdinalPosition(), col.getFullName());
                assertFalse(col.isAutoIncremented() || col.isGenerated(), col.getFullName());
            }
            seen.put(t.getName(), columns);
        }
        assertEquals(expected.keySet(), seen.keySet());
        expected.forEach((table, columns) -> assertEquals(columns, seen.get(table), table));
    }

    /** Primary keys by name and columns in key order; the aliases and views have none. */
    private static void assertPrimaryKeys(Catalog catalog, Schema pub) {
        List<CstModel.Key> seen = new ArrayList<>();
        for (Table t : catalog.getTables(pub)) {
            PrimaryKey pk = t.getPrimaryKey();
            if (pk != null) {
                seen.add(new CstModel.Key(pk.getName(), t.getName(), constrained(pk)));
                for (TableConstraintColumn col : pk.getConstrainedColumns()) {
                    assertTrue(col.isPartOfPrimaryKey(), col.getFullName());
                }
            }
        }
        seen.sort(Comparator.comparing(CstModel.Key::table));
        assertEquals(CstModel.PRIMARY_KEYS, seen);
        assertFalse(table(catalog, pub, "repos").lookupColumn("url").orElseThrow().isPartOfPrimaryKey());
    }

    /**
     * getIndexInfo lists each table's primary key and unique keys as unique indexes; SchemaCrawler shows
     * them as such. (Generic SchemaCrawler reads unique constraints only from a database's data dictionary,
     * so they appear as indexes, not as table constraints.)
     */
    private static void assertUniqueIndexes(Catalog catalog, Schema pub) {
        List<CstModel.Key> expected = new ArrayList<>(CstModel.PRIMARY_KEYS);
        expected.addAll(CstModel.UNIQUE_KEYS);
        expected.sort(Comparator.comparing(CstModel.Key::name));
        List<CstModel.Key> seen = new ArrayList<>();
        for (Table t : catalog.getTables(pub)) {
            for (Index index : t.getIndexes()) {
                assertTrue(index.isUnique(), index.getFullName());
                seen.add(new CstModel.Key(index.getName(), t.getName(),
                        index.getColumns().stream().map(IndexColumn::getName).toList()));
            }
        }
        seen.sort(Comparator.comparing(CstModel.Key::name));
        assertEquals(expected, seen);
        Table repos = table(catalog, pub, "repos");
        assertTrue(repos.lookupColumn("url").orElseThrow().isPartOfUniqueIndex());
        assertFalse(repos.lookupColumn("stars").orElseThrow().isPartOfIndex());
    }

    /**
     * Foreign keys as SchemaCrawler builds them from getImportedKeys and getExportedKeys: the same four seen
     * from the referencing table (imported, also a table constraint) and from the referenced one (exported),
     * with the declared names, column pairs, NO ACTION rules and not deferrable.
     */
    private static void assertForeignKeys(Catalog catalog, Schema pub) {
        List<CstModel.ForeignKey> imported = new ArrayList<>();
        List<CstModel.ForeignKey> exported = new ArrayList<>();
        Map<String, List<String>> constraints = new TreeMap<>();
        for (Table t : catalog.getTables(pub)) {
            for (ForeignKey fk : t.getImportedForeignKeys()) {
                imported.add(model(fk));
                assertEquals(ForeignKeyUpdateRule.noAction, fk.getUpdateRule(), fk.getName());
                assertEquals(ForeignKeyUpdateRule.noAction, fk.getDeleteRule(), fk.getName());
                assertEquals(ForeignKeyDeferrability.keyNotDeferrable, fk.getDeferrability(), fk.getName());
                for (ColumnReference ref : fk.getColumnReferences()) {
                    assertTrue(ref.getForeignKeyColumn().isPartOfForeignKey(), ref.toString());
                    assertEquals(ref.getPrimaryKeyColumn(), ref.getForeignKeyColumn().getReferencedColumn());
                }
            }
            for (ForeignKey fk : t.getExportedForeignKeys()) {
                exported.add(model(fk));
            }
            List<String> tc = new ArrayList<>();
            for (TableConstraint constraint : t.getTableConstraints()) {
                tc.add(constraint.getType() + " " + constraint.getName() + " " + constrained(constraint));
            }
            if (!tc.isEmpty()) {
                constraints.put(t.getName(), tc.stream().sorted().toList());
            }
        }
        Comparator<CstModel.ForeignKey> byName = Comparator.comparing(CstModel.ForeignKey::name);
        imported.sort(byName);
        exported.sort(byName);
        assertEquals(CstModel.FOREIGN_KEYS, imported);
        assertEquals(CstModel.FOREIGN_KEYS, exported);

        // table constraints: the primary key and the imported foreign keys of each table
        Map<String, List<String>> expected = new TreeMap<>();
        for (CstModel.Key pk : CstModel.PRIMARY_KEYS) {
            expected.computeIfAbsent(pk.table(), k -> new ArrayList<>())
                    .add("primary_key " + pk.name() + " " + pk.columns());
        }
        for (CstModel.ForeignKey fk : CstModel.FOREIGN_KEYS) {
            expected.computeIfAbsent(fk.table(), k -> new ArrayList<>())
                    .add("foreign_key " + fk.name() + " " + fk.columns());
        }
        expected.replaceAll((table, list) -> list.stream().sorted().toList());
        assertEquals(expected, constraints);
    }

    private static CstModel.ForeignKey model(ForeignKey fk) {
        List<ColumnReference> refs = fk.getColumnReferences();
        for (int i = 0; i < refs.size(); i++) {
            assertEquals(i + 1, refs.get(i).getKeySequence(), fk.getName());
        }
        // SchemaCrawler keeps no PK_NAME; every CST foreign key references its table's primary key
        Table pkTable = fk.getPrimaryKeyTable();
        return new CstModel.ForeignKey(fk.getName(), fk.getForeignKeyTable().getName(),
                refs.stream().map(r -> r.getForeignKeyColumn().getName()).toList(), pkTable.getName(),
                refs.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
                pkTable.getPrimaryKey() == null ? null : pkTable.getPrimaryKey().getName());
    }

    private static List<String> constrained(TableConstraint constraint) {
        return constraint.getConstrainedColumns().stream().map(TableConstraintColumn::getName).toList();
    }

    private static Table table(Catalog catalog, Schema schema, String name) {
        return catalog.lookupTable(schema, name).orElseThrow(() -> new AssertionError("no table " + name));
    }
}
