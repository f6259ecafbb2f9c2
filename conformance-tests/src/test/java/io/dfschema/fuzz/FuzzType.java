package io.dfschema.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The value types the SQL generator builds expressions of: every scalar Arrow type the engine's SQL
 * reaches, plus the nested ones (struct, list, map). Each knows how to spell a literal of itself,
 * including its edge values, and how to name itself in a cast.
 */
enum FuzzType {
    BOOLEAN("BOOLEAN", "Boolean"),
    INT8("TINYINT", "Int8"),
    INT16("SMALLINT", "Int16"),
    INT32("INT", "Int32"),
    INT64("BIGINT", "Int64"),
    UINT8(null, "UInt8"),
    UINT16(null, "UInt16"),
    UINT32(null, "UInt32"),
    UINT64(null, "UInt64"),
    FLOAT32("REAL", "Float32"),
    FLOAT64("DOUBLE", "Float64"),
    DECIMAL("DECIMAL(10, 2)", "Decimal128(10, 2)"),
    WIDE_DECIMAL("DECIMAL(38, 10)", "Decimal128(38, 10)"),
    UTF8("VARCHAR", "Utf8"),
    LARGE_UTF8(null, "LargeUtf8"),
    UTF8_VIEW(null, "Utf8View"),
    BINARY("BYTEA", "Binary"),
    DATE("DATE", "Date32"),
    TIMESTAMP("TIMESTAMP", "Timestamp(Nanosecond, None)"),
    TIMESTAMP_TZ(null, "Timestamp(Microsecond, Some(\"+00:00\"))"),
    TIME("TIME", "Time64(Nanosecond)"),
    INTERVAL("INTERVAL", "Interval(MonthDayNano)"),
    STRUCT(null, null),
    LIST(null, null),
    MAP(null, null);

    /** The name in CAST(.. AS name), or null when only arrow_cast reaches the type. */
    final String sqlName;
    /** The name arrow_cast takes, or null for nested types (built by constructors instead). */
    final String arrowName;

    FuzzType(String sqlName, String arrowName) {
        this.sqlName = sqlName;
        this.arrowName = arrowName;
    }

    static final List<FuzzType> SCALARS = List.of(values()).subList(0, STRUCT.ordinal());

    boolean nested() {
        return this == STRUCT || this == LIST || this == MAP;
    }

    boolean integer() {
        return ordinal() >= INT8.ordinal() && ordinal() <= UINT64.ordinal();
    }

    boolean numeric() {
        return ordinal() >= INT8.ordinal() && ordinal() <= WIDE_DECIMAL.ordinal();
    }

    boolean text() {
        return this == UTF8 || this == LARGE_UTF8 || this == UTF8_VIEW;
    }

    boolean temporal() {
        return this == DATE || this == TIMESTAMP || this == TIMESTAMP_TZ || this == TIME;
    }

    static FuzzType any(Random r) {
        return values()[r.nextInt(values().length)];
    }

    static FuzzType numericType(Random r) {
        return values()[INT8.ordinal() + r.nextInt(WIDE_DECIMAL.ordinal() - INT8.ordinal() + 1)];
    }

    static FuzzType scalar(Random r) {
        return SCALARS.get(r.nextInt(SCALARS.size()));
    }

    private static final String[] INTEGERS = {"0", "1", "-1", "2", "3", "7", "-7", "10", "42", "100", "127", "-128", "255",
        "32767", "-32768", "65535", "2147483647", "-2147483648", "4294967295", "9223372036854775807",
        "-9223372036854775807", "18446744073709551615", "99999999999999999999999"};
    private static final String[] FLOATS = {"0.0", "-0.0", "1.5", "-2.25", "3.14159", "1e10", "1e308", "-1e308", "1e-320",
        "'NaN'", "'inf'", "'-inf'", "0.1", "123456789.123456789"};
    private static final String[] STRINGS = {"''", "'a'", "'abc'", "'ABC'", "' '", "'x''y'", "'%'", "'_'", "'\\'", "'row 1'",
        "'Ünïcödé'", "'😀'", "'日本語'", "'123'", "'-1.5'", "'2024-01-01'", "'2024-02-29 12:00:00'", "'true'",
        "'{\"a\": 1}'", "'[1, 2]'", "'a,b,c'", "'NaN'", "'1 day'", "'\t\n'", "'" + "z".repeat(300) + "'",
        "'.*'", "'(a|b)+'", "'['", "'%s'", "'NULL'"};
    private static final String[] DATES = {"DATE '2024-01-01'", "DATE '2024-02-29'", "DATE '1970-01-01'",
        "DATE '0001-01-01'", "DATE '9999-12-31'", "DATE '1900-03-01'"};
    private static final String[] TIMESTAMPS = {"TIMESTAMP '2024-01-01 00:00:00'", "TIMESTAMP '1970-01-01T00:00:00.123456789'",
        "TIMESTAMP '1677-09-21 00:12:44'", "TIMESTAMP '2262-04-11 23:47:16'", "TIMESTAMP '2000-02-29 23:59:59.999'",
        "now()"};
    private static final String[] TIMES = {"TIME '00:00:00'", "TIME '23:59:59.999999999'", "TIME '12:34:56'"};
    private static final String[] INTERVALS = {"INTERVAL '1 day'", "INTERVAL '-1 month'", "INTERVAL '0 seconds'",
        "INTERVAL '1 year 2 months 3 days 4 hours 5 minutes 6.789 seconds'", "INTERVAL '0.000001 seconds'",
        "INTERVAL '100000 years'", "INTERVAL '-2147483648 months'"};

    /** A literal of this type (never a column); nested literals recurse through {@code gen} for their parts. */
    String literal(Random r, ExpressionGenerator gen, int depth) {
        if (r.nextInt(12) == 0) {
            return r.nextBoolean() ? "NULL" : "CAST(NULL AS " + castName(r) + ")";
        }
        return switch (this) {
            case BOOLEAN -> r.nextBoolean() ? "TRUE" : "FALSE";
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 ->
                    cast(pick(r, INTEGERS), r);
            case FLOAT32, FLOAT64 -> cast(pick(r, FLOATS), r);
            case DECIMAL, WIDE_DECIMAL -> cast(pick(r, new String[] {"0", "1.25", "-99999999.99", "99999999.99",
                "'12345678901234567890.0123456789'", "0.005", "'1e5'"}), r);
            case UTF8 -> pick(r, STRINGS);
            case LARGE_UTF8, UTF8_VIEW -> "arrow_cast(" + pick(r, STRINGS) + ", '" + arrowName + "')";
            case BINARY -> pick(r, new String[] {"X''", "X'00ff'", "X'DEADBEEF'", "CAST('abc' AS BYTEA)",
                "CAST('' AS BYTEA)"});
            case DATE -> pick(r, DATES);
            case TIMESTAMP -> pick(r, TIMESTAMPS);
            case TIMESTAMP_TZ -> "arrow_cast(" + pick(r, TIMESTAMPS) + ", '" + arrowName.replace("'", "''") + "')";
            case TIME -> pick(r, TIMES);
            case INTERVAL -> pick(r, INTERVALS);
            case STRUCT -> structLiteral(r, gen, depth);
            case LIST -> listLiteral(r, gen, depth);
            case MAP -> mapLiteral(r, gen, depth);
        };
    }

    private String cast(String value, Random r) {
        return r.nextInt(4) == 0 ? value : "CAST(" + value + " AS " + castName(r) + ")";
    }

    /** How a cast names this type: its SQL name, else arrow_cast's name; nested types fall back to a scalar. */
    String castName(Random r) {
        if (sqlName != null) {
            return sqlName;
        }
        return switch (this) {
            case UINT8 -> "TINYINT UNSIGNED";
            case UINT16 -> "SMALLINT UNSIGNED";
            case UINT32 -> "INT UNSIGNED";
            case UINT64 -> "BIGINT UNSIGNED";
            case LARGE_UTF8, UTF8_VIEW -> "VARCHAR";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case STRUCT -> r.nextBoolean() ? "STRUCT<a BIGINT, b VARCHAR>" : "STRUCT<x DOUBLE>";
            case LIST -> r.nextBoolean() ? "BIGINT[]" : "VARCHAR[]";
            case MAP -> "MAP(VARCHAR, BIGINT)";
            default -> "VARCHAR";
        };
    }

    private static String structLiteral(Random r, ExpressionGenerator gen, int depth) {
        int fields = 1 + r.nextInt(3);
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "named_struct(" : "struct(");
        boolean named = sb.charAt(0) == 'n';
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (named) {
                sb.append("'").append((char) ('a' + i)).append("', ");
            }
            sb.append(gen.expression(gen.fieldType(r), depth - 1));
        }
        return sb.append(')').toString();
    }

    private static String listLiteral(Random r, ExpressionGenerator gen, int depth) {
        int n = r.nextInt(4);
        FuzzType element = r.nextInt(5) == 0 ? FuzzType.any(r) : gen.fieldType(r);
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "[" : "make_array(");
        boolean bracket = sb.charAt(0) == '[';
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(gen.expression(element, depth - 1));
        }
        return sb.append(bracket ? "]" : ")").toString();
    }

    private static String mapLiteral(Random r, ExpressionGenerator gen, int depth) {
        int n = r.nextInt(3);
        FuzzType value = gen.fieldType(r);
        if (r.nextBoolean()) {
            StringBuilder sb = new StringBuilder("MAP {");
            for (int i = 0; i < n; i++) {
                sb.append(i > 0 ? ", " : "").append("'k").append(r.nextInt(3)).append("': ")
                        .append(gen.expression(value, depth - 1));
            }
            return sb.append('}').toString();
        }
        StringBuilder keys = new StringBuilder("[");
        StringBuilder values = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            keys.append(i > 0 ? ", " : "").append(gen.expression(UTF8, depth - 1));
            values.append(i > 0 ? ", " : "").append(gen.expression(value, depth - 1));
        }
        return "map(" + keys + "], " + values + "])";
    }

    static String pick(Random r, String[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    /** The type an information_schema data_type names (e.g. "Int64", "Utf8", "List(Int64)"), or null if none fits. */
    static FuzzType fromEngineName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("list") || n.startsWith("largelist") || n.startsWith("fixedsizelist")) {
            return LIST;
        }
        if (n.startsWith("struct")) {
            return STRUCT;
        }
        if (n.startsWith("map")) {
            return MAP;
        }
        if (n.startsWith("timestamp")) {
            return n.contains("some") ? TIMESTAMP_TZ : TIMESTAMP;
        }
        if (n.startsWith("decimal")) {
            return DECIMAL;
        }
        if (n.startsWith("interval")) {
            return INTERVAL;
        }
        if (n.startsWith("time")) {
            return TIME;
        }
        for (FuzzType t : SCALARS) {
            if (t.arrowName != null && t.arrowName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return switch (n) {
            case "date64" -> DATE;
            case "largebinary", "binaryview" -> BINARY;
            case "float16" -> FLOAT32;
            default -> null;
        };
    }
}
