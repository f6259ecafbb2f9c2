package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * Decimal values as two's-complement unscaled integers of 16 bytes (DECIMAL32/64/128) or
 * 32 bytes (DECIMAL256), little-endian; the scale comes from the type.
 */
public final class DecimalVector extends ColumnVector {
    private final int width;
    private final int data;
    private final int scale;

    public DecimalVector(ArrowField field, int length, ByteBuffer buf, int validity, int width, int data) {
        super(field, length, buf, validity);
        this.width = width;
        this.data = data;
        this.scale = field.type().valueType().scale();
    }

    public int width() {
        return width;
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        return valueType().precision();
    }

    public BigInteger getUnscaled(int i) {
        int at = data + checkIndex(i) * width;
        long low = buf.getLong(at);
        if (fitsInLong(at, low)) {
            return BigInteger.valueOf(low);
        }
        byte[] bigEndian = new byte[width];
        for (int k = 0; k < width; k++) {
            bigEndian[width - 1 - k] = buf.get(at + k);
        }
        return new BigInteger(bigEndian);
    }

    public BigDecimal getBigDecimal(int i) {
        int at = data + checkIndex(i) * width;
        long low = buf.getLong(at);
        // Nearly every decimal fits in 64 bits; skip the BigInteger for those.
        if (fitsInLong(at, low)) {
            return BigDecimal.valueOf(low, scale);
        }
        return new BigDecimal(getUnscaled(i), scale);
    }

    /** True when every upper word is the sign extension of the low word. */
    private boolean fitsInLong(int at, long low) {
        long extension = low >> 63;
        for (int k = 8; k < width; k += 8) {
            if (buf.getLong(at + k) != extension) {
                return false;
            }
        }
        return true;
    }
}
