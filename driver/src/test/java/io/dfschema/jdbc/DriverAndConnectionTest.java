package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DriverAndConnectionTest {

    @Test
    void driverIsFoundThroughServiceLoaderAndDriverManager() throws SQLException {
        boolean viaServices = ServiceLoader.load(Driver.class).stream()
                .anyMatch(p -> p.type() == DfSchemaDriver.class);
        assertTrue(viaServices, "META-INF/services/java.sql.Driver must list the driver");
        assertInstanceOf(DfSchemaDriver.class, DriverManager.getDriver("jdbc:dfschema:"));
        assertFalse(new DfSchemaDriver().acceptsURL("jdbc:postgresql://x/y"));
        assertNull(new DfSchemaDriver().connect("jdbc:h2:mem:", new Properties()));
    }

    @Test
    void memoryUrlsOpenIndependentSessions() throws SQLException {
        try (Connection a = DriverManager.getConnection("jdbc:dfschema:");
             Connection b = DriverManager.getConnection("jdbc:dfschema:mem:")) {
            Db.exec(a, "CREATE TABLE only_in_a AS VALUES (1)");
            assertEquals("1", Db.one(a, "SELECT count(*) FROM only_in_a"));
            SQLException e = assertThrows(SQLException.class, () -> Db.one(b, "SELECT * FROM only_in_a"));
            assertEquals("42P01", e.getSQLState());
            assertTrue(e.getMessage().contains("only_in_a"), e.getMessage());
        }
    }

    @Test
    void unknownPropertyIsRejectedByNameWithTheValidList() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:dfschema:?fetchsize=10"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("'fetchsize'"), e.getMessage());
        assertTrue(e.getMessage().contains("fetch_size"), e.getMessage());
        assertTrue(e.getMessage().contains("datafusion."), e.getMessage());

        Properties p = new Properties();
        p.setProperty("bogus", "1");
        SQLException e2 = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:dfschema:", p));
        assertTrue(e2.getMessage().contains("'bogus'"), e2.getMessage());
    }

    @Test
    void engineSettingsPassThroughFromUrlAndProperties() throws SQLException {
        Properties p = new Properties();
        p.setProperty("datafusion.execution.target_partitions", "3");
        try (Connection c = DriverManager.getConnection(
                "jdbc:dfschema:?datafusion.execution.batch_size=1234&datafusion.execution.time_zone=%2B05%3A00", p)) {
            assertEquals("1234", Db.one(c,
                    "SELECT value FROM information_schema.df_settings WHERE name = 'datafusion.execution.batch_size'"));
            assertEquals("3", Db.one(c,
                    "SELECT value FROM information_schema.df_settings WHERE name = 'datafusion.execution.target_partitions'"));
            assertEquals("+05:00", Db.one(c,
                    "SELECT value FROM information_schema.df_settings WHERE name = 'datafusion.execution.time_zone'"));
        }
    }

    @Test
    void badEngineSettingNamesTheKey() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:dfschema:?datafusion.execution.no_such_key=1"));
        assertTrue(e.getMessage().contains("no_such_key"), e.getMessage());
        assertNotNull(e.getSQLState());
    }

    @Test
    void missingCatalogPathsAreAClearError() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:dfschema:/tmp/nowhere/catalog.dfschema.yaml"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("/tmp/nowhere/catalog.dfschema.yaml"), e.getMessage());
    }

    @Test
    void propertyInfoListsEveryPropertyWithDescriptionAndDefault() throws SQLException {
        DriverPropertyInfo[] info = new DfSchemaDriver().getPropertyInfo("jdbc:dfschema:?fetch_size=77", new Properties());
        assertEquals(ConnectionProperty.values().length, info.length);
        for (DriverPropertyInfo i : info) {
            assertNotNull(i.description, i.name);
            assertFalse(i.description.isBlank(), i.name);
        }
        DriverPropertyInfo fetch = Arrays.stream(info).filter(i -> i.name.equals("fetch_size")).findFirst().orElseThrow();
        assertEquals("77", fetch.value);
        DriverPropertyInfo ro = Arrays.stream(info).filter(i -> i.name.equals("read_only")).findFirst().orElseThrow();
        assertEquals(Arrays.asList("true", "false"), Arrays.asList(ro.choices));
    }

    @Test
    void initScriptRunsAtConnect() throws Exception {
        java.nio.file.Path script = java.nio.file.Files.createTempFile("init", ".sql");
        java.nio.file.Files.writeString(script,
                "-- demo; with a semicolon in a comment\nCREATE TABLE t(a INT, b VARCHAR);\nINSERT INTO t VALUES (1, 'x;y');\n");
        Properties p = new Properties();
        p.setProperty("init", script.toString());
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:", p)) {
            assertEquals("x;y", Db.one(c, "SELECT b FROM t"));
        }
    }

    @Test
    void closedConnectionRejectsUseWithSqlState() throws SQLException {
        Connection c = Db.connect();
        Statement st = c.createStatement();
        c.close();
        assertTrue(c.isClosed());
        assertTrue(st.isClosed(), "closing a connection closes its statements");
        assertEquals("08003", assertThrows(SQLException.class, c::createStatement).getSQLState());
        assertThrows(SQLException.class, () -> st.executeQuery("SELECT 1"));
        assertFalse(c.isValid(1));
        c.close(); // idempotent
    }

    @Test
    void transactionsAreDocumentedNoOps() throws SQLException {
        try (Connection c = Db.connect()) {
            assertTrue(c.getAutoCommit());
            assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
            c.setAutoCommit(false);
            Db.exec(c, "CREATE TABLE t(a INT)");
            Db.exec(c, "INSERT INTO t VALUES (1)");
            c.rollback();
            assertNotNull(c.getWarnings(), "rollback must warn that nothing was undone");
            assertEquals("1", Db.one(c, "SELECT count(*) FROM t"));
            c.commit();
            Db.exec(c, "START TRANSACTION");
            Db.exec(c, "INSERT INTO t VALUES (2)");
            Db.exec(c, "ROLLBACK");
            assertEquals("2", Db.one(c, "SELECT count(*) FROM t"), "SQL ROLLBACK is a no-op too");
            Db.exec(c, "COMMIT");
        }
    }

    @Test
    void readOnlyRejectsChanges() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:?read_only=true")) {
            assertTrue(c.isReadOnly());
            assertEquals("1", Db.one(c, "SELECT 1"));
            SQLException e = assertThrows(SQLException.class, () -> Db.exec(c, "CREATE TABLE t(a INT)"));
            assertEquals("25006", e.getSQLState());
            c.setReadOnly(false);
            Db.exec(c, "CREATE TABLE t(a INT)");
        }
    }

    @Test
    void schemaAndCatalogFollowTheSession() throws SQLException {
        try (Connection c = Db.connect()) {
            assertEquals("datafusion", c.getCatalog());
            assertEquals("public", c.getSchema());
            Db.exec(c, "CREATE SCHEMA other");
            Db.exec(c, "CREATE TABLE other.t AS VALUES (42)");
            c.setSchema("other");
            assertEquals("other", c.getSchema());
            assertEquals("42", Db.one(c, "SELECT * FROM t"));
        }
    }

    @Test
    void clientInfoAndValidity() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:?ApplicationName=tests")) {
            assertEquals("tests", c.getClientInfo("ApplicationName"));
            c.setClientInfo("ApplicationName", "DBeaver");
            assertEquals("DBeaver", c.getClientInfo().getProperty("ApplicationName"));
            assertThrows(java.sql.SQLClientInfoException.class, () -> c.setClientInfo("Nope", "x"));
            assertTrue(c.isValid(2));
            assertEquals(0, c.getNetworkTimeout());
        }
    }
}
