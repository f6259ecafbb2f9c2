package io.dfschema.engine;

/** Arrow type families as sent on the wire; the ordinal is the wire id (docs/internals/wire-format.md). */
public enum TypeId {
    NULL, BOOL,
    INT8, INT16, INT32, INT64,
    UINT8, UINT16, UINT32, UINT64,
    FLOAT16, FLOAT32, FLOAT64,
    DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256,
    UTF8, LARGE_UTF8, UTF8_VIEW,
    BINARY, LARGE_BINARY, BINARY_VIEW, FIXED_SIZE_BINARY,
    DATE32, DATE64, TIME32, TIME64, TIMESTAMP, INTERVAL, DURATION,
    LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW,
    STRUCT, MAP, DICTIONARY, UNION, RUN_END_ENCODED, OTHER;

    private static final TypeId[] BY_ID = values();

    public static TypeId ofWireId(int id) {
        if (id < 0 || id >= BY_ID.length) {
            throw new EngineException("XX000", "unknown wire type id " + id);
        }
        return BY_ID[id];
    }

    public boolean isList() {
        return this == LIST || this == LARGE_LIST || this == FIXED_SIZE_LIST || this == LIST_VIEW || this == LARGE_LIST_VIEW;
    }

    public boolean isString() {
        return this == UTF8 || this == LARGE_UTF8 || this == UTF8_VIEW;
    }

    public boolean isBinary() {
        return this == BINARY || this == LARGE_BINARY || this == BINARY_VIEW || this == FIXED_SIZE_BINARY;
    }

    public boolean isSignedInteger() {
        return this == INT8 || this == INT16 || this == INT32 || this == INT64;
    }

    public boolean isUnsignedInteger() {
        return this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64;
    }

    public boolean isDecimal() {
        return this == DECIMAL32 || this == DECIMAL64 || this == DECIMAL128 || this == DECIMAL256;
    }

    public boolean isFloat() {
        return this == FLOAT16 || this == FLOAT32 || this == FLOAT64;
    }
}
