package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.nio.ByteBuffer;
import java.util.List;

/** STRUCT: one child vector per field, each as long as the struct. */
public final class StructVector extends ColumnVector {
    private final List<ColumnVector> children;

    public StructVector(ArrowField field, int length, ByteBuffer buf, int validity, List<ColumnVector> children) {
        super(field, length, buf, validity);
        this.children = List.copyOf(children);
    }

    public List<ColumnVector> children() {
        return children;
    }

    public ColumnVector child(int k) {
        return children.get(k);
    }
}
