package io.dfschema.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
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
}
