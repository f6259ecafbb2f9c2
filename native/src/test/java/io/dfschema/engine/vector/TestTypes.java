package io.dfschema.engine.vector;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import java.util.List;

/** Builds engine types the way SchemaDecoder would, with Arrow's spelling of their names. */
public final class TestTypes {
    private TestTypes() {}

    public static ArrowType simple(TypeId id, String name) {
        return new ArrowType(id, name, 0, 0, null, -1, null, -1, List.of());
    }

    public static ArrowType int64() {
        return simple(TypeId.INT64, "Int64");
    }

    public static ArrowType int32() {
        return simple(TypeId.INT32, "Int32");
    }

    public static ArrowType utf8() {
        return simple(TypeId.UTF8, "Utf8");
    }

    public static ArrowType decimal(TypeId id, int precision, int scale) {
        String kind = switch (id) {
            case DECIMAL32 -> "Decimal32";
            case DECIMAL64 -> "Decimal64";
            case DECIMAL128 -> "Decimal128";
            default -> "Decimal256";
        };
        return new ArrowType(id, kind + "(" + precision + ", " + scale + ")", precision, scale, null, -1, null, -1,
                List.of());
    }

    public static ArrowType fixedBinary(int width) {
        return new ArrowType(TypeId.FIXED_SIZE_BINARY, "FixedSizeBinary(" + width + ")", 0, 0, null, -1, null, width,
                List.of());
    }

    public static ArrowType withUnit(TypeId id, TimeUnit unit) {
        String name = switch (id) {
            case TIME32 -> "Time32(" + abbreviation(unit) + ")";
            case TIME64 -> "Time64(" + abbreviation(unit) + ")";
            default -> "Duration(" + abbreviation(unit) + ")";
        };
        return new ArrowType(id, name, 0, 0, unit, -1, null, -1, List.of());
    }

    public static ArrowType timestamp(TimeUnit unit, String zone) {
        String name = "Timestamp(" + abbreviation(unit) + (zone == null ? "" : ", \"" + zone + "\"") + ")";
        return new ArrowType(TypeId.TIMESTAMP, name, 0, 0, unit, -1, zone, -1, List.of());
    }

    public static ArrowType interval(int unit) {
        String name = switch (unit) {
            case 0 -> "Interval(YearMonth)";
            case 1 -> "Interval(DayTime)";
            default -> "Interval(MonthDayNano)";
        };
        return new ArrowType(TypeId.INTERVAL, name, 0, 0, null, unit, null, -1, List.of());
    }

    public static ArrowType list(TypeId kind, ArrowField item) {
        return new ArrowType(kind, "List(" + item.type().name() + ")", 0, 0, null, -1, null, -1, List.of(item));
    }

    public static ArrowType fixedList(int size, ArrowField item) {
        return new ArrowType(TypeId.FIXED_SIZE_LIST, "FixedSizeList(" + size + " x " + item.type().name() + ")", 0, 0,
                null, -1, null, size, List.of(item));
    }

    public static ArrowType struct(ArrowField... fields) {
        StringBuilder name = new StringBuilder("Struct(");
        for (int i = 0; i < fields.length; i++) {
            name.append(i > 0 ? ", " : "").append('"').append(fields[i].name()).append("\": ")
                    .append(fields[i].type().name());
        }
        return new ArrowType(TypeId.STRUCT, name.append(')').toString(), 0, 0, null, -1, null, -1, List.of(fields));
    }

    public static ArrowType map(ArrowField key, ArrowField value) {
        ArrowField entries = new ArrowField("entries", false, struct(key, value));
        return new ArrowType(TypeId.MAP, "Map(" + key.type().name() + ", " + value.type().name() + ")", 0, 0, null, -1,
                null, 0, List.of(entries));
    }

    public static ArrowType dictionary(ArrowType key, ArrowType value) {
        return new ArrowType(TypeId.DICTIONARY, "Dictionary(" + key.name() + ", " + value.name() + ")", 0, 0, null, -1,
                null, -1, List.of(new ArrowField("key", false, key), new ArrowField("value", true, value)));
    }

    public static ArrowType runEndEncoded(ArrowType runEnds, ArrowType values) {
        return new ArrowType(TypeId.RUN_END_ENCODED, "RunEndEncoded(" + runEnds.name() + ", " + values.name() + ")",
                0, 0, null, -1, null, -1,
                List.of(new ArrowField("run_ends", false, runEnds), new ArrowField("values", true, values)));
    }

    public static ArrowField field(String name, ArrowType type) {
        return new ArrowField(name, true, type);
    }

    private static String abbreviation(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> "s";
            case MILLISECOND -> "ms";
            case MICROSECOND -> "µs";
            case NANOSECOND -> "ns";
        };
    }
}
