package io.dfschema.jdbc.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs in a child JVM with only the shaded driver jar and this class on the classpath,
 * and no JVM flags. Prints exactly one line; anything else on stdout or stderr fails the test.
 */
public final class ChildJvmProbe {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT value AS v, named_struct('a', value) AS s, [value, value] AS l, "
                    + "CAST(value AS DOUBLE) / 3 AS d, 'x' || value AS txt FROM generate_series(1, 100000)");
            long sum = 0;
            int structs = 0;
            try (ResultSet rs = st.executeQuery("SELECT v, s, l, d, txt FROM t ORDER BY v")) {
                while (rs.next()) {
                    sum += rs.getLong(1);
                    structs += rs.getObject(2) instanceof java.sql.Struct ? 1 : 0;
                    rs.getArray(3).getArray();
                    rs.getDouble(4);
                    rs.getString(5);
                }
            }
            System.out.println("ok " + sum + " " + structs + " " + contractRows(st));
        }
    }

    /** Opens a contract catalog: the shaded jar must carry its (relocated) YAML parser. */
    private static long contractRows(Statement st) throws Exception {
        Path dir = Files.createTempDirectory("probe");
        st.execute("COPY (SELECT v FROM t WHERE v <= 10) TO '" + dir.resolve("v.parquet") + "' STORED AS PARQUET");
        Files.writeString(dir.resolve("c.dfschema.yaml"), "dfschema: 1\ndatasets:\n  - name: vs\n    format: parquet\n"
                + "    location: v.parquet\n    columns: [{name: v, type: BIGINT}]\n");
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:" + dir.resolve("c.dfschema.yaml"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM vs")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
