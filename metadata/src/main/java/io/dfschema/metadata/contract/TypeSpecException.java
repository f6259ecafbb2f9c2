package io.dfschema.metadata.contract;

/** Thrown by {@link TypeSpec#parse} for text that is neither a DataFusion SQL type nor an Arrow type name. */
public final class TypeSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TypeSpecException(String message) {
        super(message);
    }
}
