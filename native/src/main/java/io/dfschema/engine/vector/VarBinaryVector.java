package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Variable-length values: (n+1) i32 offsets into a data area. Strings, binaries and the
 * display text of types Java cannot decode natively (intervals, unions, others) all use it.
 * Offsets are taken as they are, so a sliced buffer whose first offset is not 0 reads right.
 */
public final class VarBinaryVector extends ColumnVector {
    private final byte[] bytes;
    private final int offsets;
    private final int data;

    public VarBinaryVector(ArrowField field, int length, ByteBuffer buf, int validity, int offsets, int data) {
        super(field, length, buf, validity);
        this.bytes = buf.array();
        this.offsets = offsets;
        this.data = data;
    }

    public int start(int i) {
        return buf.getInt(offsets + checkIndex(i) * 4);
    }

    public int end(int i) {
        return buf.getInt(offsets + checkIndex(i) * 4 + 4);
    }

    public int byteLength(int i) {
        return end(i) - start(i);
    }

    public byte[] getBytes(int i) {
        return Arrays.copyOfRange(bytes, data + start(i), data + end(i));
    }

    public String getString(int i) {
        int start = start(i);
        return new String(bytes, data + start, end(i) - start, StandardCharsets.UTF_8);
    }

    /** One byte of value i, without copying the value out. */
    public byte byteAt(int i, int k) {
        int start = start(i);
        if (k < 0 || k >= end(i) - start) {
            throw new IndexOutOfBoundsException(k);
        }
        return bytes[data + start + k];
    }
}
