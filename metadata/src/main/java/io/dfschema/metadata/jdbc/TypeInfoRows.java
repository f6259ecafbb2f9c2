package io.dfschema.metadata.jdbc;

import io.dfschema.engine.ArrowType;
import io.dfschema.engine.TypeId;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of getTypeInfo: every type the engine supports, twice over where the spellings differ:
 * <ul>
 *   <li>the SQL names DataFusion 55's planner accepts in DDL and CAST ({@code BIGINT},
 *       {@code VARCHAR}, {@code DECIMAL}, {@code TIMESTAMP} ... as mapped in datafusion-sql
 *       {@code convert_simple_data_type}); LOCAL_TYPE_NAME is the engine type the name creates;</li>
 *   <li>the engine (Arrow) type families ({@code Int64}, {@code Utf8View}, {@code Decimal128},
 *       {@code Timestamp}, {@code List} ...) as getColumns TYPE_NAME shows them (there with their
 *       parameters), usable with {@code arrow_cast}.</li>
 * </ul>
 * DATA_TYPE comes from {@link io.dfschema.metadata.types.JdbcTypeMapping} on a representative
 * type, so it agrees with getColumns and ResultSetMetaData. Sorted by DATA_TYPE, then closeness:
 * the SQL-standard name first, then the engine type it creates, then the rest.
 * Dictionary and RunEndEncoded are encodings, not types: their columns report their value type.
 */
final class TypeInfoRows {

    private TypeInfoRows() {
    }

    private record Entry(String name, String representative, int rank, String prefix, String suffix,
                         String createParams, Integer maxPrecision, Short minScale, Short maxScale, String localName) {
    }

    private static final String Q = "'";

    private static final List<Entry> ENTRIES = List.of(
            // SQL names (rank 0 = the SQL standard name for its JDBC type, 1 = other SQL spellings)
            sql("BOOLEAN", "Boolean", 0),
            sql("TINYINT", "Int8", 0),
            sql("SMALLINT", "Int16", 0),
            sql("INTEGER", "Int32", 0),
            sql("INT", "Int32", 1),
            sql("BIGINT", "Int64", 0),
            sql("TINYINT UNSIGNED", "UInt8", 2),
            sql("SMALLINT UNSIGNED", "UInt16", 2),
            sql("INT UNSIGNED", "UInt32", 2),
            sql("BIGINT UNSIGNED", "UInt64", 2),
            sql("REAL", "Float32", 0),
            sql("DOUBLE", "Float64", 0),
            new Entry("DECIMAL", "Decimal128(38, 10)", 0, null, null, "precision,scale", 38,
                    (short) 0, (short) 38, "Decimal128"),
            new Entry("VARCHAR", "Utf8View", 0, Q, Q, null, null, null, null, "Utf8View"),
            new Entry("CHAR", "Utf8View", 1, Q, Q, null, null, null, null, "Utf8View"),
            new Entry("TEXT", "Utf8View", 1, Q, Q, null, null, null, null, "Utf8View"),
            new Entry("STRING", "Utf8View", 1, Q, Q, null, null, null, null, "Utf8View"),
            new Entry("BYTEA", "Binary", 1, "X'", Q, null, null, null, null, "Binary"),
            new Entry("DATE", "Date32", 0, "DATE '", Q, null, null, null, null, "Date32"),
            new Entry("TIME", "Time64(ns)", 0, "TIME '", Q, null, null, (short) 9, (short) 9, "Time64(ns)"),
            new Entry("TIMESTAMP", "Timestamp(ns)", 0, "TIMESTAMP '", Q, "precision", null,
                    (short) 0, (short) 9, "Timestamp(ns)"),
            new Entry("TIMESTAMP WITH TIME ZONE", "Timestamp(ns, \"+00:00\")", 0, "TIMESTAMP '", Q, "precision",
                    null, (short) 0, (short) 9, "Timestamp(ns, <session time zone>)"),
            new Entry("INTERVAL", "Interval(MonthDayNano)", 0, "INTERVAL '", Q, null, null, null, null,
                    "Interval(MonthDayNano)"),
            // engine type families (rank 3; the family the SQL name creates ranks 2)
            arrow("Null", "Null", 3, null, null, null),
            arrow("Boolean", "Boolean", 2, null, null, null),
            arrow("Int8", "Int8", 2, null, null, null),
            arrow("Int16", "Int16", 2, null, null, null),
            arrow("Int32", "Int32", 2, null, null, null),
            arrow("Int64", "Int64", 2, null, null, null),
            arrow("UInt8", "UInt8", 3, null, null, null),
            arrow("UInt16", "UInt16", 3, null, null, null),
            arrow("UInt32", "UInt32", 3, null, null, null),
            arrow("UInt64", "UInt64", 3, null, null, null),
            arrow("Float16", "Float16", 3, null, null, null),
            arrow("Float32", "Float32", 2, null, null, null),
            arrow("Float64", "Float64", 2, null, null, null),
            new Entry("Decimal32", "Decimal32(9, 2)", 3, null, null, "precision,scale", 9, (short) 0, (short) 9, null),
            new Entry("Decimal64", "Decimal64(18, 2)", 3, null, null, "precision,scale", 18, (short) 0, (short) 18, null),
            new Entry("Decimal128", "Decimal128(38, 10)", 2, null, null, "precision,scale", 38, (short) 0, (short) 38, null),
            new Entry("Decimal256", "Decimal256(76, 10)", 3, null, null, "precision,scale", 76, (short) 0, (short) 76, null),
            arrow("Utf8View", "Utf8View", 2, Q, Q, null),
            arrow("Utf8", "Utf8", 3, Q, Q, null),
            arrow("LargeUtf8", "LargeUtf8", 3, Q, Q, null),
            arrow("Binary", "Binary", 2, "X'", Q, null),
            arrow("LargeBinary", "LargeBinary", 3, "X'", Q, null),
            arrow("BinaryView", "BinaryView", 3, "X'", Q, null),
            new Entry("FixedSizeBinary", "FixedSizeBinary(16)", 3, "X'", Q, "byte_width", Integer.MAX_VALUE,
                    null, null, null),
            arrow("Date32", "Date32", 2, "DATE '", Q, null),
            arrow("Date64", "Date64", 3, "DATE '", Q, null),
            new Entry("Time32", "Time32(ms)", 3, "TIME '", Q, "unit", null, (short) 0, (short) 3, null),
            new Entry("Time64", "Time64(ns)", 2, "TIME '", Q, "unit", null, (short) 6, (short) 9, null),
            new Entry("Timestamp", "Timestamp(ns)", 2, "TIMESTAMP '", Q, "unit,timezone", null,
                    (short) 0, (short) 9, null),
            arrow("Interval", "Interval(MonthDayNano)", 2, "INTERVAL '", Q, "unit"),
            arrow("Duration", "Duration(ns)", 3, null, null, "unit"),
            arrow("List", "List(Int64)", 2, null, null, "item_type"),
            arrow("LargeList", "LargeList(Int64)", 3, null, null, "item_type"),
            arrow("FixedSizeList", "FixedSizeList(2 x Int64)", 3, null, null, "size,item_type"),
            arrow("ListView", "ListView(Int64)", 3, null, null, "item_type"),
            arrow("LargeListView", "LargeListView(Int64)", 3, null, null, "item_type"),
            arrow("Struct", "Struct(\"a\": Int64)", 2, null, null, "fields"),
            arrow("Map", "Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Int64), unsorted)", 2,
                    null, null, "key_type,value_type"),
            arrow("Union", "Union(Sparse, 0: (\"a\": Int64))", 3, null, null, "mode,fields"));

    private static Entry sql(String name, String engine, int rank) {
        return new Entry(name, engine, rank, null, null, null, null, null, null, engine);
    }

    private static Entry arrow(String name, String representative, int rank, String prefix, String suffix,
                               String createParams) {
        return new Entry(name, representative, rank, prefix, suffix, createParams, null, null, null, null);
    }

    private static volatile List<Object[]> rows;

    /** The getTypeInfo rows (shared; callers must not change them). */
    static List<Object[]> rows() {
        List<Object[]> r = rows;
        if (r == null) {
            r = build();
            rows = r;
        }
        return r;
    }

    private record Ranked(int jdbcType, int rank, int order, Object[] row) {
    }

    private static List<Object[]> build() {
        List<Ranked> ranked = new ArrayList<>();
        int order = 0;
        for (Entry e : ENTRIES) {
            ArrowType rep = ArrowTypeParser.parse(e.representative());
            TypeFacts f = TypeFacts.compute(rep);
            TypeId id = rep.valueType().id();
            boolean numeric = id.isSignedInteger() || id.isUnsignedInteger() || id.isFloat() || id.isDecimal();
            boolean exact = id.isSignedInteger() || id.isUnsignedInteger();
            Integer precision = e.maxPrecision() != null ? e.maxPrecision() : f.columnSize();
            Short minScale = e.minScale() != null ? e.minScale() : exact ? Short.valueOf((short) 0) : null;
            Short maxScale = e.maxScale() != null ? e.maxScale() : exact ? Short.valueOf((short) 0) : null;
            short searchable;
            if (id == TypeId.NULL) {
                searchable = DatabaseMetaData.typePredNone;
            } else if (id.isString()) {
                searchable = DatabaseMetaData.typeSearchable;
            } else {
                searchable = DatabaseMetaData.typePredBasic;
            }
            Object[] row = {
                    e.name(),                                   // TYPE_NAME
                    f.jdbcType(),                               // DATA_TYPE
                    precision,                                  // PRECISION
                    e.prefix(),                                 // LITERAL_PREFIX
                    e.suffix(),                                 // LITERAL_SUFFIX
                    e.createParams(),                           // CREATE_PARAMS
                    (short) DatabaseMetaData.typeNullable,      // NULLABLE
                    id.isString(),                              // CASE_SENSITIVE
                    searchable,                                 // SEARCHABLE
                    id.isUnsignedInteger(),                     // UNSIGNED_ATTRIBUTE
                    false,                                      // FIXED_PREC_SCALE (money)
                    false,                                      // AUTO_INCREMENT
                    e.localName(),                              // LOCAL_TYPE_NAME
                    minScale,                                   // MINIMUM_SCALE
                    maxScale,                                   // MAXIMUM_SCALE
                    null,                                       // SQL_DATA_TYPE (unused)
                    null,                                       // SQL_DATETIME_SUB (unused)
                    numeric ? 10 : null                         // NUM_PREC_RADIX
            };
            ranked.add(new Ranked(f.jdbcType(), e.rank(), order++, row));
        }
        ranked.sort(Comparator.comparingInt(Ranked::jdbcType).thenComparingInt(Ranked::rank)
                .thenComparingInt(Ranked::order));
        List<Object[]> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(r.row());
        }
        return List.copyOf(out);
    }
}
