package io.dfschema.engine;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes bound parameter values for {@code planExecute}. The native side builds a scalar
 * from each tag and casts it to the type the planner inferred for that placeholder.
 *
 * <pre>
 * params := i32 count, param*
 * param  := u8 tag, payload
 * </pre>
 */
public final class ParameterEncoder {
    public static final int NULL = 0;
    public static final int BOOL = 1;
    public static final int INT64 = 2;
    public static final int FLOAT64 = 3;
    public static final int FLOAT32 = 4;
    public static final int DECIMAL = 5;   // str: BigDecimal.toString()
    public static final int STRING = 6;    // str
    public static final int BYTES = 7;     // i32 len, bytes
    public static final int DATE = 8;      // i32 days since epoch
    public static final int TIME = 9;      // i64 nanoseconds since midnight
    public static final int TIMESTAMP = 10; // i64 epoch seconds, i32 nanos, str zone ("" = none)
    public static final int INT32 = 11;
    public static final int INT16 = 12;
    public static final int INT8 = 13;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int count;

    public ParameterEncoder nullValue() {
        return tag(NULL);
    }

    public ParameterEncoder bool(boolean v) {
        tag(BOOL);
        out.write(v ? 1 : 0);
        return this;
    }

    public ParameterEncoder int8(byte v) {
        tag(INT8);
        out.write(v);
        return this;
    }

    public ParameterEncoder int16(short v) {
        tag(INT16);
        writeLe(v, 2);
        return this;
    }

    public ParameterEncoder int32(int v) {
        tag(INT32);
        writeLe(v, 4);
        return this;
    }

    public ParameterEncoder int64(long v) {
        tag(INT64);
        writeLe(v, 8);
        return this;
    }

    public ParameterEncoder float32(float v) {
        tag(FLOAT32);
        writeLe(Float.floatToRawIntBits(v), 4);
        return this;
    }

    public ParameterEncoder float64(double v) {
        tag(FLOAT64);
        writeLe(Double.doubleToRawLongBits(v), 8);
        return this;
    }

    public ParameterEncoder decimal(BigDecimal v) {
        tag(DECIMAL);
        str(v.toString());
        return this;
    }

    public ParameterEncoder string(String v) {
        tag(STRING);
        str(v);
        return this;
    }

    public ParameterEncoder bytes(byte[] v) {
        tag(BYTES);
        writeLe(v.length, 4);
        out.writeBytes(v);
        return this;
    }

    public ParameterEncoder date(int epochDays) {
        tag(DATE);
        writeLe(epochDays, 4);
        return this;
    }

    public ParameterEncoder time(long nanosOfDay) {
        tag(TIME);
        writeLe(nanosOfDay, 8);
        return this;
    }

    /** A timestamp; {@code zone} null means a timestamp without time zone. */
    public ParameterEncoder timestamp(long epochSeconds, int nanos, String zone) {
        tag(TIMESTAMP);
        writeLe(epochSeconds, 8);
        writeLe(nanos, 4);
        str(zone == null ? "" : zone);
        return this;
    }

    public byte[] toBytes() {
        byte[] body = out.toByteArray();
        byte[] all = new byte[body.length + 4];
        for (int i = 0; i < 4; i++) {
            all[i] = (byte) (count >>> (8 * i));
        }
        System.arraycopy(body, 0, all, 4, body.length);
        return all;
    }

    private ParameterEncoder tag(int t) {
        out.write(t);
        count++;
        return this;
    }

    private void str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeLe(b.length, 4);
        out.writeBytes(b);
    }

    private void writeLe(long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }
}
