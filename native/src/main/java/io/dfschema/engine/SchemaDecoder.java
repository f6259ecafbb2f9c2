package io.dfschema.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the schema part of the wire format (docs/internals/wire-format.md). */
public final class SchemaDecoder {
    private final ByteBuffer buf;

    private SchemaDecoder(byte[] bytes) {
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static List<ArrowField> decode(byte[] bytes) {
        SchemaDecoder d = new SchemaDecoder(bytes);
        return d.fields(d.buf.getInt());
    }

    private List<ArrowField> fields(int n) {
        List<ArrowField> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(field());
        }
        return out;
    }

    private ArrowField field() {
        String name = str();
        boolean nullable = buf.get() != 0;
        return new ArrowField(name, nullable, type());
    }

    private ArrowType type() {
        TypeId id = TypeId.ofWireId(buf.get() & 0xff);
        String name = str();
        int precision = 0, scale = 0, size = -1, intervalUnit = -1;
        TimeUnit unit = null;
        String tz = null;
        List<ArrowField> children = List.of();
        switch (id) {
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> {
                precision = buf.getInt();
                scale = buf.getInt();
            }
            case FIXED_SIZE_BINARY -> size = buf.getInt();
            case TIME32, TIME64, DURATION -> unit = TimeUnit.values()[buf.get()];
            case TIMESTAMP -> {
                unit = TimeUnit.values()[buf.get()];
                String zone = str();
                tz = zone.isEmpty() ? null : zone;
            }
            case INTERVAL -> intervalUnit = buf.get();
            case LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW -> {
                size = buf.getInt();
                children = List.of(field());
            }
            case STRUCT, UNION -> children = fields(buf.getInt());
            case MAP -> {
                size = buf.get(); // keysSorted flag, kept for completeness
                children = List.of(field());
            }
            case DICTIONARY -> {
                ArrowType key = type();
                ArrowType value = type();
                children = List.of(new ArrowField("key", false, key), new ArrowField("value", true, value));
            }
            case RUN_END_ENCODED -> children = List.of(field(), field());
            default -> { }
        }
        return new ArrowType(id, name, precision, scale, unit, intervalUnit, tz, size, children);
    }

    private String str() {
        int len = buf.getInt();
        String s = new String(buf.array(), buf.position(), len, StandardCharsets.UTF_8);
        buf.position(buf.position() + len);
        return s;
    }
}
