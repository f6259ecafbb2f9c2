package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.nio.ByteBuffer;

/**
 * MAP: entry rows {@code start(i)} to {@code end(i)} of the key and value vectors, in the
 * order the engine holds them.
 */
public final class MapVector extends ColumnVector {
    private final int offsets;
    private final ColumnVector keys;
    private final ColumnVector values;

    public MapVector(ArrowField field, int length, ByteBuffer buf, int validity, int offsets,
                     ColumnVector keys, ColumnVector values) {
        super(field, length, buf, validity);
        this.offsets = offsets;
        this.keys = keys;
        this.values = values;
    }

    public int start(int i) {
        return buf.getInt(offsets + checkIndex(i) * 4);
    }

    public int end(int i) {
        return buf.getInt(offsets + checkIndex(i) * 4 + 4);
    }

    public int size(int i) {
        return end(i) - start(i);
    }

    public ColumnVector keys() {
        return keys;
    }

    public ColumnVector values() {
        return values;
    }
}
