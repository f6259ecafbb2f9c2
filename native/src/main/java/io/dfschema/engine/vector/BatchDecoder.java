package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.EngineException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the batch part of the wire format (docs/internals/wire-format.md). One pass over the
 * bytes records where each buffer starts; no value is read or copied here, so decoding costs
 * O(columns) plus one int read per var/list/map column.
 */
public final class BatchDecoder {
    private final ByteBuffer buf;

    private BatchDecoder(byte[] bytes) {
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static Batch decode(byte[] bytes, List<ArrowField> schema) {
        BatchDecoder d = new BatchDecoder(bytes);
        try {
            return d.batch(schema);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw malformed("truncated or inconsistent batch (" + e + ")");
        }
    }

    private Batch batch(List<ArrowField> schema) {
        int rows = buf.getInt();
        int columnCount = buf.getInt();
        if (rows < 0) {
            throw malformed("negative row count " + rows);
        }
        if (columnCount != schema.size()) {
            throw malformed("batch has " + columnCount + " columns, schema has " + schema.size());
        }
        List<ColumnVector> columns = new ArrayList<>(columnCount);
        for (ArrowField field : schema) {
            columns.add(column(field, rows));
        }
        if (buf.hasRemaining()) {
            throw malformed(buf.remaining() + " bytes left after the last column");
        }
        return new Batch(rows, columns);
    }

    private ColumnVector column(ArrowField field, int n) {
        boolean hasNulls = buf.get() != 0;
        int validity = hasNulls ? take((n + 7) >>> 3) : -1;
        ArrowType type = field.type().valueType();
        WireKind kind = WireKind.of(type);
        return switch (kind) {
            case NONE -> new NullVector(field, n);
            case BOOL -> new BoolVector(field, n, buf, validity, take(n));
            case FIXED1, FIXED2, FIXED4, FIXED8 ->
                    new FixedWidthVector(field, n, buf, validity, kind.width(), take(Math.multiplyExact(n, kind.width())));
            case DECIMAL16, DECIMAL32 ->
                    new DecimalVector(field, n, buf, validity, kind.width(), take(Math.multiplyExact(n, kind.width())));
            case VAR -> {
                int offsets = offsets(n);
                int data = take(buf.getInt(offsets + 4 * n));
                yield new VarBinaryVector(field, n, buf, validity, offsets, data);
            }
            case LIST -> {
                int offsets = offsets(n);
                ColumnVector child = column(type.item(), childLength(offsets, n));
                yield new ListVector(field, n, buf, validity, offsets, child);
            }
            case STRUCT -> {
                List<ColumnVector> children = new ArrayList<>(type.children().size());
                for (ArrowField child : type.children()) {
                    children.add(column(child, n));
                }
                yield new StructVector(field, n, buf, validity, children);
            }
            case MAP -> {
                int offsets = offsets(n);
                int entries = childLength(offsets, n);
                ColumnVector keys = column(type.mapKey(), entries);
                ColumnVector values = column(type.mapValue(), entries);
                yield new MapVector(field, n, buf, validity, offsets, keys, values);
            }
        };
    }

    /** Reserves (n+1) offsets and checks the first and last, which bound every other read. */
    private int offsets(int n) {
        int at = take(Math.multiplyExact(n + 1, 4));
        int first = buf.getInt(at);
        int last = buf.getInt(at + 4 * n);
        if (first < 0 || last < first) {
            throw malformed("bad offsets " + first + ".." + last);
        }
        return at;
    }

    private int childLength(int offsets, int n) {
        return buf.getInt(offsets + 4 * n);
    }

    /** Skips {@code len} bytes and returns where they start. */
    private int take(int len) {
        int at = buf.position();
        if (len < 0 || len > buf.remaining()) {
            throw malformed("needs " + len + " bytes at " + at + ", " + buf.remaining() + " left");
        }
        buf.position(at + len);
        return at;
    }

    private static EngineException malformed(String detail) {
        return new EngineException("XX000", "malformed batch from the native engine: " + detail);
    }
}
