package io.dfschema.metadata.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A column type written in DataFusion SQL, parsed. Synonyms are already folded ({@code INTEGER} is
 * {@link Kind#INT}, {@code TEXT} is {@link Kind#VARCHAR}, {@code ARRAY<T>} is {@code T[]}), so two
 * spellings of one type are equal and have one {@link #canonical()} text.
 */
public sealed interface SqlType permits SqlType.ScalarType, SqlType.ArrayType, SqlType.StructType, SqlType.MapType {

    /** The normalized spelling used in fingerprints, e.g. {@code DECIMAL(10,2)}, {@code STRUCT(a BIGINT)}. */
    String canonical();

    /**
     * The spelling for a {@code CREATE EXTERNAL TABLE} column list, or empty where DataFusion's SQL
     * cannot declare the type (MAP: the planner rejects it; pin such columns with an Arrow name).
     */
    Optional<String> ddl();

    /** The scalar type families, each with its canonical SQL spelling. */
    enum Kind {
        BOOLEAN("BOOLEAN"),
        TINYINT("TINYINT"), SMALLINT("SMALLINT"), INT("INT"), BIGINT("BIGINT"),
        TINYINT_UNSIGNED("TINYINT UNSIGNED"), SMALLINT_UNSIGNED("SMALLINT UNSIGNED"),
        INT_UNSIGNED("INT UNSIGNED"), BIGINT_UNSIGNED("BIGINT UNSIGNED"),
        REAL("REAL"), DOUBLE("DOUBLE"), DECIMAL("DECIMAL"),
        VARCHAR("VARCHAR"), BYTEA("BYTEA"),
        DATE("DATE"), TIME("TIME"), TIMESTAMP("TIMESTAMP"), INTERVAL("INTERVAL");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /**
     * A scalar type.
     *
     * @param precision DECIMAL precision (1..76); TIMESTAMP fractional second digits (0, 3, 6 or 9); else 0
     * @param scale     DECIMAL scale (0..precision); else 0
     * @param withTimeZone TIMESTAMP WITH TIME ZONE (the session time zone); false for other kinds
     */
    record ScalarType(Kind kind, int precision, int scale, boolean withTimeZone) implements SqlType {
        public ScalarType {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.DECIMAL) {
                if (precision < 1 || precision > 76 || scale < 0 || scale > precision) {
                    throw new IllegalArgumentException("DECIMAL(" + precision + "," + scale
                            + ") needs 1 <= precision <= 76 and 0 <= scale <= precision");
                }
            } else if (kind == Kind.TIMESTAMP) {
                if (precision != 0 && precision != 3 && precision != 6 && precision != 9) {
                    throw new IllegalArgumentException("TIMESTAMP precision must be 0, 3, 6 or 9, got " + precision);
                }
            } else if (precision != 0 || scale != 0) {
                throw new IllegalArgumentException(kind.sql() + " takes no precision or scale");
            }
            if (withTimeZone && kind != Kind.TIMESTAMP) {
                throw new IllegalArgumentException(kind.sql() + " has no time zone");
            }
        }

        /** A type without parameters; TIMESTAMP is nanoseconds without a time zone. */
        public static ScalarType of(Kind kind) {
            return new ScalarType(kind, kind == Kind.TIMESTAMP ? 9 : 0, 0, false);
        }

        public static ScalarType decimal(int precision, int scale) {
            return new ScalarType(Kind.DECIMAL, precision, scale, false);
        }

        /** TIMESTAMP with {@code digits} fractional second digits (0, 3, 6, 9). */
        public static ScalarType timestamp(int digits, boolean withTimeZone) {
            return new ScalarType(Kind.TIMESTAMP, digits, 0, withTimeZone);
        }

        @Override
        public String canonical() {
            switch (kind) {
                case DECIMAL:
                    return "DECIMAL(" + precision + "," + scale + ")";
                case TIMESTAMP:
                    // nanoseconds is what a bare TIMESTAMP means, so it is written bare
                    return "TIMESTAMP" + (precision == 9 ? "" : "(" + precision + ")")
                            + (withTimeZone ? " WITH TIME ZONE" : "");
                default:
                    return kind.sql();
            }
        }

        @Override
        public Optional<String> ddl() {
            return Optional.of(canonical());
        }
    }

    /** {@code element[]}, or the fixed-size {@code element[size]} when size &gt;= 1 (size -1: variable). */
    record ArrayType(SqlType element, int size) implements SqlType {
        public ArrayType {
            Objects.requireNonNull(element, "element");
            if (size == 0 || size < -1) {
                throw new IllegalArgumentException("array size must be positive, got " + size);
            }
        }

        public static ArrayType of(SqlType element) {
            return new ArrayType(element, -1);
        }

        @Override
        public String canonical() {
            return element.canonical() + suffix();
        }

        @Override
        public Optional<String> ddl() {
            return element.ddl().map(e -> e + suffix());
        }

        private String suffix() {
            return size < 0 ? "[]" : "[" + size + "]";
        }
    }

    /** A struct field: its name exactly as the engine stores it (unquoted SQL names are folded to lowercase). */
    record StructField(String name, SqlType type) {
        public StructField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code STRUCT(name type, ...)}; the fields are nullable, as DataFusion creates them. */
    record StructType(List<StructField> fields) implements SqlType {
        public StructType {
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("STRUCT needs at least one field");
            }
            Set<String> seen = new HashSet<>();
            for (StructField f : fields) {
                if (!seen.add(f.name())) {
                    throw new IllegalArgumentException("STRUCT field '" + f.name() + "' is declared twice");
                }
            }
        }

        @Override
        public String canonical() {
            return fields.stream().map(f -> Names.sqlIdentifier(f.name()) + " " + f.type().canonical())
                    .collect(Collectors.joining(", ", "STRUCT(", ")"));
        }

        @Override
        public Optional<String> ddl() {
            StringBuilder sb = new StringBuilder("STRUCT<");
            for (int i = 0; i < fields.size(); i++) {
                Optional<String> t = fields.get(i).type().ddl();
                if (t.isEmpty()) {
                    return Optional.empty();
                }
                sb.append(i == 0 ? "" : ", ").append(Names.sqlIdentifier(fields.get(i).name())).append(' ').append(t.get());
            }
            // DataFusion's default (generic) SQL dialect reads STRUCT<...>; STRUCT(...) is DuckDB's
            return Optional.of(sb.append('>').toString());
        }
    }

    /** {@code MAP(key, value)}: entries non-null, keys non-null, values nullable. */
    record MapType(SqlType key, SqlType value) implements SqlType {
        public MapType {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String canonical() {
            return "MAP(" + key.canonical() + ", " + value.canonical() + ")";
        }

        @Override
        public Optional<String> ddl() {
            return Optional.empty();
        }
    }
}
