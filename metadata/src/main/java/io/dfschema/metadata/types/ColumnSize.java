package io.dfschema.metadata.types;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;

/**
 * Sizes JDBC asks for, derived from the engine type (already resolved to its value type).
 * Column size follows the getPrecision javadoc: digits for numbers, characters of the
 * display text for date-times, Integer.MAX_VALUE for unbounded text and bytes, 0 where the
 * notion does not apply. Display sizes are the widest getString output.
 */
final class ColumnSize {
    /** "yyyy-mm-dd". */
    private static final int DATE = 10;
    /** "hh:mm:ss". */
    private static final int TIME = 8;
    /** "yyyy-mm-ddThh:mm:ss". */
    private static final int TIMESTAMP = 19;
    /** "+hh:mm". */
    private static final int OFFSET = 6;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private ColumnSize() {}

    static int precision(ArrowType t) {
        return switch (t.id()) {
            case NULL -> 0;
            case BOOL -> 1;
            case INT8, UINT8 -> 3;
            case INT16, UINT16 -> 5;
            case INT32, UINT32 -> 10;
            case INT64 -> 19;
            case UINT64 -> 20;
            // Significant decimal digits needed to round-trip the value.
            case FLOAT16 -> 5;
            case FLOAT32 -> 9;
            case FLOAT64 -> 17;
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> t.precision();
            case UTF8, LARGE_UTF8, UTF8_VIEW, BINARY, LARGE_BINARY, BINARY_VIEW -> UNBOUNDED;
            case FIXED_SIZE_BINARY -> t.size();
            case DATE32, DATE64 -> DATE;
            case TIME32, TIME64 -> TIME + fraction(t.unit());
            case TIMESTAMP -> TIMESTAMP + fraction(t.unit()) + (t.timeZone() == null ? 0 : OFFSET);
            default -> 0;
        };
    }

    static int scale(ArrowType t) {
        return switch (t.id()) {
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> t.scale();
            case TIME32, TIME64, TIMESTAMP -> digits(t.unit());
            default -> 0;
        };
    }

    static int displaySize(ArrowType t) {
        return switch (t.id()) {
            case NULL -> 4; // "NULL"
            case BOOL -> 5; // "false"
            case INT8 -> 4;
            case INT16 -> 6;
            case INT32 -> 11;
            case INT64 -> 20;
            case UINT8 -> 3;
            case UINT16 -> 5;
            case UINT32 -> 10;
            case UINT64 -> 20;
            // Widest shortest-round-trip text: "-0.000000059604645", "-1.1754944e-38", 24 for f64.
            case FLOAT16 -> 18;
            case FLOAT32 -> 16;
            case FLOAT64 -> 24;
            case DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 -> decimalWidth(t.precision(), t.scale());
            case FIXED_SIZE_BINARY -> 2 * t.size();
            case DATE32 -> DATE;
            case DATE64 -> TIMESTAMP + 4; // Date64 prints a date-time with milliseconds
            case TIME32, TIME64, TIMESTAMP -> precision(t);
            // "-2147483648 mons -2147483648 days -2562047 hours -47 mins -16.854775808 secs"
            case INTERVAL -> 80;
            // "-106751 days -23 hours -47 mins -16.854775808 secs", wider for second units
            case DURATION -> 64;
            default -> UNBOUNDED;
        };
    }

    /** Sign, integer digits (at least one), point and fraction. */
    private static int decimalWidth(int precision, int scale) {
        if (scale <= 0) {
            return 1 + precision - scale;
        }
        return 1 + Math.max(precision - scale, 1) + 1 + scale;
    }

    /** Fractional-second digits of a unit. */
    private static int digits(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> 0;
            case MILLISECOND -> 3;
            case MICROSECOND -> 6;
            case NANOSECOND -> 9;
        };
    }

    /** Characters the fraction adds, with its point. */
    private static int fraction(TimeUnit unit) {
        int d = digits(unit);
        return d == 0 ? 0 : d + 1;
    }
}
