package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs that must end in an SQLException (or a result), never a crash or a hang. */
class HostileInputTest {

    @Test
    void deeplyNestedExpressionsAreErrorsNotStackOverflows() throws SQLException {
        try (Connection c = Db.connect()) {
            String deep = "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000);
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, deep));
            assertNotNull(e.getSQLState());
            // Planning and dropping this recurses 5,000 levels deep: it must not overflow the
            // caller's 1 MiB Java stack (engine work runs on the engine's own threads).
            String deepArith = "SELECT 1" + " + 1".repeat(5_000);
            assertEquals("5001", Db.one(c, deepArith));
            assertEquals("1", Db.one(c, "SELECT 1"));
        }
    }

    @Test
    void randomGarbageNeverCrashes() throws SQLException {
        Random random = new Random(42);
        String[] fragments = {"SELECT", "FROM", "(", ")", "'", "\"", ",", "*", "NULL", "[", "]", "{", "}", "::",
            "CAST", "AS", "INT", "1e309", "-", "/", "0", "\\", "\u0000", "é", ";", "--", "/*", "UNION", "JOIN",
            "generate_series(1,3)", "make_array(", "named_struct(", "arrow_cast(", "'Int8'", "WHERE", "GROUP BY"};
        try (Connection c = Db.connect()) {
            for (int i = 0; i < 500; i++) {
                StringBuilder sql = new StringBuilder();
                int n = 1 + random.nextInt(12);
                for (int k = 0; k < n; k++) {
                    sql.append(fragments[random.nextInt(fragments.length)]).append(' ');
                }
                try {
                    Db.column(c, sql.toString());
                } catch (SQLException expected) {
                    assertNotNull(expected.getSQLState(), sql.toString());
                }
            }
            assertEquals("3", Db.one(c, "SELECT 1 + 2"));
        }
    }

    @Test
    void memoryLimitGivesA53StateAndTheSessionSurvives() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:")) {
            Db.exec(c, "SET datafusion.runtime.memory_limit = '2M'");
            SQLException e = assertThrows(SQLException.class, () -> Db.column(c,
                    "SELECT value, repeat('x', 100) AS pad FROM generate_series(1, 2000000) ORDER BY pad DESC, value DESC"));
            assertTrue(e.getSQLState().startsWith("53"), e.getSQLState() + ": " + e.getMessage());
            assertEquals("1", Db.one(c, "SELECT 1"));
        }
    }

    @Test
    void nullAndEmptySqlAreRejectedClearly() throws SQLException {
        try (Connection c = Db.connect(); java.sql.Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.execute(null));
            SQLException empty = assertThrows(SQLException.class, () -> st.execute(""));
            assertNotNull(empty.getSQLState());
            assertThrows(SQLException.class, () -> st.execute("SELECT 1; SELECT 2"));
        }
    }
}
