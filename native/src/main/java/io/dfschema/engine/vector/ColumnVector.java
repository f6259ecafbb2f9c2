package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One column (or nested child) of a batch. Every subclass reads from the batch's single
 * little-endian {@link ByteBuffer} with absolute gets, so a vector costs a few ints however many
 * rows it has and values are only materialised when a caller asks for them.
 */
public abstract class ColumnVector {
    private final ArrowField field;
    private final int length;
    protected final ByteBuffer buf;
    /** Start of the validity bitmap, or -1 when the column has no nulls. */
    private final int validity;

    protected ColumnVector(ArrowField field, int length, ByteBuffer buf, int validity) {
        this.field = field;
        this.length = length;
        this.buf = buf;
        this.validity = validity;
    }

    public ArrowField field() {
        return field;
    }

    /** The declared type, which may be a dictionary or run-end encoding. */
    public ArrowType type() {
        return field.type();
    }

    /** The type of the values as they are stored here. */
    public ArrowType valueType() {
        return field.type().valueType();
    }

    public int length() {
        return length;
    }

    public boolean isNull(int i) {
        Objects.checkIndex(i, length);
        if (validity < 0) {
            return false;
        }
        return (buf.get(validity + (i >>> 3)) & (1 << (i & 7))) == 0;
    }

    /** Whether the column carried a validity bitmap at all (false: no value is null). */
    public boolean hasNulls() {
        return validity >= 0;
    }

    protected final int checkIndex(int i) {
        return Objects.checkIndex(i, length);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + field.name() + ": " + field.type() + ", length=" + length + "]";
    }
}
