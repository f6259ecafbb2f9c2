package io.dfschema.metadata.contract;

import io.dfschema.engine.ArrowField;
import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TimeUnit;
import io.dfschema.engine.TypeId;
import io.dfschema.metadata.contract.SqlType.ArrayType;
import io.dfschema.metadata.contract.SqlType.Kind;
import io.dfschema.metadata.contract.SqlType.MapType;
import io.dfschema.metadata.contract.SqlType.ScalarType;
import io.dfschema.metadata.contract.SqlType.StructField;
import io.dfschema.metadata.contract.SqlType.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Translation between SQL type names and Arrow types, as DataFusion 55's SQL planner does it
 * ({@code convert_data_type}): SQL to Arrow under given session settings, and back where a SQL
 * spelling produces exactly that Arrow type.
 */
final class TypeResolution {
    private TypeResolution() {
    }

    /** The Arrow type DataFusion gives {@code t} under {@code s}. MAP uses DataFusion's entries/key/value names. */
    static ArrowType toArrow(SqlType t, SqlTypeSettings s) {
        if (t instanceof ScalarType st) {
            return scalar(st, s);
        }
        if (t instanceof ArrayType at) {
            ArrowField item = new ArrowField("item", true, toArrow(at.element(), s));
            return at.size() < 0
                    ? make(TypeId.LIST, 0, 0, null, -1, null, -1, List.of(item))
                    : make(TypeId.FIXED_SIZE_LIST, 0, 0, null, -1, null, at.size(), List.of(item));
        }
        if (t instanceof StructType struct) {
            List<ArrowField> fields = new ArrayList<>();
            for (StructField f : struct.fields()) {
                fields.add(new ArrowField(f.name(), true, toArrow(f.type(), s)));
            }
            return make(TypeId.STRUCT, 0, 0, null, -1, null, -1, fields);
        }
        MapType m = (MapType) t;
        ArrowType entries = make(TypeId.STRUCT, 0, 0, null, -1, null, -1, List.of(
                new ArrowField("key", false, toArrow(m.key(), s)),
                new ArrowField("value", true, toArrow(m.value(), s))));
        return make(TypeId.MAP, 0, 0, null, -1, null, 0, List.of(new ArrowField("entries", false, entries)));
    }

    private static ArrowType scalar(ScalarType t, SqlTypeSettings s) {
        switch (t.kind()) {
            case BOOLEAN: return simple(TypeId.BOOL);
            case TINYINT: return simple(TypeId.INT8);
            case SMALLINT: return simple(TypeId.INT16);
            case INT: return simple(TypeId.INT32);
            case BIGINT: return simple(TypeId.INT64);
            case TINYINT_UNSIGNED: return simple(TypeId.UINT8);
            case SMALLINT_UNSIGNED: return simple(TypeId.UINT16);
            case INT_UNSIGNED: return simple(TypeId.UINT32);
            case BIGINT_UNSIGNED: return simple(TypeId.UINT64);
            case REAL: return simple(TypeId.FLOAT32);
            case DOUBLE: return simple(TypeId.FLOAT64);
            case DECIMAL:
                return make(t.precision() <= 38 ? TypeId.DECIMAL128 : TypeId.DECIMAL256,
                        t.precision(), t.scale(), null, -1, null, -1, List.of());
            case VARCHAR: return simple(s.utf8View() ? TypeId.UTF8_VIEW : TypeId.UTF8);
            case BYTEA: return simple(TypeId.BINARY);
            case DATE: return simple(TypeId.DATE32);
            case TIME: return make(TypeId.TIME64, 0, 0, TimeUnit.NANOSECOND, -1, null, -1, List.of());
            case TIMESTAMP:
                return make(TypeId.TIMESTAMP, 0, 0, unitOfDigits(t.precision()), -1,
                        t.withTimeZone() ? s.timeZone() : null, -1, List.of());
            case INTERVAL: return make(TypeId.INTERVAL, 0, 0, null, 2, null, -1, List.of());
            default: throw new IllegalStateException(t.kind().toString());
        }
    }

    /**
     * The SQL type DataFusion turns into exactly {@code t}, if there is one. With {@code s} null the
     * session is unknown, so the string types and zoned timestamps, whose SQL spelling depends on
     * settings, have none.
     */
    static Optional<SqlType> toSql(ArrowType t, SqlTypeSettings s) {
        switch (t.id()) {
            case BOOL: return scalar(Kind.BOOLEAN);
            case INT8: return scalar(Kind.TINYINT);
            case INT16: return scalar(Kind.SMALLINT);
            case INT32: return scalar(Kind.INT);
            case INT64: return scalar(Kind.BIGINT);
            case UINT8: return scalar(Kind.TINYINT_UNSIGNED);
            case UINT16: return scalar(Kind.SMALLINT_UNSIGNED);
            case UINT32: return scalar(Kind.INT_UNSIGNED);
            case UINT64: return scalar(Kind.BIGINT_UNSIGNED);
            case FLOAT32: return scalar(Kind.REAL);
            case FLOAT64: return scalar(Kind.DOUBLE);
            case DECIMAL128:
            case DECIMAL256: {
                boolean wide = t.id() == TypeId.DECIMAL256;
                boolean fits = t.scale() >= 0 && t.scale() <= t.precision() && t.precision() >= 1
                        && (wide ? t.precision() > 38 && t.precision() <= 76 : t.precision() <= 38);
                return fits ? Optional.of(ScalarType.decimal(t.precision(), t.scale())) : Optional.empty();
            }
            case UTF8:
                return s != null && !s.utf8View() ? scalar(Kind.VARCHAR) : Optional.empty();
            case UTF8_VIEW:
                return s != null && s.utf8View() ? scalar(Kind.VARCHAR) : Optional.empty();
            case BINARY: return scalar(Kind.BYTEA);
            case DATE32: return scalar(Kind.DATE);
            case TIME64:
                return t.unit() == TimeUnit.NANOSECOND ? scalar(Kind.TIME) : Optional.empty();
            case TIMESTAMP: {
                int digits = digitsOfUnit(t.unit());
                if (t.timeZone() == null) {
                    return Optional.of(ScalarType.timestamp(digits, false));
                }
                boolean sessionZone = s != null && t.timeZone().equals(s.timeZone());
                return sessionZone ? Optional.of(ScalarType.timestamp(digits, true)) : Optional.empty();
            }
            case INTERVAL:
                return t.intervalUnit() == 2 ? scalar(Kind.INTERVAL) : Optional.empty();
            case LIST:
            case FIXED_SIZE_LIST: {
                ArrowField item = t.item();
                if (!item.nullable() || !item.name().equals("item")) {
                    return Optional.empty();
                }
                int size = t.id() == TypeId.LIST ? -1 : t.size();
                if (size == 0) {
                    return Optional.empty();
                }
                return toSql(item.type(), s).map(e -> new ArrayType(e, size));
            }
            case STRUCT: {
                if (t.children().isEmpty()) {
                    return Optional.empty();
                }
                List<StructField> fields = new ArrayList<>();
                for (ArrowField f : t.children()) {
                    Optional<SqlType> ft = f.nullable() ? toSql(f.type(), s) : Optional.empty();
                    if (ft.isEmpty()) {
                        return Optional.empty();
                    }
                    fields.add(new StructField(f.name(), ft.get()));
                }
                return Optional.of(new StructType(fields));
            }
            case MAP: {
                ArrowField entries = t.children().get(0);
                if (t.size() == 1 || entries.nullable() || entries.type().children().size() != 2) {
                    return Optional.empty();
                }
                ArrowField key = t.mapKey();
                ArrowField value = t.mapValue();
                if (key.nullable() || !value.nullable()) {
                    return Optional.empty();
                }
                Optional<SqlType> k = toSql(key.type(), s);
                Optional<SqlType> v = toSql(value.type(), s);
                return k.isPresent() && v.isPresent() ? Optional.of(new MapType(k.get(), v.get())) : Optional.empty();
            }
            default:
                return Optional.empty();
        }
    }

    private static Optional<SqlType> scalar(Kind kind) {
        return Optional.of(ScalarType.of(kind));
    }

    private static TimeUnit unitOfDigits(int digits) {
        switch (digits) {
            case 0: return TimeUnit.SECOND;
            case 3: return TimeUnit.MILLISECOND;
            case 6: return TimeUnit.MICROSECOND;
            default: return TimeUnit.NANOSECOND;
        }
    }

    private static int digitsOfUnit(TimeUnit unit) {
        switch (Objects.requireNonNull(unit)) {
            case SECOND: return 0;
            case MILLISECOND: return 3;
            case MICROSECOND: return 6;
            default: return 9;
        }
    }

    private static ArrowType simple(TypeId id) {
        return make(id, 0, 0, null, -1, null, -1, List.of());
    }

    /** An ArrowType whose name is its Arrow display, as if parsed from {@code arrow_typeof} output. */
    private static ArrowType make(TypeId id, int precision, int scale, TimeUnit unit, int intervalUnit,
                                  String tz, int size, List<ArrowField> children) {
        ArrowType unnamed = new ArrowType(id, "", precision, scale, unit, intervalUnit, tz, size, children);
        return new ArrowType(id, ArrowTypeDisplay.render(unnamed), precision, scale, unit, intervalUnit, tz, size, children);
    }
}
