package io.dfschema.clients;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jOOQ with {@link SQLDialect#DEFAULT}: {@code meta()} reads schemas, tables and fields through
 * DatabaseMetaData, and queries jOOQ builds (select, where, join, group by, order, limit, bind
 * parameters, both prepared and inlined) run and return the right rows.
 */
class JooqClientTest {

    @TempDir
    Path dir;
    private Connection connection;
    private DSLContext ctx;

    @BeforeEach
    void open() throws Exception {
        connection = ClientFixture.connectWithFixture(dir);
        // jOOQ would print its logo and tip of the day through its logger; keep the output quiet
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        ctx = DSL.using(connection, SQLDialect.DEFAULT);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void metaReadsSchemasTablesAndFields() {
        Meta meta = ctx.meta();
        List<String> schemas = meta.getSchemas().stream().map(Schema::getName).sorted().toList();
        assertTrue(schemas.containsAll(List.of("information_schema", "public")), schemas.toString());
        // jOOQ's DEFAULT dialect does not use JDBC catalogs: one unnamed catalog holding the schemas
        assertEquals(1, meta.getCatalogs().size());
        assertEquals(List.of("dfschema", "information_schema", "public"), meta.getCatalogs().get(0).getSchemas().stream()
                .map(Schema::getName).sorted().toList());

        Schema pub = meta.getSchemas("public").get(0);
        Map<String, Table<?>> tables = new TreeMap<>();
        for (Table<?> t : pub.getTables()) {
            tables.put(t.getName(), t);
        }
        assertEquals(List.of("big_orders", "customers", "events", "orders", "profiles"),
                List.copyOf(tables.keySet()));
        assertEquals(org.jooq.TableOptions.TableType.VIEW, tables.get("big_orders").getTableType());
        assertEquals(org.jooq.TableOptions.TableType.TABLE, tables.get("orders").getTableType());

        Table<?> orders = tables.get("orders");
        assertEquals(List.of("order_id", "customer_id", "amount", "ordered_at", "note"),
                List.of(orders.fields()).stream().map(Field::getName).toList());
        Field<?> orderId = orders.field("order_id");
        Field<?> amount = orders.field("amount");
        assertEquals(false, orderId.getDataType().nullable());
        assertEquals(true, amount.getDataType().nullable());
        assertEquals(true, orders.field("note").getDataType().nullable());
        // jOOQ's MetaImpl maps a column by TYPE_NAME alone (never DATA_TYPE). getColumns reports the
        // engine's type names (Int32, Decimal128(10, 2), Utf8View ...), which jOOQ's DEFAULT dialect does
        // not know, so those fields are jOOQ type OTHER with the engine name; Timestamp(ns) normalises to
        // TIMESTAMP and is typed. See docs/database-metadata.md, "Clients".
        assertEquals("Int32", orderId.getDataType().getTypeName());
        assertEquals("Decimal128", amount.getDataType().getTypeName());
        assertEquals("Utf8View", orders.field("note").getDataType().getTypeName());
        assertEquals(java.sql.Timestamp.class, orders.field("ordered_at").getType());

        // no keys until contracts exist
        assertNull(orders.getPrimaryKey());
        assertTrue(orders.getReferences().isEmpty());
        assertTrue(meta.getPrimaryKeys().isEmpty());

        // a table found by meta() can be queried as it is
        // a table found by meta() can be queried as it is, and values come back as the driver's Java classes
        Result<? extends Record> all = ctx.selectFrom(orders).orderBy(orderId).fetch();
        assertEquals(6, all.size());
        Record first = all.get(0);
        assertEquals(10, first.get(orderId));
        assertEquals(Integer.class, first.get(orderId).getClass());
        assertEquals(Long.class, first.get("customer_id").getClass());
        assertEquals(0, new BigDecimal("250.00").compareTo((BigDecimal) first.get(amount)));
        assertEquals(java.sql.Timestamp.valueOf("2024-01-05 10:00:00"), first.get("ordered_at"));
        assertEquals("first", first.get("note"));
        assertEquals(Double.class, ctx.selectFrom(tables.get("events")).limit(1).fetchOne().get("value").getClass());
    }

    @Test
    void builtQueriesRunWithBindParameters() {
        for (StatementType type : List.of(StatementType.PREPARED_STATEMENT, StatementType.STATIC_STATEMENT)) {
            DSLContext c = DSL.using(connection, SQLDialect.DEFAULT,
                    new Settings().withStatementType(type).withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED));
            Table<?> o = table(name("orders")).as("o");
            Table<?> cu = table(name("customers")).as("c");
            Field<Integer> orderId = field(name("o", "order_id"), Integer.class);
            Field<Long> customerId = field(name("o", "customer_id"), Long.class);
            Field<BigDecimal> amount = field(name("o", "amount"), BigDecimal.class);
            Field<Long> id = field(name("c", "id"), Long.class);
            Field<String> cname = field(name("c", "name"), String.class);
            Field<String> city = field(name("c", "city"), String.class);

            // where with binds, order, limit
            Result<Record2<Integer, BigDecimal>> big = c.select(orderId, amount).from(o)
                    .where(amount.ge(new BigDecimal("100"))).and(orderId.ne(15))
                    .orderBy(orderId).limit(10).fetch();
            assertEquals(List.of(10, 13), big.getValues(orderId), type.toString());
            assertEquals(0, new BigDecimal("250.00").compareTo(big.get(0).value2()));

            // join + group by + having + aggregate, a string bind
            Result<? extends Record> perCustomer = c.select(cname, count().as("n"), sum(amount).as("total"))
                    .from(o).join(cu).on(customerId.eq(id))
                    .where(cname.in("Ada", "Grace", "Linus"))
                    .groupBy(cname).having(count().ge(2))
                    .orderBy(cname).fetch();
            assertEquals(List.of("Ada", "Grace"), perCustomer.getValues(cname), type.toString());
            assertEquals(List.of(2, 2), perCustomer.getValues("n", Integer.class));
            assertEquals(0, new BigDecimal("290.50").compareTo(perCustomer.get(0).get("total", BigDecimal.class)));

            // null handling, like, a left join
            List<String> noCity = c.select(cname).from(cu).where(city.isNull()).fetch(cname);
            assertEquals(List.of("Linus"), noCity);
            List<Integer> orphan = c.select(orderId).from(o).leftJoin(cu).on(customerId.eq(id))
                    .where(id.isNull()).fetch(orderId);
            assertEquals(List.of(15), orphan);
            assertEquals(List.of("Grace"), c.select(cname).from(cu).where(cname.like("Gr%")).fetch(cname));

            // fetchOne / fetchValue with a bind in the select list
            assertEquals(4, c.fetchCount(cu));
            assertEquals(List.of(11, 12), c.select(orderId.plus(1)).from(o).where(orderId.in(10, 11))
                    .orderBy(orderId).fetch(0, Integer.class));
            assertEquals(List.of(11, 12), c.select(orderId).from(o)
                    .where(orderId.between(DSL.val(11), DSL.val(12))).orderBy(orderId).fetch(orderId));

            // the SQL jOOQ produced binds as '?' when prepared, inline otherwise
            if (type == StatementType.PREPARED_STATEMENT) {
                String sql = c.select(orderId).from(o).where(orderId.eq(11)).getSQL(ParamType.INDEXED);
                assertTrue(sql.contains("?"), sql);
            }
        }
    }

    /**
     * Binds whose type only the other bind could tell ({@code select ? + ?}): the planner leaves
     * them untyped, so each value keeps its own type (native/src/params.rs {@code decode}).
     */
    @Test
    void bindsWithoutContext() {
        assertEquals(7L, ctx.select(DSL.val(3L).plus(DSL.val(4L))).fetchOne(0, Long.class));
    }

    @Test
    void plainSqlAndNestedColumns() {
        // a plain SQL template with bind values
        Result<Record> r = ctx.fetch("SELECT name FROM customers WHERE id = ? OR city = ? ORDER BY name", 1L,
                "New York");
        assertEquals(List.of("Ada", "Grace"), r.getValues(0, String.class));
        // nested values read through jOOQ: struct field access and list functions in SQL
        Result<Record> nested = ctx.fetch("SELECT id, address['street'] AS street, array_length(tags) AS n_tags,"
                + " scores['logins'] AS logins FROM profiles ORDER BY id");
        assertEquals(List.of("Main St", "Elm St"), nested.getValues("street", String.class).subList(0, 2));
        assertNull(nested.get(2).get("street"));
        assertEquals(List.of(2L, 1L, 0L), nested.getValues("n_tags", Long.class));
        assertEquals(List.of(7L, 1L, 0L), nested.getValues("logins", Long.class));
        // the view
        assertEquals(List.of(10, 13), ctx.fetch("SELECT order_id FROM big_orders ORDER BY order_id")
                .getValues(0, Integer.class));
        // DML through jOOQ: insert into a memory table and read back
        ctx.execute("CREATE TABLE notes (id BIGINT, body VARCHAR)");
        int inserted = ctx.insertInto(table(name("notes")), field(name("id"), Long.class),
                        field(name("body"), String.class))
                .values(1L, "one").values(2L, "two").execute();
        assertEquals(2, inserted);
        assertEquals(List.of("one", "two"), ctx.select(field(name("body"), String.class))
                .from(table(name("notes"))).orderBy(field(name("id"))).fetch(0, String.class));
        assertNotNull(ctx.meta().getTables("notes").get(0).field("body"), "meta() sees the new table");
    }
}
