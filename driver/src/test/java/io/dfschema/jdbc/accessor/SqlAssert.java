package io.dfschema.jdbc.accessor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.function.Executable;

/** Test-only: asserts an SQLException with a given SQLState (and optional message parts). */
final class SqlAssert {
    private SqlAssert() {}

    static SQLException assertSqlState(String state, Executable call, String... messageParts) {
        SQLException e = assertThrows(SQLException.class, call);
        assertEquals(state, e.getSQLState(), e.getMessage());
        for (String part : messageParts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention " + part);
        }
        return e;
    }
}
