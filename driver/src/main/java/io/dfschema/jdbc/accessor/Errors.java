package io.dfschema.jdbc.accessor;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/** The SQLExceptions conversions raise; the SQLStates are the SQL standard's data exceptions. */
final class Errors {
    static final String OUT_OF_RANGE = "22003";
    static final String INVALID_CAST = "22018";
    static final String INVALID_DATETIME_FORMAT = "22007";
    static final String DATETIME_OVERFLOW = "22008";
    static final String INVALID_TIME_ZONE = "22009";
    static final String ARRAY_SUBSCRIPT = "2202E";
    static final String INVALID_CURSOR_STATE = "24000";
    static final String INVALID_COLUMN_INDEX = "07009";
    static final String INVALID_ARGUMENT = "HY024";
    static final String NOT_SUPPORTED = "0A000";

    private Errors() {}

    static SQLException outOfRange(Object value, String target) {
        return new SQLDataException("value " + value + " is out of range for " + target, OUT_OF_RANGE);
    }

    static SQLException cannotConvert(String engineType, String target) {
        return new SQLDataException("cannot convert a value of type " + engineType + " to " + target, INVALID_CAST);
    }

    static SQLException badText(String text, String target) {
        return new SQLDataException("cannot read '" + text + "' as " + target, INVALID_CAST);
    }

    static SQLException badDateTimeText(String text, String target) {
        return new SQLDataException("cannot read '" + text + "' as " + target, INVALID_DATETIME_FORMAT);
    }

    static SQLException dateTimeOverflow(Object value, String engineType) {
        return new SQLDataException("value " + value + " of type " + engineType
                + " is outside the range Java date-times support", DATETIME_OVERFLOW);
    }

    static SQLException badTimeZone(String zone) {
        return new SQLDataException("unknown time zone '" + zone + "'", INVALID_TIME_ZONE);
    }

    static SQLException notSupported(String what) {
        return new SQLFeatureNotSupportedException(what + " is not supported", NOT_SUPPORTED);
    }

    static SQLException state(String sqlState, String message) {
        return new SQLException(message, sqlState);
    }
}
