package io.dfschema.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the contract catalog benchmarks open: one real Parquet file of eight columns (1,000 rows,
 * written by the engine) and catalogs of many datasets declaring those columns (profile
 * {@code strict}).
 */
public final class ContractCatalogFixture {
    private ContractCatalogFixture() {}

    /** Writes the eight-column Parquet file the datasets point at. */
    public static void writeDataFile(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:dfschema:mem:?view_types=false");
             Statement st = c.createStatement()) {
            st.execute("COPY (SELECT v AS c0, v * 2 AS c1, CAST(v AS VARCHAR) AS c2, v AS c3, v AS c4, v AS c5,"
                    + " v AS c6, v AS c7 FROM generate_series(1, 1000) AS t(v)) TO '" + file + "' STORED AS PARQUET");
        }
    }

    /** A catalog of {@code n} datasets {@code d0..d<n-1>}, all reading {@code data}. */
    public static String catalogOverOneFile(int n, Path data) {
        StringBuilder sb = new StringBuilder("dfschema: 1\ncatalog: bench\nprofile: strict\ndatasets:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - name: d").append(i).append('\n')
                    .append("    format: parquet\n")
                    .append("    location: ").append(data).append('\n')
                    .append("    columns:\n");
            columns(sb);
        }
        return sb.toString();
    }

    /** The eight declared columns of a dataset, as YAML list items under {@code columns:}. */
    public static void columns(StringBuilder sb) {
        for (int c = 0; c < 8; c++) {
            sb.append("      - {name: c").append(c).append(", type: ").append(c == 2 ? "VARCHAR" : "BIGINT").append("}\n");
        }
    }
}
