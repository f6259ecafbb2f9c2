package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowType;

/**
 * How a column of a given engine type is laid out in a batch. Dictionaries and run-end
 * encodings are resolved natively, so the kind always follows from {@link ArrowType#valueType()}.
 */
public enum WireKind {
    /** NULL type: a validity bitmap and no payload. */
    NONE(0),
    /** One byte per value, 0 or 1. */
    BOOL(1),
    FIXED1(1),
    FIXED2(2),
    FIXED4(4),
    FIXED8(8),
    /** DECIMAL32/64/128 all travel as i128. */
    DECIMAL16(16),
    DECIMAL32(32),
    /** i32 offsets then bytes: strings, binaries and the text of display-only types. */
    VAR(0),
    LIST(0),
    STRUCT(0),
    MAP(0);

    private final int width;

    WireKind(int width) {
        this.width = width;
    }

    /** Bytes per value for fixed-width kinds, else 0. */
    public int width() {
        return width;
    }

    public static WireKind of(ArrowType type) {
        ArrowType t = type.valueType();
        return switch (t.id()) {
            case NULL -> NONE;
            case BOOL -> BOOL;
            case INT8, UINT8 -> FIXED1;
            case INT16, UINT16 -> FIXED2;
            case INT32, UINT32, DATE32, TIME32, FLOAT16, FLOAT32 -> FIXED4;
            case INT64, UINT64, DATE64, TIME64, TIMESTAMP, DURATION, FLOAT64 -> FIXED8;
            case DECIMAL32, DECIMAL64, DECIMAL128 -> DECIMAL16;
            case DECIMAL256 -> DECIMAL32;
            case UTF8, LARGE_UTF8, UTF8_VIEW, BINARY, LARGE_BINARY, BINARY_VIEW, FIXED_SIZE_BINARY,
                 INTERVAL, UNION, OTHER -> VAR;
            case LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW -> LIST;
            case STRUCT -> STRUCT;
            case MAP -> MAP;
            // valueType() never returns these; kept so the switch stays exhaustive.
            case DICTIONARY, RUN_END_ENCODED -> throw new IllegalStateException("unresolved " + t);
        };
    }
}
