package io.dfschema.metadata.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.TypeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

class TypeSpecTest {
    /** A session pinned like the strict profile: view types off, UTC. */
    private static final SqlTypeSettings PINNED = new SqlTypeSettings(false, "UTC");
    private static final SqlTypeSettings DEFAULTS = SqlTypeSettings.DATAFUSION_DEFAULTS;

    /** text | canonical | DDL ("-" when none) | Arrow type under DataFusion's defaults | Arrow type when pinned */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "BIGINT | BIGINT | BIGINT | Int64 | Int64",
            "bigint | BIGINT | BIGINT | Int64 | Int64",
            "INT | INT | INT | Int32 | Int32",
            "integer | INT | INT | Int32 | Int32",
            "SMALLINT | SMALLINT | SMALLINT | Int16 | Int16",
            "TINYINT | TINYINT | TINYINT | Int8 | Int8",
            "BIGINT UNSIGNED | BIGINT UNSIGNED | BIGINT UNSIGNED | UInt64 | UInt64",
            "int  unsigned | INT UNSIGNED | INT UNSIGNED | UInt32 | UInt32",
            "INTEGER UNSIGNED | INT UNSIGNED | INT UNSIGNED | UInt32 | UInt32",
            "SMALLINT UNSIGNED | SMALLINT UNSIGNED | SMALLINT UNSIGNED | UInt16 | UInt16",
            "TINYINT UNSIGNED | TINYINT UNSIGNED | TINYINT UNSIGNED | UInt8 | UInt8",
            "BOOLEAN | BOOLEAN | BOOLEAN | Boolean | Boolean",
            "bool | BOOLEAN | BOOLEAN | Boolean | Boolean",
            "Boolean | BOOLEAN | BOOLEAN | Boolean | Boolean",
            "REAL | REAL | REAL | Float32 | Float32",
            "FLOAT | REAL | REAL | Float32 | Float32",
            "DOUBLE | DOUBLE | DOUBLE | Float64 | Float64",
            "double precision | DOUBLE | DOUBLE | Float64 | Float64",
            "DECIMAL(10,2) | DECIMAL(10,2) | DECIMAL(10,2) | `Decimal128(10, 2)` | `Decimal128(10, 2)`",
            "`numeric( 5 )` | DECIMAL(5,0) | DECIMAL(5,0) | `Decimal128(5, 0)` | `Decimal128(5, 0)`",
            "DECIMAL | DECIMAL(38,10) | DECIMAL(38,10) | `Decimal128(38, 10)` | `Decimal128(38, 10)`",
            "`DECIMAL(50, 3)` | DECIMAL(50,3) | DECIMAL(50,3) | `Decimal256(50, 3)` | `Decimal256(50, 3)`",
            "`Decimal(10, 2)` | DECIMAL(10,2) | DECIMAL(10,2) | `Decimal128(10, 2)` | `Decimal128(10, 2)`",
            "VARCHAR | VARCHAR | VARCHAR | Utf8View | Utf8",
            "VARCHAR(20) | VARCHAR | VARCHAR | Utf8View | Utf8",
            "TEXT | VARCHAR | VARCHAR | Utf8View | Utf8",
            "STRING | VARCHAR | VARCHAR | Utf8View | Utf8",
            "CHAR | VARCHAR | VARCHAR | Utf8View | Utf8",
            "BYTEA | BYTEA | BYTEA | Binary | Binary",
            "DATE | DATE | DATE | Date32 | Date32",
            "TIME | TIME | TIME | Time64(ns) | Time64(ns)",
            "TIME WITHOUT TIME ZONE | TIME | TIME | Time64(ns) | Time64(ns)",
            "TIMESTAMP | TIMESTAMP | TIMESTAMP | Timestamp(ns) | Timestamp(ns)",
            "TIMESTAMP(9) | TIMESTAMP | TIMESTAMP | Timestamp(ns) | Timestamp(ns)",
            "timestamp(3) | TIMESTAMP(3) | TIMESTAMP(3) | Timestamp(ms) | Timestamp(ms)",
            "TIMESTAMP(0) WITHOUT TIME ZONE | TIMESTAMP(0) | TIMESTAMP(0) | Timestamp(s) | Timestamp(s)",
            "TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | Timestamp(ns)"
                    + " | `Timestamp(ns, \"UTC\")`",
            "TIMESTAMPTZ(6) | TIMESTAMP(6) WITH TIME ZONE | TIMESTAMP(6) WITH TIME ZONE | Timestamp(µs)"
                    + " | `Timestamp(µs, \"UTC\")`",
            "INTERVAL | INTERVAL | INTERVAL | Interval(MonthDayNano) | Interval(MonthDayNano)",
            "BIGINT[] | BIGINT[] | BIGINT[] | List(Int64) | List(Int64)",
            "ARRAY<text> | VARCHAR[] | VARCHAR[] | List(Utf8View) | List(Utf8)",
            "INT[3] | INT[3] | INT[3] | FixedSizeList(3 x Int32) | FixedSizeList(3 x Int32)",
            "INT [] [] | INT[][] | INT[][] | List(List(Int32)) | List(List(Int32))",
            "`STRUCT(bstart BIGINT, bend BIGINT)` | `STRUCT(bstart BIGINT, bend BIGINT)` | `STRUCT<bstart BIGINT, bend BIGINT>`"
                    + " | `Struct(\"bstart\": Int64, \"bend\": Int64)` | `Struct(\"bstart\": Int64, \"bend\": Int64)`",
            "`struct<Upper INT, \"Mixed Case\" text>` | `STRUCT(upper INT, \"Mixed Case\" VARCHAR)`"
                    + " | `STRUCT<upper INT, \"Mixed Case\" VARCHAR>` | `Struct(\"upper\": Int32, \"Mixed Case\": Utf8View)`"
                    + " | `Struct(\"upper\": Int32, \"Mixed Case\": Utf8)`",
            "`STRUCT(a STRUCT(b INT[]))` | `STRUCT(a STRUCT(b INT[]))` | `STRUCT<a STRUCT<b INT[]>>`"
                    + " | `Struct(\"a\": Struct(\"b\": List(Int32)))` | `Struct(\"a\": Struct(\"b\": List(Int32)))`",
            "`MAP(VARCHAR, VARCHAR)` | `MAP(VARCHAR, VARCHAR)` | - "
                    + " | `Map(\"entries\": non-null Struct(\"key\": non-null Utf8View, \"value\": Utf8View), unsorted)`"
                    + " | `Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Utf8), unsorted)`",
            "`map<int, bigint[]>` | `MAP(INT, BIGINT[])` | - "
                    + " | `Map(\"entries\": non-null Struct(\"key\": non-null Int32, \"value\": List(Int64)), unsorted)`"
                    + " | `Map(\"entries\": non-null Struct(\"key\": non-null Int32, \"value\": List(Int64)), unsorted)`",
    })
    void sqlTypes(String text, String canonical, String ddl, String arrowDefaults, String arrowPinned) {
        TypeSpec t = TypeSpec.parse(text);
        assertEquals(TypeSpec.Syntax.SQL, t.syntax());
        assertEquals(text.strip(), t.text());
        assertEquals(canonical, t.canonical());
        assertEquals(ddl.equals("-") ? Optional.empty() : Optional.of(ddl), t.sqlDdl());
        assertEquals(arrowDefaults, t.toArrow(DEFAULTS).name());
        assertEquals(arrowPinned, t.toArrow(PINNED).name());
        // the canonical text reads back as the same type
        assertEquals(t.sqlType(), TypeSpec.parse(canonical).sqlType());
        // and the Arrow type it becomes has the same DDL again, under the same session
        assertEquals(t.sqlDdl(), TypeSpec.of(t.toArrow(PINNED)).sqlDdl(PINNED));
    }

    /** text | canonical (Arrow 59 display) | session-independent DDL | DDL when pinned */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Int64 | Int64 | BIGINT | BIGINT",
            "UInt16 | UInt16 | SMALLINT UNSIGNED | SMALLINT UNSIGNED",
            "Utf8 | Utf8 | - | VARCHAR",
            "Utf8View | Utf8View | - | -",
            "LargeUtf8 | LargeUtf8 | - | -",
            "Float16 | Float16 | - | -",
            "Binary | Binary | BYTEA | BYTEA",
            "BinaryView | BinaryView | - | -",
            "Date32 | Date32 | DATE | DATE",
            "Date64 | Date64 | - | -",
            "Time64(ns) | Time64(ns) | TIME | TIME",
            "Time32(ms) | Time32(ms) | - | -",
            "Timestamp(ms) | Timestamp(ms) | TIMESTAMP(3) | TIMESTAMP(3)",
            "`Timestamp(ns, \"UTC\")` | `Timestamp(ns, \"UTC\")` | - | TIMESTAMP WITH TIME ZONE",
            "`Timestamp(Nanosecond, Some(\"UTC\"))` | `Timestamp(ns, \"UTC\")` | - | TIMESTAMP WITH TIME ZONE",
            "`Timestamp(us, \"Europe/Paris\")` | `Timestamp(µs, \"Europe/Paris\")` | - | -",
            "`Timestamp(Microsecond, None)` | Timestamp(µs) | TIMESTAMP(6) | TIMESTAMP(6)",
            "Duration(s) | Duration(s) | - | -",
            "Interval(MonthDayNano) | Interval(MonthDayNano) | INTERVAL | INTERVAL",
            "Interval(DayTime) | Interval(DayTime) | - | -",
            "`Decimal128(10,2)` | `Decimal128(10, 2)` | DECIMAL(10,2) | DECIMAL(10,2)",
            "`Decimal256(10, 2)` | `Decimal256(10, 2)` | - | -",
            "`Decimal256(60, 2)` | `Decimal256(60, 2)` | DECIMAL(60,2) | DECIMAL(60,2)",
            "FixedSizeBinary(16) | FixedSizeBinary(16) | - | -",
            "List(Int64) | List(Int64) | BIGINT[] | BIGINT[]",
            "List(Utf8) | List(Utf8) | - | VARCHAR[]",
            "`List(non-null Int64)` | `List(non-null Int64)` | - | -",
            "`List(Int64, field: 'element')` | `List(Int64, field: 'element')` | - | -",
            "LargeList(Int64) | LargeList(Int64) | - | -",
            "`FixedSizeList(3 x Int32)` | `FixedSizeList(3 x Int32)` | INT[3] | INT[3]",
            "`FixedSizeList(3, Int32)` | `FixedSizeList(3 x Int32)` | INT[3] | INT[3]",
            "`Struct(\"a\": Int64, \"b c\": Utf8)` | `Struct(\"a\": Int64, \"b c\": Utf8)` | - | `STRUCT<a BIGINT, \"b c\" VARCHAR>`",
            "`Struct(\"a\": non-null Int64)` | `Struct(\"a\": non-null Int64)` | - | -",
            "`Dictionary(Int32, Utf8)` | `Dictionary(Int32, Utf8)` | - | -",
            "`Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Int64), unsorted)`"
                    + " | `Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Int64), unsorted)` | - | -",
            "`RunEndEncoded(\"run_ends\": non-null Int32, \"values\": Utf8)`"
                    + " | `RunEndEncoded(\"run_ends\": non-null Int32, \"values\": Utf8)` | - | -",
            "Null | Null | - | -",
    })
    void arrowTypes(String text, String canonical, String ddl, String pinnedDdl) {
        TypeSpec t = TypeSpec.parse(text);
        assertEquals(TypeSpec.Syntax.ARROW, t.syntax());
        assertEquals(canonical, t.canonical());
        assertEquals(ddl.equals("-") ? Optional.empty() : Optional.of(ddl), t.sqlDdl());
        assertEquals(pinnedDdl.equals("-") ? Optional.empty() : Optional.of(pinnedDdl), t.sqlDdl(PINNED));
        // an Arrow pin is what it says, whatever the session
        assertEquals(t.arrowType().orElseThrow(), t.toArrow(DEFAULTS));
        assertEquals(canonical, TypeSpec.parse(canonical).canonical());
    }

    @Test
    void wordsBothNotationsShareAreSqlWhenSqlReadsThemAndArrowOtherwise() {
        assertEquals(TypeSpec.Syntax.SQL, TypeSpec.parse("Timestamp").syntax());
        assertEquals(TypeSpec.Syntax.ARROW, TypeSpec.parse("Timestamp(ns)").syntax());
        assertEquals(TypeSpec.Syntax.ARROW, TypeSpec.parse("Struct(\"a\": Int64)").syntax());
        assertEquals(TypeSpec.Syntax.SQL, TypeSpec.parse("Struct(a BIGINT)").syntax());
        assertEquals(TypeSpec.Syntax.ARROW, TypeSpec.parse("Interval(YearMonth)").syntax());
        assertEquals(TypeSpec.Syntax.SQL, TypeSpec.parse("Date").syntax());
        assertEquals(TypeId.DICTIONARY, TypeSpec.parse("Dictionary(UInt16, Utf8)").arrowType().orElseThrow().id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "BIGINTT | cannot parse type 'BIGINTT': unknown type 'BIGINTT'; did you mean 'BIGINT'?",
            "utf8view | cannot parse type 'utf8view': unknown type 'utf8view'; Arrow type names are case-sensitive:"
                    + " did you mean 'Utf8View'?",
            "`VARCHAR[] x` | cannot parse type 'VARCHAR[] x': unexpected 'x' after the type (at offset 10)",
            "STRUCT() | cannot parse type 'STRUCT()': expected a field name (at offset 7)",
            "`STRUCT(a INT, a BIGINT)` | cannot parse type 'STRUCT(a INT, a BIGINT)': STRUCT field 'a' is declared twice"
                    + " (at offset 14)",
            "`STRUCT(A INT, a BIGINT)` | cannot parse type 'STRUCT(A INT, a BIGINT)': STRUCT field 'a' is declared twice"
                    + " (at offset 14)",
            "TIME WITH TIME ZONE | cannot parse type 'TIME WITH TIME ZONE': TIME WITH TIME ZONE is not supported by"
                    + " DataFusion (at offset 4)",
            "MAP(INT) | cannot parse type 'MAP(INT)': expected ',' (at offset 7)",
            "VARCHAR(0) | cannot parse type 'VARCHAR(0)': VARCHAR length must be positive (at offset 8)",
            "INT[0] | cannot parse type 'INT[0]': array size must be positive (at offset 4)",
            "`DECIMAL(5,6)` | cannot parse type 'DECIMAL(5,6)': DECIMAL(5,6) needs precision <= 76 and scale <= precision"
                    + " (at offset 8)",
            "TIMESTAMP(ns) | cannot parse type 'TIMESTAMP(ns)': expected a number for the TIMESTAMP precision (at offset 10)",
            "`Timestamp(ns, UTC)` | cannot parse Arrow type 'Timestamp(ns, UTC)' at offset 14: expected a time zone",
            "`List(Int64` | cannot parse Arrow type 'List(Int64' at offset 10: expected ')'",
            "`   ` | the type is empty",
    })
    void badTypesSayWhatIsWrong(String text, String message) {
        TypeSpecException e = assertThrows(TypeSpecException.class, () -> TypeSpec.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void equalityIsByTextAndCanonicalFormIsByMeaning() {
        assertEquals(TypeSpec.parse("BIGINT"), TypeSpec.parse(" BIGINT "));
        assertNotEquals(TypeSpec.parse("BIGINT"), TypeSpec.parse("bigint"));
        assertEquals(TypeSpec.parse("BIGINT").canonical(), TypeSpec.parse("bigint").canonical());
        // pinning changes meaning: VARCHAR follows the session, Utf8 does not
        assertNotEquals(TypeSpec.parse("VARCHAR").canonical(), TypeSpec.parse("Utf8").canonical());
        assertEquals("BIGINT", TypeSpec.parse("BIGINT").toString());
    }

    @Test
    void typeSpecsCanBeMadeFromParsedTypes() {
        TypeSpec sql = TypeSpec.of(SqlType.ArrayType.of(SqlType.ScalarType.decimal(12, 4)));
        assertEquals("DECIMAL(12,4)[]", sql.text());
        TypeSpec arrow = TypeSpec.of(TypeSpec.parse("Timestamp(Millisecond, None)").arrowType().orElseThrow());
        assertEquals("Timestamp(ms)", arrow.text());
        assertTrue(arrow.sqlDdl().isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Int8", "UInt64", "Float64", "Utf8View", "Timestamp(s, \"+05:30\")",
            "Timestamp(ns, \"we\\\"ird\\\\zone\")", "List(Int32)", "ListView(non-null Utf8, field: 'x')",
            "LargeListView(Int8)", "FixedSizeList(2 x non-null Float32)", "Struct()",
            "Struct(\"a\": non-null Int32, \"b\": List(Utf8))", "Map(\"entries\": non-null Struct(\"k\": non-null Utf8,"
            + " \"v\": Int32), sorted)", "Dictionary(Int8, LargeUtf8)", "Decimal32(9, 2)", "Decimal64(18, -3)",
            "Interval(YearMonth)", "Time32(s)", "Duration(µs)", "Union(Sparse, 0: (\"a\": Int32))"})
    void arrowCanonicalTextIsArrowsOwnDisplay(String display) {
        assertEquals(display, TypeSpec.parse(display).canonical());
    }
}
