package io.dfschema.jdbc.accessor;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given float or double, and among those the one
 * closest to its exact binary value: the digits ryu (Arrow's float display) and Rust's
 * Display print. JDK 17's toString is not always shortest nor closest, so this is computed
 * here with the free-format digit generation of Steele &amp; White / Burger &amp; Dybvig:
 * exact integers r/s for the value and mPlus/mMinus for the half-gaps to its neighbours,
 * digits emitted until the prefix lies inside the rounding interval.
 */
final class ShortestDecimal {
    /** What to do when the value lies exactly halfway between the two shortest candidates. */
    enum Tie {
        /** ryu: keep the even last digit. */
        EVEN,
        /** Rust's Display: take the larger magnitude. */
        UP
    }

    private static final BigInteger TEN = BigInteger.TEN;
    /**
     * Decimals of at most this many significant digits map to distinct normal doubles
     * (DBL_DIG), so when Java's text is that short it is the only candidate of its length and
     * is the answer. Subnormals have fewer bits and do not qualify.
     */
    private static final int DOUBLE_UNIQUE_DIGITS = 15;
    /** The same for floats (FLT_DIG). */
    private static final int FLOAT_UNIQUE_DIGITS = 6;

    private ShortestDecimal() {}

    /** For a finite double greater than zero. */
    static BigDecimal of(double positive, Tie tie) {
        BigDecimal quick = new BigDecimal(Double.toString(positive)).stripTrailingZeros();
        if (quick.precision() <= DOUBLE_UNIQUE_DIGITS && positive >= Double.MIN_NORMAL) {
            return quick;
        }
        long bits = Double.doubleToRawLongBits(positive);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & ((1L << 52) - 1);
        if (biased == 0) {
            return digits(fraction, -1074, false, positive, tie);
        }
        return digits(fraction | (1L << 52), biased - 1075, fraction == 0 && biased > 1, positive, tie);
    }

    /** For a finite float greater than zero, at float precision (1.1f gives 1.1). */
    static BigDecimal of(float positive, Tie tie) {
        BigDecimal quick = new BigDecimal(Float.toString(positive)).stripTrailingZeros();
        if (quick.precision() <= FLOAT_UNIQUE_DIGITS && positive >= Float.MIN_NORMAL) {
            return quick;
        }
        int bits = Float.floatToRawIntBits(positive);
        int biased = (bits >>> 23) & 0xFF;
        int fraction = bits & ((1 << 23) - 1);
        if (biased == 0) {
            return digits(fraction, -149, false, positive, tie);
        }
        return digits(fraction | (1 << 23), biased - 150, fraction == 0 && biased > 1, positive, tie);
    }

    /**
     * Digits of v = f·2^e. {@code narrowBelow} is set for a power of two, whose lower
     * neighbour is half as far as the upper one. Both interval ends read back as v exactly
     * when f is even (round-half-even parsing), so they count as inside then.
     */
    private static BigDecimal digits(long f, int e, boolean narrowBelow, double approx, Tie tie) {
        boolean inclusive = (f & 1) == 0;
        BigInteger r;
        BigInteger s;
        BigInteger mPlus;
        BigInteger mMinus;
        BigInteger mantissa = BigInteger.valueOf(f);
        int extra = narrowBelow ? 2 : 1; // one more bit of scale keeps the narrow half-gap whole
        if (e >= 0) {
            BigInteger gap = BigInteger.ONE.shiftLeft(e);
            r = mantissa.shiftLeft(e + extra);
            s = BigInteger.ONE.shiftLeft(extra);
            mMinus = gap;
            mPlus = narrowBelow ? gap.shiftLeft(1) : gap;
        } else {
            r = mantissa.shiftLeft(extra);
            s = BigInteger.ONE.shiftLeft(extra - e);
            mMinus = BigInteger.ONE;
            mPlus = narrowBelow ? BigInteger.TWO : BigInteger.ONE;
        }

        // Scale so that the interval's upper end lies in [0.1, 1): v = 0.d1d2... × 10^k.
        int k = (int) Math.ceil(Math.log10(approx));
        if (k >= 0) {
            s = s.multiply(TEN.pow(k));
        } else {
            BigInteger scale = TEN.pow(-k);
            r = r.multiply(scale);
            mPlus = mPlus.multiply(scale);
            mMinus = mMinus.multiply(scale);
        }
        while (above(r.add(mPlus), s, inclusive)) {
            s = s.multiply(TEN);
            k++;
        }
        while (!above(r.add(mPlus).multiply(TEN), s, inclusive)) {
            r = r.multiply(TEN);
            mPlus = mPlus.multiply(TEN);
            mMinus = mMinus.multiply(TEN);
            k--;
        }

        StringBuilder out = new StringBuilder(17);
        while (true) {
            BigInteger[] qr = r.multiply(TEN).divideAndRemainder(s);
            int digit = qr[0].intValue();
            r = qr[1];
            mPlus = mPlus.multiply(TEN);
            mMinus = mMinus.multiply(TEN);
            int low = r.compareTo(mMinus);
            boolean truncatedFits = inclusive ? low <= 0 : low < 0;
            boolean roundedUpFits = above(r.add(mPlus), s, inclusive);
            if (!truncatedFits && !roundedUpFits) {
                out.append((char) ('0' + digit));
                continue;
            }
            boolean up;
            if (truncatedFits && roundedUpFits) {
                int half = r.shiftLeft(1).compareTo(s);
                up = half > 0 || (half == 0 && (tie == Tie.UP || (digit & 1) == 1));
            } else {
                up = roundedUpFits;
            }
            if (up) {
                k += increment(out, digit);
            } else {
                out.append((char) ('0' + digit));
            }
            break;
        }
        return new BigDecimal(new BigInteger(out.toString()), out.length() - k).stripTrailingZeros();
    }

    /** Whether x/s reaches 1 (the interval end), counting equality only for inclusive ends. */
    private static boolean above(BigInteger x, BigInteger s, boolean inclusive) {
        int c = x.compareTo(s);
        return inclusive ? c >= 0 : c > 0;
    }

    /** Appends digit+1, carrying into earlier digits; returns 1 if the carry added a digit in front. */
    private static int increment(StringBuilder out, int digit) {
        if (digit < 9) {
            out.append((char) ('0' + digit + 1));
            return 0;
        }
        out.append('0');
        int i = out.length() - 2;
        while (i >= 0 && out.charAt(i) == '9') {
            out.setCharAt(i, '0');
            i--;
        }
        if (i < 0) {
            out.insert(0, '1');
            return 1;
        }
        out.setCharAt(i, (char) (out.charAt(i) + 1));
        return 0;
    }
}
