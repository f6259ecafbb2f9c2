package io.dfschema.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the driver's tests: connect, run, read a column. */
final class Db {
    private Db() {}

    static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:dfschema:");
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** All values of the first column, as getString renders them. */
    static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static String one(Connection c, String sql) throws SQLException {
        List<String> col = column(c, sql);
        if (col.size() != 1) {
            throw new AssertionError("expected one row from " + sql + ", got " + col);
        }
        return col.get(0);
    }
}
