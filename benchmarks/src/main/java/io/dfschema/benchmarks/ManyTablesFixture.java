package io.dfschema.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema the DatabaseMetaData benchmarks browse: {@code tables} empty tables {@code table_<t>} of
 * {@code columns} columns {@code col_<k>} (ten column types in turn, every third NOT NULL), made with
 * plain CREATE TABLE so any engine can make it; and the reads a database tool makes of the metadata
 * result sets.
 */
public final class ManyTablesFixture {
    private ManyTablesFixture() {}

    private static final String[] TYPES = {"BIGINT", "VARCHAR", "DECIMAL(12, 2)", "TIMESTAMP", "DOUBLE",
            "BOOLEAN", "DATE", "INT", "REAL", "SMALLINT"};

    public static void create(Connection c, int tables, int columns) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int t = 0; t < tables; t++) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE table_").append(t).append(" (");
                for (int k = 0; k < columns; k++) {
                    ddl.append(k == 0 ? "" : ", ").append("col_").append(k).append(' ')
                            .append(TYPES[k % TYPES.length]).append(k % 3 == 0 ? " NOT NULL" : "");
                }
                st.execute(ddl.append(')').toString());
            }
        }
    }

    /** Reads a getColumns result with the values a tool reads (names, types, size, nullability, position); returns the row count. */
    public static long readColumns(ResultSet rs) throws SQLException {
        long n = 0;
        long sink = 0;
        try (rs) {
            while (rs.next()) {
                sink += rs.getString(3).length() + rs.getString(4).length() + rs.getInt(5)
                        + rs.getString(6).length() + rs.getInt(7) + rs.getInt(11) + rs.getInt(17);
                n++;
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the reads from being optimised away
        }
        return n;
    }

    /** Reads a getTables result (table and type names); returns the row count. */
    public static long readTables(ResultSet rs) throws SQLException {
        long n = 0;
        try (rs) {
            while (rs.next()) {
                rs.getString(3);
                rs.getString(4);
                n++;
            }
        }
        return n;
    }
}
