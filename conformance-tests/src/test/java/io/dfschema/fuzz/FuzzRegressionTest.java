package io.dfschema.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure the fuzzer found (docs/hardening.md lists them), kept as the input that showed it. */
class FuzzRegressionTest {

    /**
     * url:13 of seed 20261203: {@code jdbc:dfschema:\0?...} threw InvalidPathException out of connect. Every
     * path taken from a URL or property (contract target, repo://, registry, init, diagnostics) now fails with 08001.
     */
    @Test
    void aNulInAnyPathFailsTheConnectionWith08001(@TempDir Path dir) {
        String nul = "a\0b";
        String[][] cases = {
            {"jdbc:dfschema:\u0000?datafusion.execution.sort_pushdown_buffer_capacity=8&view_types=false", "", ""},
            {"jdbc:dfschema:" + dir + "/" + nul, "", ""},
            {"jdbc:dfschema:repo://" + dir + "/" + nul, "", ""},
            {"jdbc:dfschema:dataset://repos", "registry", dir + "/" + nul},
            {"jdbc:dfschema:", "init", dir + "/" + nul},
            {"jdbc:dfschema:?init=a%00b", "", ""},
            {"jdbc:dfschema:", "diagnostics", dir + "/" + nul},
        };
        for (String[] c : cases) {
            Properties props = new Properties();
            if (!c[1].isEmpty()) {
                props.setProperty(c[1], c[2]);
            }
            SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(c[0], props).close(),
                    c[0] + " " + props);
            assertEquals("08001", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("is not a valid path"), e.getMessage());
        }
    }

    /**
     * sql:26365 of seed 20261203 aborted the JVM ("memory allocation of 9223372036854775807 bytes failed"):
     * DataFusion's lpad/rpad reserve the sum of a length column's values before checking them, and
     * t_all.c_i64 holds i64::MAX and negative values. native/src/bounded_pad.rs checks them first.
     */
    @Test
    void padWithHugeOrNegativeLengthColumnsFailsOrPadsToNothingInsteadOfAborting() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:")) {
            FuzzTables.create(c);
            for (String sql : new String[] {
                "SELECT lpad(c_utf8, c_i64, COALESCE(c_i16, c_i16)) FROM t_all WHERE c_i64 > (SELECT max(k) FROM t_small)",
                "SELECT rpad(c_utf8, c_i64, 'x') FROM t_all",
                "SELECT lpad('a', 2147483647, 'x') FROM t_all",
                "SELECT rpad(c_lutf8, 1073741824, 'ü') FROM t_all"}) {
                SQLException e = assertThrows(SQLException.class, () -> rows(c, sql), sql);
                assertTrue(e.getSQLState() != null && e.getMessage().contains("pad"), e.getSQLState() + " " + e.getMessage());
            }
            // negative lengths pad to the empty string, as DataFusion does row by row; sane ones still pad
            assertEquals(List.of("", "", "", ""), rows(c,
                    "SELECT lpad(c_utf8, c_i64 - 100, '*') FROM t_all WHERE id > 0 AND c_utf8 IS NOT NULL"));
            assertEquals(List.of("", "", "", ""), rows(c, "SELECT rpad(v, -1) FROM t_small"));
            assertEquals(List.of("**two", "*one", "*deux"),
                    rows(c, "SELECT lpad(v, k + 3, '*') FROM t_small WHERE k IS NOT NULL ORDER BY v DESC"));
            assertEquals(List.of("twoxy", "onexy", "deuxx"),
                    rows(c, "SELECT rpad(v, 5, 'xy') FROM t_small WHERE k IS NOT NULL ORDER BY v DESC"));
        }
    }

    /**
     * Found while writing the hardening notes: DataFusion 55 bounds repeat's output by i64::MAX for large
     * strings, so one query asked for 2 EB and aborted the JVM. bounded_pad.rs refuses it first.
     */
    @Test
    void repeatOfALargeStringTooManyTimesFailsInsteadOfAborting() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:")) {
            FuzzTables.create(c);
            for (String sql : new String[] {
                "SELECT length(repeat(arrow_cast('ab', 'LargeUtf8'), 1000000000000000000))",
                "SELECT length(repeat(arrow_cast('ab', 'Utf8View'), 1000000000000000000))",
                "SELECT length(repeat(c_lutf8, c_i64)) FROM t_all",
                "SELECT length(repeat('abcd', 1073741824))"}) {
                SQLException e = assertThrows(SQLException.class, () -> rows(c, sql), sql);
                assertTrue(e.getSQLState() != null && e.getMessage().contains("repeat"), e.getSQLState() + " " + e.getMessage());
            }
            assertEquals(List.of("ababab"), rows(c, "SELECT repeat('ab', 3)"));
            assertEquals(List.of(""), rows(c, "SELECT repeat(arrow_cast('ab', 'LargeUtf8'), -5)"));
            assertEquals(List.of("deuxdeux", "oneone", "twotwo"),
                    rows(c, "SELECT repeat(v, 2) FROM t_small WHERE k IS NOT NULL ORDER BY v"));
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
