package io.dfschema.engine;

/**
 * An error raised by the native engine, carrying the SQLState that the native error
 * mapping chose (see native/src/errors.rs). The driver turns it into an SQLException.
 */
public final class EngineException extends RuntimeException {
    private final String sqlState;

    public EngineException(String sqlState, String message) {
        super(message);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
