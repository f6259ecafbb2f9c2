package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Test-only writer of the batch wire format, written from the table in
 * docs/internals/wire-format.md independently of BatchDecoder. Values are plain Java
 * objects: Number for fixed widths, BigDecimal for decimals, String/byte[] for var kinds,
 * List for lists and structs (one value per field), Map for maps, null for null.
 */
public final class WireEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A whole batch; each column is given as its list of row values. */
    public static byte[] batch(List<ArrowField> schema, List<List<?>> columns) {
        WireEncoder w = new WireEncoder();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        w.i32(rows).i32(schema.size());
        for (int c = 0; c < schema.size(); c++) {
            w.column(schema.get(c).type(), columns.get(c));
        }
        return w.bytes();
    }

    /** A one-column batch. */
    public static byte[] single(ArrowField field, List<?> values) {
        return batch(List.of(field), List.of(values));
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    public WireEncoder u8(int v) {
        out.write(v);
        return this;
    }

    public WireEncoder i16(int v) {
        return le(v, 2);
    }

    public WireEncoder i32(int v) {
        return le(v, 4);
    }

    public WireEncoder i64(long v) {
        return le(v, 8);
    }

    public WireEncoder raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    private WireEncoder le(long v, int width) {
        for (int i = 0; i < width; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    /** hasNulls, validity, payload. */
    public void column(ArrowType declared, List<?> values) {
        ArrowType type = declared.valueType();
        int n = values.size();
        boolean hasNulls = type.id() == io.dfschema.engine.TypeId.NULL || values.stream().anyMatch(v -> v == null);
        u8(hasNulls ? 1 : 0);
        if (hasNulls) {
            byte[] bitmap = new byte[(n + 7) / 8];
            for (int i = 0; i < n; i++) {
                if (values.get(i) != null && type.id() != io.dfschema.engine.TypeId.NULL) {
                    bitmap[i / 8] |= (byte) (1 << (i % 8));
                }
            }
            raw(bitmap);
        }
        switch (type.id()) {
            case NULL -> { }
            case BOOL -> values.forEach(v -> u8(Boolean.TRUE.equals(v) ? 1 : 0));
            case INT8, UINT8 -> values.forEach(v -> le(v == null ? 0 : ((Number) v).longValue(), 1));
            case INT16, UINT16 -> values.forEach(v -> le(v == null ? 0 : ((Number) v).longValue(), 2));
            case INT32, UINT32, DATE32, TIME32 -> values.forEach(v -> le(v == null ? 0 : ((Number) v).longValue(), 4));
            case FLOAT16, FLOAT32 -> values.forEach(v -> i32(Float.floatToRawIntBits(v == null ? 0f : ((Number) v).floatValue())));
            case INT64, UINT64, DATE64, TIME64, TIMESTAMP, DURATION ->
                    values.forEach(v -> i64(v == null ? 0 : ((Number) v).longValue()));
            case FLOAT64 -> values.forEach(v -> i64(Double.doubleToRawLongBits(v == null ? 0d : ((Number) v).doubleValue())));
            case DECIMAL32, DECIMAL64, DECIMAL128 -> values.forEach(v -> twosComplement(unscaled(v, type), 16));
            case DECIMAL256 -> values.forEach(v -> twosComplement(unscaled(v, type), 32));
            case UTF8, LARGE_UTF8, UTF8_VIEW, INTERVAL, UNION, OTHER ->
                    var(values.stream().map(v -> v == null ? null : ((String) v).getBytes(StandardCharsets.UTF_8)).toList());
            case BINARY, LARGE_BINARY, BINARY_VIEW, FIXED_SIZE_BINARY -> var(values.stream().map(v -> (byte[]) v).toList());
            case LIST, LARGE_LIST, FIXED_SIZE_LIST, LIST_VIEW, LARGE_LIST_VIEW -> {
                List<Object> children = new ArrayList<>();
                offsets(values, v -> {
                    children.addAll((List<?>) v);
                    return ((List<?>) v).size();
                });
                column(type.item().type(), children);
            }
            case STRUCT -> {
                for (int k = 0; k < type.children().size(); k++) {
                    int field = k;
                    column(type.children().get(k).type(),
                            values.stream().map(v -> v == null ? null : ((List<?>) v).get(field)).toList());
                }
            }
            case MAP -> {
                List<Object> keys = new ArrayList<>();
                List<Object> vals = new ArrayList<>();
                offsets(values, v -> {
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                        keys.add(e.getKey());
                        vals.add(e.getValue());
                    }
                    return ((Map<?, ?>) v).size();
                });
                column(type.mapKey().type(), keys);
                column(type.mapValue().type(), vals);
            }
            default -> throw new IllegalArgumentException("no wire kind for " + type);
        }
    }

    private void var(List<byte[]> values) {
        int offset = 0;
        i32(0);
        for (byte[] v : values) {
            offset += v == null ? 0 : v.length;
            i32(offset);
        }
        values.forEach(v -> {
            if (v != null) {
                raw(v);
            }
        });
    }

    private void offsets(List<?> values, java.util.function.ToIntFunction<Object> sizeOf) {
        int offset = 0;
        i32(0);
        for (Object v : values) {
            offset += v == null ? 0 : sizeOf.applyAsInt(v);
            i32(offset);
        }
    }

    private static BigInteger unscaled(Object v, ArrowType type) {
        if (v == null) {
            return BigInteger.ZERO;
        }
        if (v instanceof BigInteger b) {
            return b;
        }
        return ((BigDecimal) v).setScale(type.scale()).unscaledValue();
    }

    private void twosComplement(BigInteger v, int width) {
        byte[] bigEndian = v.toByteArray();
        byte[] le = new byte[width];
        Arrays.fill(le, v.signum() < 0 ? (byte) 0xFF : 0);
        for (int i = 0; i < bigEndian.length && i < width; i++) {
            le[i] = bigEndian[bigEndian.length - 1 - i];
        }
        raw(le);
    }
}
