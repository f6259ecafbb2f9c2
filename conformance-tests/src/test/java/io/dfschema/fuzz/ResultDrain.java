package io.dfschema.fuzz;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Random;

/**
 * Reads a result the way clients do: its metadata, then rows (up to a cap) through getObject,
 * getString and one random typed getter per cell, so conversions and accessors are fuzzed too.
 */
final class ResultDrain {
    private ResultDrain() {}

    static final int MAX_ROWS = 2_000;

    static int drain(ResultSet rs, Random r) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        for (int i = 1; i <= n; i++) {
            md.getColumnName(i);
            md.getColumnTypeName(i);
            md.getColumnType(i);
            md.getColumnClassName(i);
            md.getPrecision(i);
            md.isNullable(i);
        }
        int rows = 0;
        while (rows < MAX_ROWS && rs.next()) {
            rows++;
            for (int i = 1; i <= n; i++) {
                rs.getObject(i);
                rs.getString(i);
                try {
                    typedGetter(rs, i, r);
                } catch (SQLException expected) {
                    requireState(expected); // a conversion the type does not allow: fine when it says so
                }
            }
        }
        return rows;
    }

    private static void typedGetter(ResultSet rs, int i, Random r) throws SQLException {
        switch (r.nextInt(14)) {
            case 0 -> rs.getLong(i);
            case 1 -> rs.getInt(i);
            case 2 -> rs.getDouble(i);
            case 3 -> rs.getBigDecimal(i);
            case 4 -> rs.getBoolean(i);
            case 5 -> rs.getBytes(i);
            case 6 -> rs.getDate(i);
            case 7 -> rs.getTimestamp(i);
            case 8 -> rs.getTime(i);
            case 9 -> {
                java.sql.Array a = rs.getArray(i);
                if (a != null) {
                    a.getArray();
                }
            }
            case 10 -> rs.getObject(i, java.time.LocalDateTime.class);
            case 11 -> rs.getObject(i, java.time.OffsetDateTime.class);
            case 12 -> rs.getShort(i);
            default -> rs.getFloat(i);
        }
    }

    static void requireState(SQLException e) throws SQLException {
        if (e.getSQLState() == null) {
            throw e; // the runner records it as a failure
        }
    }
}
