package io.dfschema.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's init.sql, run through the driver, and its nested columns read back. */
class DemoDataTest {
    private static Connection conn;

    @BeforeAll
    static void connect() throws Exception {
        Path dir = Demo.directory();
        assertTrue(Files.isRegularFile(dir.resolve("events.parquet")), "events.parquet in " + dir);
        conn = DriverManager.getConnection(Demo.url(Demo.initScript(dir)));
    }

    @AfterAll
    static void close() throws Exception {
        if (conn != null) {
            conn.close();
        }
    }

    @Test
    void initScriptRegistersTheTablesAndViews() throws Exception {
        try (Statement st = conn.createStatement()) {
            for (String[] expected : new String[][] {
                    {"events", "18"}, {"users", "6"}, {"products", "5"},
                    {"event_details", "18"}, {"purchases", "6"}}) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + expected[0])) {
                    assertTrue(rs.next());
                    assertEquals(Long.parseLong(expected[1]), rs.getLong(1), expected[0]);
                }
            }
        }
    }

    @Test
    void structListAndMapColumnsReadBack() throws Exception {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT device, tags, props FROM events WHERE event_id = 4")) {
            assertTrue(rs.next());

            Object device = rs.getObject("device");
            Struct struct = assertInstanceOf(Struct.class, device);
            assertArrayEquals(new Object[] {"ios", "4.2.0"}, struct.getAttributes());
            assertEquals("{os: ios, app_version: 4.2.0}", rs.getString("device"));

            Array tags = rs.getArray("tags");
            assertArrayEquals(new Object[] {"mobile", "first_order"}, (Object[]) tags.getArray());
            assertEquals("[mobile, first_order]", rs.getString("tags"));

            Map<?, ?> props = assertInstanceOf(Map.class, rs.getObject("props"));
            assertEquals(Map.of("sku", "P-100", "qty", "1", "coupon", "SPRING10"), props);
            assertEquals(List.of("sku", "qty", "coupon"), new ArrayList<>(props.keySet()), "map entries keep their order");

            assertFalse(rs.next());
        }
    }

    @Test
    void emptyListReadsBackAsAnEmptyArray() throws Exception {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT tags, props['sku'] AS sku FROM events WHERE event_id = 13")) {
            assertTrue(rs.next());
            assertEquals(0, ((Object[]) rs.getArray(1).getArray()).length);
            assertNull(rs.getString("sku"), "a key the map lacks reads as NULL");
        }
    }

    @Test
    void viewsUseGetFieldMapAccessAndUnnest() throws Exception {
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT user_name, os, app_version, sku, tag_count FROM event_details WHERE event_id = 7")) {
                assertTrue(rs.next());
                assertEquals("Alan Turing", rs.getString(1));
                assertEquals("android", rs.getString(2));
                assertEquals("4.1.3", rs.getString(3));
                assertEquals("P-200", rs.getString(4));
                assertEquals(2, rs.getInt(5));
            }
            try (ResultSet rs = st.executeQuery("SELECT tag FROM event_tags WHERE event_id = 1 ORDER BY tag")) {
                List<String> tags = new ArrayList<>();
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
                assertEquals(List.of("mobile", "organic"), tags);
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT product, qty, amount, weight_g FROM purchases WHERE event_id = 9")) {
                assertTrue(rs.next());
                assertEquals("Water bottle", rs.getString(1));
                assertEquals(3, rs.getInt(2));
                assertEquals(43.5, rs.getDouble(3), 1e-9);
                assertEquals(180, rs.getLong(4));
            }
        }
    }

    @Test
    void ndjsonNestedObjectsAndArraysBecomeStructsAndLists() throws Exception {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT dimensions, categories FROM products WHERE sku = 'P-400'")) {
            assertTrue(rs.next());
            Struct dimensions = assertInstanceOf(Struct.class, rs.getObject(1));
            assertEquals(2, dimensions.getAttributes().length);
            assertArrayEquals(new Object[] {"accessories", "outdoor", "running"}, (Object[]) rs.getArray(2).getArray());
        }
    }

    @Test
    void resolvedScriptNamesTheDemoFolderAbsolutely() throws Exception {
        Path dir = Path.of("/data/it's here");
        String resolved = Demo.resolveScript("LOCATION '${DEMO_DIR}/users.csv';", dir);
        assertEquals("LOCATION '/data/it''s here/users.csv';", resolved);
    }
}
