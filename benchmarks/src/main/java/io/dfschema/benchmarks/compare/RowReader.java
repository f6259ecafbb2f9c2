package io.dfschema.benchmarks.compare;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a query's whole result the way a generic client (a database tool, an ORM's row mapper) does:
 * every value of every row through {@code getObject}, and its text through {@code getString}, so an
 * engine's driver cannot skip decoding or formatting a column.
 */
final class RowReader {
    private RowReader() {}

    /** Reads every value; returns the row count. */
    static long readAll(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        long rows = 0;
        long sink = 0;
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                Object value = rs.getObject(i);
                String text = rs.getString(i);
                sink += (value == null ? 0 : 1) + (text == null ? 0 : text.length());
            }
            rows++;
        }
        Blackhole.consume(sink);
        return rows;
    }
}
