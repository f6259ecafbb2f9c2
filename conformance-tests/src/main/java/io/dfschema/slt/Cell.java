package io.dfschema.slt;

import java.math.BigDecimal;

/**
 * One value of a result row as a JDBC user can read it. Each getter returns null for
 * SQL NULL. The production implementation reads a ResultSet column; tests feed values
 * directly so the rendering rules can be checked without the driver.
 */
public interface Cell {

    /** ResultSetMetaData.getColumnTypeName: the engine's Arrow type name. */
    String arrowType();

    /** ResultSet.getString: Arrow's display text of the value. */
    String string() throws Exception;

    Double float64() throws Exception;

    Float float32() throws Exception;

    BigDecimal decimal() throws Exception;

    Boolean bool() throws Exception;
}
