package io.dfschema.clients;

import static org.jooq.impl.DSL.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Meta;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableOptions.TableType;
import org.jooq.UniqueKey;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jOOQ ({@link SQLDialect#DEFAULT}) over the CST contract catalog: {@code meta()} reads the schemas, the
 * tables and views with their comments, fields with nullability, comment and default, the primary keys,
 * the unique keys (as unique indexes: see below) and the foreign keys; a query built from those tables,
 * joined on the foreign key jOOQ read, runs with a bind parameter.
 */
class JooqCstCatalogTest {

    @TempDir
    static Path dir;
    private static Connection connection;
    private static DSLContext ctx;

    @BeforeAll
    static void open() throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        connection = CstCatalog.connect(dir);
        ctx = DSL.using(connection, SQLDialect.DEFAULT);
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    private static Map<String, Table<?>> publicTables(Meta meta) {
        Map<String, Table<?>> tables = new TreeMap<>();
        for (Table<?> t : meta.getSchemas("public").get(0).getTables()) {
            tables.put(t.getName(), t);
        }
        return tables;
    }

    @Test
    void metaReadsTablesFieldsAndComments() {
        Meta meta = ctx.meta();
        assertEquals(List.of("dfschema", "information_schema", "public"),
                meta.getSchemas().stream().map(org.jooq.Schema::getName).sorted().toList());
        Map<String, Table<?>> tables = publicTables(meta);

        Map<String, String> seen = new TreeMap<>();
        tables.forEach((name, t) -> seen.put(name, t.getTableType() + ": " + t.getComment()));
        assertEquals(CstModel.described(TableType.TABLE.toString(), TableType.VIEW.toString()), seen);

        // fields: name, order, nullability, comment (jOOQ shows "" for none)
        for (Map.Entry<String, Table<?>> e : tables.entrySet()) {
            List<String> want = CstModel.columns(e.getKey()).stream()
                    .map(c -> c.name() + " " + c.nullable() + " " + (c.remarks() == null ? "" : c.remarks())).toList();
            List<String> got = new ArrayList<>();
            for (Field<?> f : e.getValue().fields()) {
                got.add(f.getName() + " " + f.getDataType().nullable() + " " + f.getComment());
            }
            assertEquals(want, got, e.getKey());
        }

        // the contract's default reaches jOOQ as the field's default (DEFAULT dialect: an inline value)
        Field<?> attrs = tables.get("libcst_nodes").field("attrs");
        assertTrue(attrs.getDataType().defaulted());
        assertEquals("'MAP {}'", ctx.render(attrs.getDataType().default_()));
        assertFalse(tables.get("libcst_files").field("attrs").getDataType().defaulted());
        // jOOQ maps a column by TYPE_NAME alone (docs/database-metadata.md, "Clients"): engine types are
        // OTHER with the engine's name, cut where jOOQ expects a precision ("Map(...)" loses its head)
        assertEquals("Int64", tables.get("repos").field("stars").getDataType().getTypeName());
        assertEquals("Utf8", tables.get("repos").field("name").getDataType().getTypeName());
        assertEquals("List", tables.get("libcst_nodes").field("children").getDataType().getTypeName());
    }

    @Test
    void metaReadsKeysAndReferences() {
        Meta meta = ctx.meta();
        Map<String, Table<?>> tables = publicTables(meta);

        // primary keys: the four datasets'; the versioned aliases and the views have none
        List<CstModel.Key> pks = new ArrayList<>();
        tables.forEach((name, t) -> {
            UniqueKey<?> pk = t.getPrimaryKey();
            if (pk != null) {
                assertTrue(pk.isPrimary());
                pks.add(new CstModel.Key(pk.getName(), name, names(pk.getFields())));
            }
        });
        assertEquals(CstModel.PRIMARY_KEYS, pks);
        assertEquals(CstModel.PRIMARY_KEYS.stream().map(CstModel.Key::name).toList(),
                meta.getPrimaryKeys().stream().map(UniqueKey::getName).sorted().toList());
        for (String t : CstModel.TABLES) {
            assertNull(tables.get(CstModel.alias(t)).getPrimaryKey(), CstModel.alias(t));
        }

        // unique keys: jOOQ's DEFAULT dialect reads unique constraints only with dialect SQL, never through
        // DatabaseMetaData, so they arrive as the unique indexes of getIndexInfo; jOOQ drops the index named
        // like the primary key as the key's own
        assertEquals(List.of(), meta.getUniqueKeys());
        List<CstModel.Key> indexes = new ArrayList<>();
        for (Index index : meta.getIndexes()) {
            assertTrue(index.getUnique(), index.getName());
            indexes.add(new CstModel.Key(index.getName(), index.getTable().getName(),
                    index.getFields().stream().map(SortField::getName).toList()));
        }
        indexes.sort(Comparator.comparing(CstModel.Key::name));
        assertEquals(CstModel.UNIQUE_KEYS, indexes);

        // foreign keys, from getImportedKeys: names, columns, the referenced table, columns and key (PK_NAME)
        List<CstModel.ForeignKey> fks = new ArrayList<>();
        tables.forEach((name, t) -> {
            for (ForeignKey<?, ?> fk : t.getReferences()) {
                fks.add(new CstModel.ForeignKey(fk.getName(), fk.getTable().getName(), names(fk.getFields()),
                        fk.getKey().getTable().getName(), names(fk.getKeyFields()), fk.getKey().getName()));
            }
        });
        fks.sort(Comparator.comparing(CstModel.ForeignKey::name));
        assertEquals(CstModel.FOREIGN_KEYS, fks);
        assertEquals(fks.size(), meta.getForeignKeys().size());
        // and navigable: refs has two keys into libcst_nodes
        assertEquals(List.of("refs_from", "refs_to"), tables.get("refs").getReferencesTo(tables.get("libcst_nodes"))
                .stream().map(ForeignKey::getName).sorted().toList());
    }

    @Test
    void joinOnTheForeignKeyWithABindParameter() {
        Map<String, Table<?>> tables = publicTables(ctx.meta());
        Table<?> files = tables.get("libcst_files");
        Table<?> repos = tables.get("repos");
        ForeignKey<?, ?> filesRepo = files.getReferencesTo(repos).get(0);
        Field<Object> repo = files.field("repo", Object.class);
        Field<Object> stars = repos.field("stars", Object.class);
        Field<Object> url = repos.field("url", Object.class);

        SelectConditionStep<Record3<Object, Object, Integer>> query = ctx.select(repo, url, count().as("files"))
                .from(files).join(repos).onKey(filesRepo)
                .where(stars.gt(DSL.val(100L, stars)));
        String sql = query.getSQL(ParamType.INDEXED);
        assertTrue(sql.contains("\"public\".\"libcst_files\".\"repo\" = \"public\".\"repos\".\"name\"")
                && sql.contains("?"), sql);
        Result<?> rows = query.groupBy(repo, url).orderBy(repo).fetch();
        assertEquals(List.of("httpkit|https://example.org/cst-demo/httpkit|10",
                        "tinyparse|https://example.org/cst-demo/tinyparse|10"),
                rows.stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2)).toList());

        // the same join with the bind inlined, and a bind that leaves one repository
        assertEquals(List.of("httpkit"), ctx.select(repo).from(files).join(repos).onKey(filesRepo)
                .where(stars.gt(DSL.inline(1000L))).groupBy(repo).fetch(0, String.class));
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::getName).toList();
    }
}
