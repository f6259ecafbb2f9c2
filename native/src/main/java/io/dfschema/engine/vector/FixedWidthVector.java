package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.nio.ByteBuffer;

/**
 * Values of 1, 2, 4 or 8 bytes: integers, floats (FLOAT16 arrives widened to f32), dates,
 * times, timestamps and durations. The getter must match the width; the vector does not
 * interpret signedness or units, which belong to the type.
 */
public final class FixedWidthVector extends ColumnVector {
    private final int width;
    private final int data;

    public FixedWidthVector(ArrowField field, int length, ByteBuffer buf, int validity, int width, int data) {
        super(field, length, buf, validity);
        this.width = width;
        this.data = data;
    }

    /** Bytes per value. */
    public int width() {
        return width;
    }

    public byte getByte(int i) {
        return buf.get(at(i, 1));
    }

    public short getShort(int i) {
        return buf.getShort(at(i, 2));
    }

    public int getInt(int i) {
        return buf.getInt(at(i, 4));
    }

    public long getLong(int i) {
        return buf.getLong(at(i, 8));
    }

    public float getFloat(int i) {
        return buf.getFloat(at(i, 4));
    }

    public double getDouble(int i) {
        return buf.getDouble(at(i, 8));
    }

    /** The value widened to a long, sign-extending narrower widths. */
    public long getLongValue(int i) {
        return switch (width) {
            case 1 -> getByte(i);
            case 2 -> getShort(i);
            case 4 -> getInt(i);
            default -> getLong(i);
        };
    }

    private int at(int i, int expectedWidth) {
        if (expectedWidth != width) {
            throw new IllegalStateException("column " + field().name() + " holds " + width
                    + "-byte values, not " + expectedWidth);
        }
        return data + checkIndex(i) * width;
    }
}
