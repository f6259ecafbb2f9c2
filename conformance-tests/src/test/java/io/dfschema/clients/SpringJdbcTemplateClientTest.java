package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.rowset.SqlRowSet;

/**
 * Spring's JdbcTemplate over the driver (one session shared through a SingleConnectionDataSource,
 * so DDL and DML see each other): query with row mappers, queryForObject/List/Map, update with
 * binds and nulls, batchUpdate, named parameters, SqlRowSet metadata, and error translation; and a
 * template over the CST contract catalog.
 */
class SpringJdbcTemplateClientTest {

    @TempDir
    Path dir;
    private Connection connection;
    private SingleConnectionDataSource ds;
    private JdbcTemplate jdbc;

    record Customer(long id, String name, String city) {
    }

    @BeforeEach
    void open() throws Exception {
        connection = ClientFixture.connectWithFixture(dir);
        ds = new SingleConnectionDataSource(connection, true);
        jdbc = new JdbcTemplate(ds);
    }

    @AfterEach
    void close() throws Exception {
        ds.destroy();
        connection.close();
    }

    @Test
    void queries() {
        List<Customer> customers = jdbc.query("SELECT id, name, city FROM customers WHERE id <= ? ORDER BY id",
                (rs, i) -> new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("city")), 3L);
        assertEquals(List.of(new Customer(1, "Ada", "London"), new Customer(2, "Grace", "New York"),
                new Customer(3, "Linus", null)), customers);

        assertEquals(6, jdbc.queryForObject("SELECT count(*) FROM orders", Long.class));
        assertEquals(0, new BigDecimal("1025.74").compareTo(
                jdbc.queryForObject("SELECT sum(amount) FROM orders", BigDecimal.class)));
        assertEquals("Grace", jdbc.queryForObject("SELECT name FROM customers WHERE city = ?", String.class,
                "New York"));
        assertEquals(List.of("Ada", "Edsger", "Grace", "Linus"),
                jdbc.queryForList("SELECT name FROM customers ORDER BY name", String.class));
        Map<String, Object> row = jdbc.queryForMap("SELECT order_id, amount, ordered_at, note FROM orders"
                + " WHERE order_id = ?", 11);
        assertEquals(11, row.get("order_id"));
        assertEquals(0, new BigDecimal("40.50").compareTo((BigDecimal) row.get("amount")));
        assertEquals(Timestamp.valueOf("2024-01-06 11:30:00"), row.get("ordered_at"));
        assertNull(row.get("note"));
        assertTrue(row.containsKey("note"));

        // typed binds with explicit SQL types, including a null
        assertEquals(List.of(15), jdbc.queryForList("SELECT order_id FROM orders WHERE customer_id IS NOT"
                + " DISTINCT FROM ? ORDER BY order_id", new Object[] {null}, new int[] {Types.BIGINT}, Integer.class));
        assertEquals(List.of(13, 14, 15), jdbc.queryForList("SELECT order_id FROM orders WHERE ordered_at > ?"
                + " ORDER BY order_id", Integer.class, Timestamp.valueOf("2024-02-01 09:15:00")));

        // nested columns through the template
        assertEquals(List.of("Main St", "Elm St"), jdbc.queryForList(
                "SELECT address['street'] FROM profiles WHERE address IS NOT NULL ORDER BY id", String.class));
        Object tags = jdbc.queryForObject("SELECT tags FROM profiles WHERE id = 1", Object.class);
        assertTrue(tags instanceof java.sql.Array, String.valueOf(tags));

        // SqlRowSet keeps the result's metadata
        SqlRowSet rs = jdbc.queryForRowSet("SELECT order_id, amount FROM orders WHERE order_id = 10");
        assertEquals("order_id", rs.getMetaData().getColumnName(1));
        assertEquals(Types.DECIMAL, rs.getMetaData().getColumnType(2));
        assertTrue(rs.next());
        assertEquals(10, rs.getInt(1));

        assertThrows(EmptyResultDataAccessException.class,
                () -> jdbc.queryForObject("SELECT name FROM customers WHERE id = -1", String.class));
        DataAccessException bad = assertThrows(DataAccessException.class,
                () -> jdbc.queryForList("SELECT no_such_column FROM customers"));
        assertTrue(bad.getMessage().contains("no_such_column"), bad.getMessage());
    }

    /** A template over the CST contract catalog: a bind on a view, and a map column read as a java.util.Map. */
    @Test
    void queriesOnTheContractCatalog(@TempDir Path cst) throws Exception {
        try (Connection c = CstCatalog.connect(cst)) {
            JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(c, true));
            assertEquals(List.of("read_config"), template.queryForList(
                    "SELECT callee FROM call_edges WHERE caller_file_id = ? ORDER BY callee", String.class, 2L));
            Object attrs = template.queryForObject("SELECT attrs FROM libcst_files WHERE file_id = ?", Object.class, 1L);
            assertTrue(attrs instanceof Map<?, ?> m && "git".equals(m.get("origin")), String.valueOf(attrs));
        }
    }

    @Test
    void updatesAndBatches() {
        jdbc.execute("CREATE TABLE audit (id BIGINT, who VARCHAR, amount DECIMAL(10, 2), at TIMESTAMP)");
        assertEquals(1, jdbc.update("INSERT INTO audit VALUES (?, ?, ?, ?)", 1L, "ada", new BigDecimal("1.50"),
                Timestamp.valueOf("2024-01-01 00:00:00")));
        assertEquals(1, jdbc.update("INSERT INTO audit VALUES (?, ?, ?, ?)", new Object[] {2L, null, null, null},
                new int[] {Types.BIGINT, Types.VARCHAR, Types.DECIMAL, Types.TIMESTAMP}));
        assertEquals(2, jdbc.update("INSERT INTO audit SELECT id + 10, name, NULL AS amount, NULL AS at FROM customers WHERE id <= ?",
                2L));

        int[] counts = jdbc.batchUpdate("INSERT INTO audit (id, who) VALUES (?, ?)",
                List.of(new Object[] {20L, "b1"}, new Object[] {21L, "b2"}, new Object[] {22L, "b3"}));
        assertArrayEquals(new int[] {1, 1, 1}, counts);
        int[] plain = jdbc.batchUpdate("INSERT INTO audit (id) VALUES (30)", "INSERT INTO audit (id) VALUES (31)");
        assertArrayEquals(new int[] {1, 1}, plain);
        int[][] chunked = jdbc.batchUpdate("INSERT INTO audit (id, who) VALUES (?, ?)",
                List.of("x", "y", "z", "w", "v"), 2, (ps, who) -> {
                    ps.setLong(1, 40 + who.charAt(0) - 'v');
                    ps.setString(2, who);
                });
        assertEquals(3, chunked.length);
        assertArrayEquals(new int[] {1, 1}, chunked[0]);
        assertArrayEquals(new int[] {1}, chunked[2]);

        assertEquals(14, jdbc.queryForObject("SELECT count(*) FROM audit", Integer.class));
        assertEquals(List.of("Ada", "Grace"), jdbc.queryForList(
                "SELECT who FROM audit WHERE id BETWEEN 10 AND 19 ORDER BY id", String.class));
        assertEquals("b2", jdbc.queryForObject("SELECT who FROM audit WHERE id = ?", String.class, 21L));
        assertNull(jdbc.queryForObject("SELECT who FROM audit WHERE id = 2", String.class));

        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        assertEquals(List.of(20L, 21L), named.queryForList(
                "SELECT id FROM audit WHERE who IN (:names) ORDER BY id",
                new MapSqlParameterSource("names", List.of("b1", "b2")), Long.class));
        assertEquals(1, named.update("INSERT INTO audit (id, who) VALUES (:id, :who)",
                new MapSqlParameterSource().addValue("id", 50L).addValue("who", "named")));
        assertEquals(15, jdbc.queryForObject("SELECT count(*) FROM audit", Integer.class));

        // the new table is visible to metadata right after the DDL
        assertEquals(List.of("id", "who", "amount", "at"), jdbc.execute((Connection c) -> {
            List<String> names = new java.util.ArrayList<>();
            try (var rs = c.getMetaData().getColumns(null, null, "audit", null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME"));
                }
            }
            return names;
        }));
        jdbc.execute("DROP TABLE audit");
        assertThrows(DataAccessException.class, () -> jdbc.queryForObject("SELECT count(*) FROM audit", Long.class));
    }
}
