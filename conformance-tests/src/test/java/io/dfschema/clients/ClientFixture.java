package io.dfschema.clients;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables every real-client test crawls or queries, created with SQL in a fresh in-memory
 * session ({@code jdbc:dfschema:}):
 *
 * <pre>
 * customers   (id BIGINT NOT NULL, name VARCHAR NOT NULL, city VARCHAR)          CREATE TABLE (..) AS VALUES, 4 rows
 * orders      (order_id INT NOT NULL, customer_id BIGINT, amount DECIMAL(10,2),  CREATE TABLE (..) AS VALUES, 6 rows
 *              ordered_at TIMESTAMP, note VARCHAR)
 * profiles    (id BIGINT, address Struct(street, zip), tags List(Utf8),           CREATE TABLE AS SELECT with named_struct/[..]/MAP {..}
 *              scores Map(Utf8 -> Int64))
 * events      (event_id BIGINT, kind VARCHAR, value DOUBLE, at TIMESTAMP)         Parquet written with COPY .. TO, CREATE EXTERNAL TABLE
 * big_orders  view: orders with amount &gt;= 100 joined to customers
 * </pre>
 */
final class ClientFixture {
    private ClientFixture() {}

    static final String URL = "jdbc:dfschema:";

    /** The user tables and views the fixture creates, with their JDBC table type. */
    static final List<String[]> OBJECTS = List.of(
            new String[] {"big_orders", "VIEW"},
            new String[] {"customers", "TABLE"},
            new String[] {"events", "TABLE"},
            new String[] {"orders", "TABLE"},
            new String[] {"profiles", "TABLE"});

    /** The six diagnostics tables every session has in its {@code dfschema} schema (docs/diagnostics.md). */
    static final List<String> DIAGNOSTICS = List.of("adapter_events", "function_checks", "partition_checks",
            "registrations", "settings", "view_checks");

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL);
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Every row of a query, each cell as getString renders it. */
    static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rows(rs);
        }
    }

    static List<List<String>> rows(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        List<List<String>> out = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(rs.getString(i));
            }
            out.add(row);
        }
        return out;
    }

    /** The statements that create the fixture; {@code dir} receives the Parquet file. */
    static List<String> ddl(Path dir) {
        String parquet = dir.resolve("events.parquet").toAbsolutePath().toString().replace("'", "''");
        return List.of(
                "CREATE TABLE customers (id BIGINT NOT NULL, name VARCHAR NOT NULL, city VARCHAR) AS VALUES"
                        + " (1, 'Ada', 'London'), (2, 'Grace', 'New York'), (3, 'Linus', NULL), (4, 'Edsger', 'Austin')",
                "CREATE TABLE orders (order_id INT NOT NULL, customer_id BIGINT, amount DECIMAL(10, 2),"
                        + " ordered_at TIMESTAMP, note VARCHAR) AS VALUES"
                        + " (10, 1, 250.00, TIMESTAMP '2024-01-05 10:00:00', 'first'),"
                        + " (11, 1, 40.50, TIMESTAMP '2024-01-06 11:30:00', NULL),"
                        + " (12, 2, 99.99, TIMESTAMP '2024-02-01 09:15:00', 'gift'),"
                        + " (13, 2, 120.00, TIMESTAMP '2024-02-03 17:45:00', NULL),"
                        + " (14, 3, 15.25, TIMESTAMP '2024-03-10 08:00:00', 'small'),"
                        + " (15, NULL, 500.00, TIMESTAMP '2024-03-11 12:00:00', 'no customer')",
                "CREATE TABLE profiles AS SELECT * FROM (VALUES"
                        + " (1, named_struct('street', 'Main St', 'zip', 12345), ['admin', 'dev'], MAP {'logins': 7, 'posts': 3}),"
                        + " (2, named_struct('street', 'Elm St', 'zip', 54321), ['dev'], MAP {'logins': 1}),"
                        + " (3, NULL, [], MAP {'logins': 0})"
                        + ") AS t(id, address, tags, scores)",
                "COPY (SELECT * FROM (VALUES"
                        + " (CAST(1 AS BIGINT), 'click', 1.5, TIMESTAMP '2024-05-01 00:00:01'),"
                        + " (CAST(2 AS BIGINT), 'view', 2.25, TIMESTAMP '2024-05-01 00:00:02'),"
                        + " (CAST(3 AS BIGINT), 'click', 3.0, TIMESTAMP '2024-05-01 00:00:03')"
                        + ") AS t(event_id, kind, value, at)) TO '" + parquet + "' STORED AS PARQUET",
                "CREATE EXTERNAL TABLE events STORED AS PARQUET LOCATION '" + parquet + "'",
                "CREATE VIEW big_orders AS SELECT o.order_id, c.name, o.amount FROM orders o"
                        + " JOIN customers c ON o.customer_id = c.id WHERE o.amount >= 100");
    }

    static void createAll(Connection c, Path dir) throws SQLException {
        for (String sql : ddl(dir)) {
            exec(c, sql);
        }
    }

    /**
     * Writes the Parquet file into {@code dir} (with a short-lived connection) and an init script
     * {@code dir/fixture.sql} with the rest of the DDL; returns a URL whose every connection opens
     * with the fixture loaded, for pools and tools that open their own connections.
     */
    static String fixtureUrl(Path dir) throws SQLException, java.io.IOException {
        List<String> ddl = ddl(dir);
        List<String> script = new ArrayList<>();
        try (Connection c = connect()) {
            for (String sql : ddl) {
                if (sql.startsWith("COPY")) {
                    exec(c, sql);
                } else {
                    script.add(sql);
                }
            }
        }
        Path init = dir.resolve("fixture.sql");
        java.nio.file.Files.writeString(init, String.join(";\n", script) + ";\n");
        return URL + "?init=" + java.net.URLEncoder.encode(init.toAbsolutePath().toString(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static Connection connectWithFixture(Path dir) throws SQLException {
        Connection c = connect();
        try {
            createAll(c, dir);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
