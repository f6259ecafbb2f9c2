package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SELEC 1                                         | 42601 | SQL error",
        "SELECT * FROM no_such_table                     | 42P01 | no_such_table",
        "SELECT no_such_column FROM (VALUES (1)) t(a)    | 42703 | no_such_column",
        "SELECT no_such_function(1)                      | 42883 | no_such_function",
        "SELECT 1 / 0                                    | 22012 | Divide by zero",
        "SELECT CAST('abc' AS INT)                       | 22018 | abc",
        "SELECT arrow_cast(300, 'Int8')                  | 22003 | ",
    })
    void engineErrorsGetSqlStates(String sql, String state, String fragment) throws SQLException {
        try (Connection c = Db.connect()) {
            SQLException e = assertThrows(SQLException.class, () -> Db.one(c, sql));
            assertEquals(state, e.getSQLState(), e.getMessage());
            if (fragment != null) {
                assertTrue(e.getMessage().contains(fragment), e.getMessage());
            }
            // the connection survives every error
            assertEquals("2", Db.one(c, "SELECT 1 + 1"));
        }
    }

    @Test
    void exceptionClassesFollowTheStateClass() throws SQLException {
        try (Connection c = Db.connect()) {
            assertInstanceOf(SQLSyntaxErrorException.class, assertThrows(SQLException.class, () -> Db.one(c, "SELEC")));
            assertInstanceOf(SQLDataException.class, assertThrows(SQLException.class, () -> Db.one(c, "SELECT 1/0")));
            SQLException notImpl = assertThrows(SQLException.class,
                    () -> Db.exec(c, "CREATE TABLE t (a INT) PARTITION BY (a)"));
            assertTrue(notImpl.getSQLState().startsWith("0A") || notImpl.getSQLState().startsWith("42"), notImpl.getSQLState());
        }
    }

    @Test
    void nativePanicBecomesAnExceptionAndTheSessionLivesOn() throws SQLException {
        try (Connection c = Db.connect()) {
            Db.exec(c, "CREATE TABLE t AS VALUES (7)");
            io.dfschema.engine.EngineException e = assertThrows(io.dfschema.engine.EngineException.class,
                    () -> io.dfschema.engine.NativeStats.debugPanic("boom from a test"));
            assertEquals("XX000", e.sqlState());
            assertTrue(e.getMessage().contains("boom from a test"), e.getMessage());
            assertEquals("7", Db.one(c, "SELECT * FROM t"));
        }
    }

    @Test
    void unsupportedJdbcFeaturesSay0A000() throws SQLException {
        try (Connection c = Db.connect()) {
            SQLException e = assertThrows(SQLFeatureNotSupportedException.class, () -> c.prepareCall("CALL x()"));
            assertEquals("0A000", e.getSQLState());
        }
    }
}
