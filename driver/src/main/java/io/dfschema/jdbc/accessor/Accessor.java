package io.dfschema.jdbc.accessor;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * Reads one column of the current batch as JDBC values. One implementation per family of
 * engine types; {@link Accessors#forColumn} picks it. Row indexes are batch-relative.
 * Conversions a type does not support throw SQLException with SQLState 22018 (or 0A000);
 * values out of range of the requested Java type throw SQLState 22003. A getter on a null
 * value returns the JDBC default (0, false, null).
 */
public interface Accessor {
    boolean isNull(int row);

    String getString(int row) throws SQLException;

    boolean getBoolean(int row) throws SQLException;

    byte getByte(int row) throws SQLException;

    short getShort(int row) throws SQLException;

    int getInt(int row) throws SQLException;

    long getLong(int row) throws SQLException;

    float getFloat(int row) throws SQLException;

    double getDouble(int row) throws SQLException;

    BigDecimal getBigDecimal(int row) throws SQLException;

    byte[] getBytes(int row) throws SQLException;

    Date getDate(int row, Calendar cal) throws SQLException;

    Time getTime(int row, Calendar cal) throws SQLException;

    Timestamp getTimestamp(int row, Calendar cal) throws SQLException;

    /** The default Java object for the type (see docs/type-mapping.md). */
    Object getObject(int row) throws SQLException;

    /** JDBC 4.1 typed getObject, including java.time classes. */
    <T> T getObject(int row, Class<T> type) throws SQLException;

    Array getArray(int row) throws SQLException;
}
