package io.dfschema.metadata.contract;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;

import java.util.List;

/**
 * Writes an {@link ArrowType} the way Arrow 59's {@code DataType} {@code Display} does (what
 * {@code arrow_typeof} prints), the inverse of {@code ArrowTypeParser}. Contracts use it to normalize
 * Arrow type names: older spellings such as {@code Timestamp(Nanosecond, None)} or odd spacing come
 * out as the one current spelling.
 *
 * <p>Two things the parsed form does not keep are not written: field metadata, and union type ids
 * and mode. Union types (and unparsed OTHER types) are therefore written as their original text.
 */
final class ArrowTypeDisplay {
    private ArrowTypeDisplay() {
    }

    static String render(ArrowType t) {
        switch (t.id()) {
            case NULL: return "Null";
            case BOOL: return "Boolean";
            case INT8: return "Int8";
            case INT16: return "Int16";
            case INT32: return "Int32";
            case INT64: return "Int64";
            case UINT8: return "UInt8";
            case UINT16: return "UInt16";
            case UINT32: return "UInt32";
            case UINT64: return "UInt64";
            case FLOAT16: return "Float16";
            case FLOAT32: return "Float32";
            case FLOAT64: return "Float64";
            case UTF8: return "Utf8";
            case LARGE_UTF8: return "LargeUtf8";
            case UTF8_VIEW: return "Utf8View";
            case BINARY: return "Binary";
            case LARGE_BINARY: return "LargeBinary";
            case BINARY_VIEW: return "BinaryView";
            case FIXED_SIZE_BINARY: return "FixedSizeBinary(" + t.size() + ")";
            case DATE32: return "Date32";
            case DATE64: return "Date64";
            case TIME32: return "Time32(" + unit(t.unit()) + ")";
            case TIME64: return "Time64(" + unit(t.unit()) + ")";
            case DURATION: return "Duration(" + unit(t.unit()) + ")";
            case TIMESTAMP:
                return "Timestamp(" + unit(t.unit())
                        + (t.timeZone() == null ? "" : ", " + debugString(t.timeZone())) + ")";
            case INTERVAL: return "Interval(" + intervalUnit(t.intervalUnit()) + ")";
            case DECIMAL32: return decimal("Decimal32", t);
            case DECIMAL64: return decimal("Decimal64", t);
            case DECIMAL128: return decimal("Decimal128", t);
            case DECIMAL256: return decimal("Decimal256", t);
            case LIST: return "List(" + listItem(t.item()) + ")";
            case LARGE_LIST: return "LargeList(" + listItem(t.item()) + ")";
            case LIST_VIEW: return "ListView(" + listItem(t.item()) + ")";
            case LARGE_LIST_VIEW: return "LargeListView(" + listItem(t.item()) + ")";
            case FIXED_SIZE_LIST: return "FixedSizeList(" + t.size() + " x " + listItem(t.item()) + ")";
            case STRUCT: return "Struct(" + fields(t.children()) + ")";
            case MAP:
                return "Map(" + field(t.children().get(0)) + ", " + (t.size() == 1 ? "sorted" : "unsorted") + ")";
            case DICTIONARY:
                return "Dictionary(" + render(t.children().get(0).type()) + ", " + render(t.children().get(1).type()) + ")";
            case RUN_END_ENCODED: return "RunEndEncoded(" + fields(t.children()) + ")";
            default:
                return t.name();
        }
    }

    private static String decimal(String name, ArrowType t) {
        return name + "(" + t.precision() + ", " + t.scale() + ")";
    }

    private static String listItem(ArrowField f) {
        // the default item field name "item" is not written; others are, unescaped, as Arrow does
        return (f.nullable() ? "" : "non-null ") + render(f.type())
                + (f.name().equals("item") ? "" : ", field: '" + f.name() + "'");
    }

    private static String fields(List<ArrowField> fields) {
        StringBuilder sb = new StringBuilder();
        for (ArrowField f : fields) {
            sb.append(sb.length() == 0 ? "" : ", ").append(field(f));
        }
        return sb.toString();
    }

    private static String field(ArrowField f) {
        return debugString(f.name()) + ": " + (f.nullable() ? "" : "non-null ") + render(f.type());
    }

    static String unit(TimeUnit u) {
        switch (u) {
            case SECOND: return "s";
            case MILLISECOND: return "ms";
            case MICROSECOND: return "\u00b5s";
            default: return "ns";
        }
    }

    private static String intervalUnit(int unit) {
        switch (unit) {
            case 0: return "YearMonth";
            case 1: return "DayTime";
            default: return "MonthDayNano";
        }
    }

    /** Rust's {@code {:?}} of a string, which Arrow uses for field names and time zones. */
    static String debugString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case 0: sb.append("\\0"); break;
                default:
                    if (Character.isISOControl(cp)) {
                        sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
                    } else {
                        sb.appendCodePoint(cp);
                    }
            }
        });
        return sb.append('"').toString();
    }
}
