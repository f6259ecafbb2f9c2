package io.dfschema.slt;

/**
 * Turns one cell into the text DataFusion's sqllogictest runner would print for it
 * (SLT-FORMAT.md §5). The driver already gives Arrow's display text through getString,
 * so only the runner's own rules live here: NULL, booleans, strings ((empty), trailing
 * newlines, NUL), and float/decimal rounding. Everything else is getString verbatim.
 */
public final class ValueRenderer {
    static final String NULL = "NULL";

    private final int floatPlaces;

    /** @param floatPlaces 12 normally, 15 for Float64 in files under spark/ */
    public ValueRenderer(int floatPlaces) {
        this.floatPlaces = floatPlaces;
    }

    public ValueRenderer() {
        this(FloatText.DEFAULT_PLACES);
    }

    public String render(Cell cell) throws Exception {
        // A dictionary is rendered as its looked-up value, by the value type's rules.
        ArrowTypeName type = ArrowTypeName.parse(cell.arrowType()).valueType();
        switch (type.base()) {
            case "Null":
                return NULL;
            case "Boolean": {
                Boolean b = cell.bool();
                return b == null ? NULL : b.toString();
            }
            case "Float64": {
                Double d = cell.float64();
                return d == null ? NULL : FloatText.ofDouble(d, floatPlaces);
            }
            case "Float32":
            case "Float16": {
                // Float16 is printed through half's Display, i.e. as its f32 value. The
                // 15-place spark rule applies to Float64 only.
                Float f = cell.float32();
                return f == null ? NULL : FloatText.ofFloat(f, FloatText.DEFAULT_PLACES);
            }
            case "Decimal128":
            case "Decimal256": {
                var d = cell.decimal();
                return d == null ? NULL : FloatText.ofDecimal(d, FloatText.DEFAULT_PLACES);
            }
            case "Utf8":
            case "LargeUtf8":
            case "Utf8View": {
                String s = cell.string();
                return s == null ? NULL : text(s);
            }
            default: {
                String s = cell.string();
                return s == null ? NULL : s;
            }
        }
    }

    /**
     * Top-level strings: an empty string can't be written as an expected line, so it is
     * "(empty)"; trailing newlines are stripped (they would break the line format); a NUL
     * becomes the two characters backslash-zero.
     */
    static String text(String s) {
        if (s.isEmpty()) {
            return "(empty)";
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end).replace("\0", "\\0");
    }
}
