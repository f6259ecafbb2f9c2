package io.dfschema.metadata.jdbc;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the text that Arrow's {@code DataType} {@code Display} produces (arrow-schema 59,
 * {@code datatype_display.rs}) back into an {@link ArrowType}. This is the text DataFusion puts in
 * {@code information_schema.columns.data_type} and that {@code arrow_typeof()} returns, for example
 * {@code Int64}, {@code Timestamp(ns, "UTC")}, {@code List(non-null Int64, field: 'x')},
 * {@code Struct("a": non-null Int32, "b": Utf8)},
 * {@code Map("entries": non-null Struct("key": non-null Utf8, "value": Int32), unsorted)},
 * {@code Union(Sparse, 0: ("a": Int32))}, {@code Dictionary(Int32, Utf8)},
 * {@code RunEndEncoded("run_ends": non-null Int32, "values": Utf8)}.
 *
 * <p>Also accepted:
 * <ul>
 *   <li>the older spellings Arrow's own parser still reads ({@code Timestamp(Nanosecond, None)},
 *       {@code Timestamp(Nanosecond, Some("UTC"))}, {@code FixedSizeList(3, Int64)},
 *       {@code Time32(Second)}, {@code us} for microseconds);</li>
 *   <li>field metadata ({@code , metadata: {"k": "v"}}), which is parsed and dropped since
 *       {@link ArrowField} has no place for it;</li>
 *   <li>DataFusion's logical {@code NativeType} display, which {@code information_schema.routines}
 *       and {@code information_schema.parameters} use: {@code String} (read as Utf8), {@code Date}
 *       (Date32), {@code Time(unit)} (Time32 for s/ms, Time64 for µs/ns), {@code Decimal(p, s)}
 *       (Decimal128, or Decimal256 above precision 38), {@code Map(type)} and
 *       {@code Union(0: (field), ...)} without a mode.</li>
 * </ul>
 *
 * <p>Every {@link ArrowType#name()} is the exact input text of that (sub)type. Parameters follow
 * {@code io.dfschema.engine.SchemaDecoder}: MAP keeps the keys-sorted flag in {@code size},
 * DICTIONARY gets children named "key" (not null) and "value", union type ids and mode are not kept.
 *
 * <p>List field names are displayed without escaping ({@code field: 'it's'}); a quote inside such a
 * name is resolved by trying the candidate closing quotes against the whole text. That search is
 * bounded: for names with quotes followed by {@code )} nested several lists deep it may give up,
 * and {@link #parseOrOther} then reports the type as OTHER (with its exact text as the name).
 *
 * <p>Thread-safe; the class is stateless.
 */
public final class ArrowTypeParser {

    /** Thrown for text that is not a data type display. */
    public static final class ParseException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ParseException(String text, int pos, String message) {
            super("cannot parse Arrow type '" + text + "' at offset " + pos + ": " + message);
        }
    }

    private final String text;
    private int pos;

    private ArrowTypeParser(String text) {
        this.text = text;
    }

    /**
     * Parses the display text of one data type.
     *
     * @throws ParseException if the text is not a data type display (or has trailing text)
     */
    public static ArrowType parse(String text) {
        if (text == null) {
            throw new ParseException("null", 0, "no text");
        }
        String trimmed = text.strip();
        ArrowTypeParser p = new ArrowTypeParser(trimmed);
        ArrowType t = p.type();
        p.skipSpaces();
        if (p.pos != trimmed.length()) {
            throw p.error("unexpected trailing text");
        }
        return t;
    }

    /** Like {@link #parse} but returns a type of family {@link TypeId#OTHER} named {@code text} when it cannot parse. */
    public static ArrowType parseOrOther(String text) {
        try {
            return parse(text);
        } catch (ParseException e) {
            return other(text == null ? "" : text);
        }
    }

    /** A type of family OTHER with the given name. */
    public static ArrowType other(String name) {
        return new ArrowType(TypeId.OTHER, name, 0, 0, null, -1, null, -1, List.of());
    }

    // ---------------------------------------------------------------- grammar

    private ArrowType type() {
        skipSpaces();
        int start = pos;
        String word = word();
        if (word.isEmpty()) {
            throw error("expected a type name");
        }
        switch (word) {
            case "Null": return simple(TypeId.NULL, start);
            case "Boolean": return simple(TypeId.BOOL, start);
            case "Int8": return simple(TypeId.INT8, start);
            case "Int16": return simple(TypeId.INT16, start);
            case "Int32": return simple(TypeId.INT32, start);
            case "Int64": return simple(TypeId.INT64, start);
            case "UInt8": return simple(TypeId.UINT8, start);
            case "UInt16": return simple(TypeId.UINT16, start);
            case "UInt32": return simple(TypeId.UINT32, start);
            case "UInt64": return simple(TypeId.UINT64, start);
            case "Float16": return simple(TypeId.FLOAT16, start);
            case "Float32": return simple(TypeId.FLOAT32, start);
            case "Float64": return simple(TypeId.FLOAT64, start);
            case "Utf8": case "String": return simple(TypeId.UTF8, start);
            case "LargeUtf8": return simple(TypeId.LARGE_UTF8, start);
            case "Utf8View": return simple(TypeId.UTF8_VIEW, start);
            case "Binary": return simple(TypeId.BINARY, start);
            case "LargeBinary": return simple(TypeId.LARGE_BINARY, start);
            case "BinaryView": return simple(TypeId.BINARY_VIEW, start);
            case "Date32": case "Date": return simple(TypeId.DATE32, start);
            case "Date64": return simple(TypeId.DATE64, start);
            case "Timestamp": return timestamp(start);
            case "Time32": return timeOf(start, TypeId.TIME32);
            case "Time64": return timeOf(start, TypeId.TIME64);
            case "Time": return timeOf(start, null);
            case "Duration": return timeOf(start, TypeId.DURATION);
            case "Interval": return interval(start);
            case "FixedSizeBinary": return fixedSizeBinary(start);
            case "Decimal32": return decimal(start, TypeId.DECIMAL32);
            case "Decimal64": return decimal(start, TypeId.DECIMAL64);
            case "Decimal128": return decimal(start, TypeId.DECIMAL128);
            case "Decimal256": return decimal(start, TypeId.DECIMAL256);
            case "Decimal": return decimal(start, null);
            case "List": return list(start, TypeId.LIST);
            case "LargeList": return list(start, TypeId.LARGE_LIST);
            case "ListView": return list(start, TypeId.LIST_VIEW);
            case "LargeListView": return list(start, TypeId.LARGE_LIST_VIEW);
            case "FixedSizeList": return fixedSizeList(start);
            case "Struct": return struct(start);
            case "Union": return union(start);
            case "Dictionary": return dictionary(start);
            case "Map": return map(start);
            case "RunEndEncoded": return runEndEncoded(start);
            default:
                pos = start;
                throw error("unknown type '" + word + "'");
        }
    }

    private ArrowType simple(TypeId id, int start) {
        return make(id, start, 0, 0, null, -1, null, -1, List.of());
    }

    private ArrowType timestamp(int start) {
        expect('(');
        TimeUnit unit = timeUnit();
        String tz = null;
        skipSpaces();
        if (tryConsume(',')) {
            skipSpaces();
            if (peek() == '"') {
                tz = debugString();
            } else {
                int wordStart = pos;
                String w = word();
                if (w.equals("None")) {
                    tz = null;
                } else if (w.equals("Some")) {
                    expect('(');
                    skipSpaces();
                    tz = debugString();
                    expect(')');
                } else {
                    pos = wordStart;
                    throw error("expected a time zone");
                }
            }
        }
        expect(')');
        return make(TypeId.TIMESTAMP, start, 0, 0, unit, -1, tz, -1, List.of());
    }

    /** Time32, Time64, Duration, or (id == null) the logical Time(unit). */
    private ArrowType timeOf(int start, TypeId id) {
        expect('(');
        TimeUnit unit = timeUnit();
        expect(')');
        if (id == null) {
            id = (unit == TimeUnit.SECOND || unit == TimeUnit.MILLISECOND) ? TypeId.TIME32 : TypeId.TIME64;
        }
        return make(id, start, 0, 0, unit, -1, null, -1, List.of());
    }

    private TimeUnit timeUnit() {
        skipSpaces();
        int wordStart = pos;
        String w = word();
        switch (w) {
            case "s": case "Second": return TimeUnit.SECOND;
            case "ms": case "Millisecond": return TimeUnit.MILLISECOND;
            case "\u00b5s": case "\u03bcs": case "us": case "Microsecond": return TimeUnit.MICROSECOND;
            case "ns": case "Nanosecond": return TimeUnit.NANOSECOND;
            default:
                pos = wordStart;
                throw error("expected a time unit");
        }
    }

    private ArrowType interval(int start) {
        expect('(');
        skipSpaces();
        int wordStart = pos;
        String w = word();
        int unit;
        switch (w) {
            case "YearMonth": unit = 0; break;
            case "DayTime": unit = 1; break;
            case "MonthDayNano": unit = 2; break;
            default:
                pos = wordStart;
                throw error("expected an interval unit");
        }
        expect(')');
        return make(TypeId.INTERVAL, start, 0, 0, null, unit, null, -1, List.of());
    }

    private ArrowType fixedSizeBinary(int start) {
        expect('(');
        int size = (int) integer();
        expect(')');
        return make(TypeId.FIXED_SIZE_BINARY, start, 0, 0, null, -1, null, size, List.of());
    }

    private ArrowType decimal(int start, TypeId id) {
        expect('(');
        int precision = (int) integer();
        expect(',');
        int scale = (int) integer();
        expect(')');
        if (id == null) {
            id = precision <= 38 ? TypeId.DECIMAL128 : TypeId.DECIMAL256;
        }
        return make(id, start, precision, scale, null, -1, null, -1, List.of());
    }

    private ArrowType list(int start, TypeId id) {
        expect('(');
        ArrowField item = listField();
        expect(')');
        return make(id, start, 0, 0, null, -1, null, -1, List.of(item));
    }

    private ArrowType fixedSizeList(int start) {
        expect('(');
        int size = (int) integer();
        skipSpaces();
        ArrowField item;
        if (tryConsume(',')) {
            // older `FixedSizeList(4, Int64)`
            item = new ArrowField("item", true, type());
        } else {
            int wordStart = pos;
            if (!word().equals("x")) {
                pos = wordStart;
                throw error("expected 'x' or ','");
            }
            item = listField();
        }
        expect(')');
        return make(TypeId.FIXED_SIZE_LIST, start, 0, 0, null, -1, null, size, List.of(item));
    }

    /**
     * {@code [non-null ]type[, field: 'name'][, metadata: {...}]}. The field name is written without
     * escaping, so a name can contain quotes, commas or parentheses: the closing quote is the first one
     * after which the rest of the whole text still parses.
     */
    private ArrowField listField() {
        boolean nullable = nullability();
        ArrowType type = type();
        String name = "item";
        int save = pos;
        skipSpaces();
        if (tryConsume(',')) {
            skipSpaces();
            if (lookingAt("field:")) {
                pos += "field:".length();
                skipSpaces();
                expect('\'');
                int nameStart = pos;
                int close = closingQuote(nameStart);
                name = text.substring(nameStart, close);
                pos = close + 1;
                save = pos;
                skipSpaces();
                if (tryConsume(',')) {
                    metadata();
                } else {
                    pos = save;
                }
            } else if (lookingAt("metadata:")) {
                pos = save;
                skipSpaces();
                expect(',');
                metadata();
            } else {
                pos = save;
            }
        } else {
            pos = save;
        }
        return new ArrowField(name, nullable, type);
    }

    /**
     * The offset of the quote that closes a list field name starting at {@code nameStart}: the first
     * quote followed by {@code )} or {@code , metadata:} after which the whole text still parses.
     */
    private int closingQuote(int nameStart) {
        Integer chosen = forced.get(nameStart);
        if (chosen != null) {
            return chosen;
        }
        int fallback = -1;
        for (int q = text.indexOf('\'', nameStart); q >= 0; q = text.indexOf('\'', q + 1)) {
            int after = skipSpacesFrom(q + 1);
            boolean closes = after < text.length() && text.charAt(after) == ')';
            boolean meta = text.startsWith(",", after) && text.startsWith("metadata:", skipSpacesFrom(after + 1));
            if (!closes && !meta) {
                continue;
            }
            if (fallback < 0) {
                fallback = q;
            }
            if (text.indexOf('\'', q + 1) < 0 || probes[0] <= 0 || wholeTextParsesWith(nameStart, q)) {
                return q;
            }
        }
        if (fallback >= 0) {
            return fallback;
        }
        throw error("unterminated field name");
    }

    private boolean wholeTextParsesWith(int nameStart, int quote) {
        probes[0]--;
        ArrowTypeParser probe = new ArrowTypeParser(text);
        probe.probes = probes;
        probe.forced.putAll(forced);
        probe.forced.put(nameStart, quote);
        try {
            probe.type();
            probe.skipSpaces();
            return probe.pos == text.length();
        } catch (ParseException e) {
            return false;
        }
    }

    /** List field name start offset to the closing quote offset, fixed while probing. */
    private final Map<Integer, Integer> forced = new HashMap<>();

    /**
     * Whole-text probes left for this parse (shared with its probes). Quotes in list field names are
     * rare; the budget keeps a hostile name with many quotes from making parsing exponential: once
     * spent, the first quote that closes locally is taken.
     */
    private int[] probes = {256};

    private boolean nullability() {
        skipSpaces();
        if (lookingAt("non-null ")) {
            pos += "non-null ".length();
            return false;
        }
        if (lookingAt("nullable ")) {
            pos += "nullable ".length();
        }
        return true;
    }

    /** {@code "name": [non-null ]type[, metadata: {...}]} */
    private ArrowField field() {
        skipSpaces();
        String name = debugString();
        expect(':');
        boolean nullable = nullability();
        ArrowType type = type();
        int save = pos;
        skipSpaces();
        if (tryConsume(',')) {
            skipSpaces();
            if (lookingAt("metadata:")) {
                metadata();
            } else {
                pos = save;
            }
        } else {
            pos = save;
        }
        return new ArrowField(name, nullable, type);
    }

    /** {@code metadata: {"k": "v", ...}} (the leading comma is already consumed); the content is dropped. */
    private void metadata() {
        skipSpaces();
        if (!lookingAt("metadata:")) {
            throw error("expected metadata");
        }
        pos += "metadata:".length();
        expect('{');
        skipSpaces();
        if (tryConsume('}')) {
            return;
        }
        do {
            skipSpaces();
            debugString();
            expect(':');
            skipSpaces();
            debugString();
            skipSpaces();
        } while (tryConsume(','));
        expect('}');
    }

    private ArrowType struct(int start) {
        expect('(');
        List<ArrowField> fields = new ArrayList<>();
        skipSpaces();
        if (!tryConsume(')')) {
            do {
                fields.add(field());
                skipSpaces();
            } while (tryConsume(','));
            expect(')');
        }
        return make(TypeId.STRUCT, start, 0, 0, null, -1, null, -1, fields);
    }

    private ArrowType union(int start) {
        expect('(');
        List<ArrowField> fields = new ArrayList<>();
        skipSpaces();
        if (tryConsume(')')) {
            return make(TypeId.UNION, start, 0, 0, null, -1, null, -1, fields);
        }
        boolean first = true;
        int wordStart = pos;
        String mode = word();
        if (mode.equals("Sparse") || mode.equals("Dense")) {
            first = false;
        } else {
            pos = wordStart; // logical Union without a mode
        }
        while (true) {
            skipSpaces();
            if (tryConsume(')')) {
                break;
            }
            if (!first) {
                expect(',');
            }
            first = false;
            integer();
            expect(':');
            expect('(');
            fields.add(field());
            expect(')');
        }
        return make(TypeId.UNION, start, 0, 0, null, -1, null, -1, fields);
    }

    private ArrowType dictionary(int start) {
        expect('(');
        ArrowType key = type();
        expect(',');
        ArrowType value = type();
        expect(')');
        return make(TypeId.DICTIONARY, start, 0, 0, null, -1, null, -1,
                List.of(new ArrowField("key", false, key), new ArrowField("value", true, value)));
    }

    private ArrowType map(int start) {
        expect('(');
        skipSpaces();
        ArrowField entries;
        int sorted = 0;
        if (peek() == '"') {
            entries = field();
            expect(',');
            skipSpaces();
            int wordStart = pos;
            String w = word();
            if (w.equals("sorted")) {
                sorted = 1;
            } else if (!w.equals("unsorted")) {
                pos = wordStart;
                throw error("expected sorted or unsorted");
            }
        } else {
            // logical Map([non-null ]Struct(...)) of information_schema.routines / parameters
            boolean nullable = nullability();
            entries = new ArrowField("entries", nullable, type());
        }
        expect(')');
        return make(TypeId.MAP, start, 0, 0, null, -1, null, sorted, List.of(entries));
    }

    private ArrowType runEndEncoded(int start) {
        expect('(');
        ArrowField runEnds = field();
        expect(',');
        ArrowField values = field();
        expect(')');
        return make(TypeId.RUN_END_ENCODED, start, 0, 0, null, -1, null, -1, List.of(runEnds, values));
    }

    private ArrowType make(TypeId id, int start, int precision, int scale, TimeUnit unit, int intervalUnit,
                           String tz, int size, List<ArrowField> children) {
        return new ArrowType(id, text.substring(start, pos), precision, scale, unit, intervalUnit, tz, size, children);
    }

    // ---------------------------------------------------------------- lexing

    /** A Rust {@code {:?}} string: double quotes; backslash escapes for quote, backslash, n, r, t, 0, single quote and u{hex}. */
    private String debugString() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case '0': sb.append('\0'); break;
                case '\\': sb.append('\\'); break;
                case '"': sb.append('"'); break;
                case '\'': sb.append('\''); break;
                case 'u': {
                    expectNoSpace('{');
                    int close = text.indexOf('}', pos);
                    if (close < 0) {
                        throw error("unterminated unicode escape");
                    }
                    try {
                        sb.appendCodePoint(Integer.parseInt(text.substring(pos, close), 16));
                    } catch (IllegalArgumentException ex) {
                        throw error("bad unicode escape");
                    }
                    pos = close + 1;
                    break;
                }
                default:
                    throw error("unknown escape \\" + e);
            }
        }
    }

    /** Letters, digits, '_', '-' and the micro sign; stops at separators. */
    private String word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private long integer() {
        skipSpaces();
        int start = pos;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected an integer");
        }
    }

    private void skipSpaces() {
        pos = skipSpacesFrom(pos);
    }

    private int skipSpacesFrom(int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean lookingAt(String s) {
        return text.startsWith(s, pos);
    }

    private boolean tryConsume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaces();
        expectNoSpace(c);
    }

    private void expectNoSpace(char c) {
        if (!tryConsume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private ParseException error(String message) {
        return new ParseException(text, pos, message);
    }
}
