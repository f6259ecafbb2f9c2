package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.nio.ByteBuffer;

/** BOOL values, sent one byte each rather than bit-packed so reads need no shifting. */
public final class BoolVector extends ColumnVector {
    private final int data;

    public BoolVector(ArrowField field, int length, ByteBuffer buf, int validity, int data) {
        super(field, length, buf, validity);
        this.data = data;
    }

    public boolean getBoolean(int i) {
        return buf.get(data + checkIndex(i)) != 0;
    }
}
