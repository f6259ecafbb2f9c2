package io.dfschema.slt;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A {@link Cell} reading column {@code column} of the ResultSet's current row. */
final class JdbcCell implements Cell {
    private final ResultSet rs;
    private final int column;
    private final String arrowType;

    JdbcCell(ResultSet rs, int column, String arrowType) {
        this.rs = rs;
        this.column = column;
        this.arrowType = arrowType;
    }

    @Override
    public String arrowType() {
        return arrowType;
    }

    @Override
    public String string() throws SQLException {
        String s = rs.getString(column);
        return rs.wasNull() ? null : s;
    }

    @Override
    public Double float64() throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    @Override
    public Float float32() throws SQLException {
        float f = rs.getFloat(column);
        return rs.wasNull() ? null : f;
    }

    @Override
    public BigDecimal decimal() throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return rs.wasNull() ? null : d;
    }

    @Override
    public Boolean bool() throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }
}
