package io.dfschema.jdbc;

import io.dfschema.engine.EngineException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;

/**
 * Turns engine errors into the SQLException subclass that matches their SQLState class,
 * keeping the engine's message unchanged, and builds the driver's own errors.
 */
public final class SqlErrors {
    public static final String CONNECTION_CLOSED = "08003";
    public static final String INVALID_STATE = "HY010";
    public static final String INVALID_ARGUMENT = "HY024";
    public static final String NOT_SUPPORTED = "0A000";
    public static final String CANCELLED = "57014";
    public static final String INVALID_PARAMETER_INDEX = "07009";
    public static final String MISSING_PARAMETER = "07002";
    public static final String INVALID_CURSOR_STATE = "24000";
    public static final String INVALID_CONNECTION_ATTRIBUTE = "08001";
    public static final String NO_RESULT_SET = "02000";

    private SqlErrors() {}

    public static SQLException of(EngineException e) {
        return of(e.sqlState(), e.getMessage(), e);
    }

    public static SQLException of(String state, String message) {
        return of(state, message, null);
    }

    public static SQLException of(String state, String message, Throwable cause) {
        SQLException ex;
        if (state == null) {
            ex = new SQLException(message, state, cause);
        } else if (state.startsWith("42")) {
            ex = new SQLSyntaxErrorException(message, state, cause);
        } else if (state.startsWith("22")) {
            ex = new SQLDataException(message, state, cause);
        } else if (state.startsWith("0A")) {
            ex = new SQLFeatureNotSupportedException(message, state, cause);
        } else if (state.startsWith("08")) {
            ex = new SQLNonTransientConnectionException(message, state, cause);
        } else if (state.startsWith("53")) {
            ex = new SQLTransientException(message, state, cause);
        } else {
            ex = new SQLException(message, state, cause);
        }
        return ex;
    }

    /** The error a timed-out statement raises: SQLTimeoutException with SQLState 57014. */
    public static SQLException timeout(int seconds) {
        return new SQLTimeoutException("Query timed out after " + seconds + " s and was cancelled", CANCELLED);
    }

    public static SQLFeatureNotSupportedException notSupported(String what) {
        return new SQLFeatureNotSupportedException(what + " is not supported by dfschema", NOT_SUPPORTED);
    }

    /** Runs an engine call, translating its exception. */
    public static <T> T call(EngineCall<T> call) throws SQLException {
        try {
            return call.run();
        } catch (EngineException e) {
            throw of(e);
        }
    }

    @FunctionalInterface
    public interface EngineCall<T> {
        T run();
    }
}
