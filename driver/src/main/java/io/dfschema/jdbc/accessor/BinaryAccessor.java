package io.dfschema.jdbc.accessor;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.vector.VarBinaryVector;

/** BINARY, LARGE_BINARY, BINARY_VIEW and FIXED_SIZE_BINARY: bytes, shown as lowercase hex. */
final class BinaryAccessor extends BaseAccessor {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final VarBinaryVector vector;

    BinaryAccessor(ArrowType type, VarBinaryVector vector) {
        super(type);
        this.vector = vector;
    }

    @Override
    public boolean isNull(int row) {
        return vector.isNull(row);
    }

    @Override
    protected String text(int row) {
        int n = vector.byteLength(row);
        char[] out = new char[2 * n];
        for (int k = 0; k < n; k++) {
            int b = vector.byteAt(row, k) & 0xFF;
            out[2 * k] = HEX[b >>> 4];
            out[2 * k + 1] = HEX[b & 0xF];
        }
        return new String(out);
    }

    @Override
    protected Object object(int row) {
        return vector.getBytes(row);
    }

    @Override
    protected byte[] bytesValue(int row) {
        return vector.getBytes(row);
    }
}
