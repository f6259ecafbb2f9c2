package io.dfschema.examples.cst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog opened the way users open it, {@code jdbc:dfschema:<cst.dfschema.yaml>}, with every dataset
 * resolved while connecting, so drift, partition and view checks run before the first query.
 *
 * <p>The connection writes a registry file beside the contract, so it opens a copy of the catalog
 * (contract and data) in a temporary folder rather than the source tree's.
 */
class CstCatalogUrlTest {
    @TempDir
    static Path tmp;

    private static Connection conn;

    @BeforeAll
    static void connect() throws Exception {
        String contract = CstDemo.copyTo(tmp).toString();
        conn = DriverManager.getConnection("jdbc:dfschema:" + contract + "?resolve=eager");
    }

    @AfterAll
    static void close() throws SQLException {
        if (conn != null) {
            conn.close();
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Test
    void datasetsAndViewsAnswerInTheCstCatalog() throws SQLException {
        assertEquals("cst", conn.getCatalog());
        assertEquals(List.of("3|30|300|87"), rows("SELECT (SELECT count(*) FROM repos) AS r, (SELECT count(*) FROM libcst_files) AS f,"
                + " (SELECT count(*) FROM libcst_nodes) AS n, (SELECT count(*) FROM refs) AS x"));
        assertEquals(List.of("27"), rows("SELECT count(*) FROM cst.public.call_edges"));
        assertEquals(List.of("270"), rows("SELECT count(*) FROM libcst_node_children"));
    }

    @Test
    void columnsHaveTheDeclaredTypes() throws SQLException {
        assertEquals(List.of("Int64|Utf8|Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Utf8), unsorted)"
                        + "|Struct(\"bstart\": Int64, \"bend\": Int64)|Utf8"),
                rows("SELECT arrow_typeof(file_id), arrow_typeof(path), arrow_typeof(attrs), arrow_typeof(span),"
                        + " arrow_typeof(repo) FROM libcst_files LIMIT 1"));
        assertEquals(List.of("List(Int64)|List(Utf8)"),
                rows("SELECT arrow_typeof(n.children), arrow_typeof(o.origin_values)"
                        + " FROM libcst_nodes n, libcst_files_attr_origin o LIMIT 1"));
    }

    @Test
    void everyCheckPassed() throws SQLException {
        assertEquals(List.of(), rows("SELECT view, column_name, expected, actual, reason FROM dfschema.view_checks"
                + " WHERE status <> 'ok'"));
        assertEquals(List.of(), rows("SELECT dataset, column_name, expected, actual, reason FROM dfschema.partition_checks"
                + " WHERE status <> 'ok'"));
        assertEquals(List.of(), rows("SELECT dataset, status, message FROM dfschema.registrations"
                + " WHERE status NOT IN ('registered', 'resolved')"));
        assertEquals(List.of("public.libcst_files", "public.libcst_nodes", "public.refs", "public.repos"),
                rows("SELECT DISTINCT dataset FROM dfschema.registrations WHERE status = 'resolved' ORDER BY dataset"));
    }
}
