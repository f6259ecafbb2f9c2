package io.dfschema.metadata.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keyword and function lists for {@link DfSchemaDatabaseMetaData}: getSQLKeywords and the
 * numeric, string, time/date and system function lists.
 *
 * <p>The function lists are DataFusion 55's own function names (datafusion-functions 55.2:
 * math, string, unicode, regex, encoding, crypto, datetime and core modules, with their aliases),
 * checked against the source; at run time they are further narrowed to the names the engine's
 * information_schema.routines actually lists, so a build without a feature does not advertise its
 * functions. The driver does not rewrite JDBC {@code {fn ...}} escapes, so these are the names
 * that work in SQL as written.
 */
final class SqlVocabulary {

    private SqlVocabulary() {
    }

    /**
     * Words DataFusion's SQL treats as keywords that are neither SQL:2003 reserved nor
     * non-reserved words (getSQLKeywords must leave SQL:2003 keywords out).
     */
    static final List<String> KEYWORDS = List.of(
            "ANALYZE", "ANTI", "ARROW", "AVRO", "BYTEA", "COLUMNS", "COPY", "CSV", "DATABASE", "EXPLAIN",
            "FLOAT4", "FLOAT8", "FORMAT", "FUNCTIONS", "IF", "ILIKE", "INT2", "INT4", "INT8", "JSON", "LIMIT",
            "LOCATION", "OFFSET", "OVERWRITE", "PARQUET", "PARTITIONED", "QUALIFY", "RESET", "SEMI", "SHOW",
            "STORED", "STRING", "STRUCT", "TABLES", "TEXT", "TINYINT", "UNSIGNED", "VERBOSE");

    /** SQL:2003 reserved words (ISO/IEC 9075-2:2003, 5.2), which getSQLKeywords must not list. */
    static final Set<String> SQL_2003_RESERVED = Set.of(
            "ABS", "ALL", "ALLOCATE", "ALTER", "AND", "ANY", "ARE", "ARRAY", "AS", "ASENSITIVE", "ASYMMETRIC",
            "AT", "ATOMIC", "AUTHORIZATION", "AVG", "BEGIN", "BETWEEN", "BIGINT", "BINARY", "BLOB", "BOOLEAN",
            "BOTH", "BY", "CALL", "CALLED", "CARDINALITY", "CASCADED", "CASE", "CAST", "CEIL", "CEILING", "CHAR",
            "CHAR_LENGTH", "CHARACTER", "CHARACTER_LENGTH", "CHECK", "CLOB", "CLOSE", "COALESCE", "COLLATE",
            "COLLECT", "COLUMN", "COMMIT", "CONDITION", "CONNECT", "CONSTRAINT", "CONVERT", "CORR",
            "CORRESPONDING", "COUNT", "COVAR_POP", "COVAR_SAMP", "CREATE", "CROSS", "CUBE", "CUME_DIST",
            "CURRENT", "CURRENT_DATE", "CURRENT_DEFAULT_TRANSFORM_GROUP", "CURRENT_PATH", "CURRENT_ROLE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_TRANSFORM_GROUP_FOR_TYPE", "CURRENT_USER", "CURSOR",
            "CYCLE", "DATE", "DAY", "DEALLOCATE", "DEC", "DECIMAL", "DECLARE", "DEFAULT", "DELETE", "DENSE_RANK",
            "DEREF", "DESCRIBE", "DETERMINISTIC", "DISCONNECT", "DISTINCT", "DOUBLE", "DROP", "DYNAMIC", "EACH",
            "ELEMENT", "ELSE", "END", "END-EXEC", "ESCAPE", "EVERY", "EXCEPT", "EXEC", "EXECUTE", "EXISTS", "EXP",
            "EXTERNAL", "EXTRACT", "FALSE", "FETCH", "FILTER", "FLOAT", "FLOOR", "FOR", "FOREIGN", "FREE", "FROM",
            "FULL", "FUNCTION", "FUSION", "GET", "GLOBAL", "GRANT", "GROUP", "GROUPING", "HAVING", "HOLD", "HOUR",
            "IDENTITY", "IN", "INDICATOR", "INNER", "INOUT", "INSENSITIVE", "INSERT", "INT", "INTEGER",
            "INTERSECT", "INTERSECTION", "INTERVAL", "INTO", "IS", "JOIN", "LANGUAGE", "LARGE", "LATERAL",
            "LEADING", "LEFT", "LIKE", "LN", "LOCAL", "LOCALTIME", "LOCALTIMESTAMP", "LOWER", "MATCH", "MAX",
            "MEMBER", "MERGE", "METHOD", "MIN", "MINUTE", "MOD", "MODIFIES", "MODULE", "MONTH", "MULTISET",
            "NATIONAL", "NATURAL", "NCHAR", "NCLOB", "NEW", "NO", "NONE", "NORMALIZE", "NOT", "NULL", "NULLIF",
            "NUMERIC", "OCTET_LENGTH", "OF", "OLD", "ON", "ONLY", "OPEN", "OR", "ORDER", "OUT", "OUTER", "OVER",
            "OVERLAPS", "OVERLAY", "PARAMETER", "PARTITION", "PERCENT_RANK", "PERCENTILE_CONT",
            "PERCENTILE_DISC", "POSITION", "POWER", "PRECISION", "PREPARE", "PRIMARY", "PROCEDURE", "RANGE",
            "RANK", "READS", "REAL", "RECURSIVE", "REF", "REFERENCES", "REFERENCING", "REGR_AVGX", "REGR_AVGY",
            "REGR_COUNT", "REGR_INTERCEPT", "REGR_R2", "REGR_SLOPE", "REGR_SXX", "REGR_SXY", "REGR_SYY",
            "RELEASE", "RESULT", "RETURN", "RETURNS", "REVOKE", "RIGHT", "ROLLBACK", "ROLLUP", "ROW",
            "ROW_NUMBER", "ROWS", "SAVEPOINT", "SCOPE", "SCROLL", "SEARCH", "SECOND", "SELECT", "SENSITIVE",
            "SESSION_USER", "SET", "SIMILAR", "SMALLINT", "SOME", "SPECIFIC", "SPECIFICTYPE", "SQL",
            "SQLEXCEPTION", "SQLSTATE", "SQLWARNING", "SQRT", "START", "STATIC", "STDDEV_POP", "STDDEV_SAMP",
            "SUBMULTISET", "SUBSTRING", "SUM", "SYMMETRIC", "SYSTEM", "SYSTEM_USER", "TABLE", "TABLESAMPLE",
            "THEN", "TIME", "TIMESTAMP", "TIMEZONE_HOUR", "TIMEZONE_MINUTE", "TO", "TRAILING", "TRANSLATE",
            "TRANSLATION", "TREAT", "TRIGGER", "TRIM", "TRUE", "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "UNNEST",
            "UPDATE", "UPPER", "USER", "USING", "VALUE", "VALUES", "VAR_POP", "VAR_SAMP", "VARCHAR", "VARYING",
            "WHEN", "WHENEVER", "WHERE", "WIDTH_BUCKET", "WINDOW", "WITH", "WITHIN", "WITHOUT", "YEAR");

    static final List<String> NUMERIC_FUNCTIONS = List.of(
            "abs", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "cos", "cosh", "cot",
            "degrees", "exp", "factorial", "floor", "gcd", "isnan", "iszero", "lcm", "ln", "log", "log10", "log2",
            "nanvl", "pi", "pow", "power", "radians", "rand", "random", "round", "signum", "sin", "sinh", "sqrt",
            "tan", "tanh", "to_degrees", "to_radians", "trunc");

    static final List<String> STRING_FUNCTIONS = List.of(
            "ascii", "bit_length", "btrim", "char_length", "character_length", "chr", "concat", "concat_ws",
            "contains", "decode", "digest", "encode", "ends_with", "find_in_set", "initcap", "instr", "left",
            "length", "levenshtein", "lower", "lpad", "ltrim", "md5", "octet_length", "overlay", "position",
            "regexp_count", "regexp_instr", "regexp_like", "regexp_match", "regexp_replace", "repeat", "replace",
            "reverse", "right", "rpad", "rtrim", "sha224", "sha256", "sha384", "sha512", "split_part",
            "starts_with", "strpos", "substr", "substr_index", "substring", "substring_index", "to_hex",
            "translate", "trim", "upper", "uuid");

    static final List<String> TIME_DATE_FUNCTIONS = List.of(
            "current_date", "current_time", "current_timestamp", "date_bin", "date_format", "date_part",
            "date_trunc", "datepart", "datetrunc", "from_unixtime", "make_date", "make_time", "now", "to_char",
            "to_date", "to_local_time", "to_time", "to_timestamp", "to_timestamp_micros", "to_timestamp_millis",
            "to_timestamp_nanos", "to_timestamp_seconds", "to_unixtime", "today");

    static final List<String> SYSTEM_FUNCTIONS = List.of(
            "arrow_cast", "arrow_field", "arrow_metadata", "arrow_try_cast", "arrow_typeof", "coalesce",
            "get_field", "greatest", "ifnull", "input_file_name", "least", "named_struct", "nullif", "nvl", "nvl2",
            "row", "struct", "union_extract", "union_tag", "version", "with_metadata");

    /** The curated names the engine has (case-insensitively), comma-separated; all of them if {@code engine} is null. */
    static String present(List<String> curated, Collection<String> engine) {
        if (engine == null || engine.isEmpty()) {
            return String.join(",", curated);
        }
        Set<String> have = engine.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return curated.stream().filter(have::contains).collect(Collectors.joining(","));
    }

    static String keywords() {
        return String.join(",", new TreeSet<>(KEYWORDS));
    }
}
