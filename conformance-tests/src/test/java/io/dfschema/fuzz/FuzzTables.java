package io.dfschema.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The small tables generated SQL runs over, created in an in-memory session: {@code t_all} with one
 * column of every {@link FuzzType} (nulls included, six rows), and two narrow tables for joins,
 * {@code t_small} (four rows, duplicate and null keys) and {@code t_empty} (no rows).
 */
final class FuzzTables {
    private FuzzTables() {}

    record Column(String table, String name, FuzzType type) {}

    static final List<String> TABLES = List.of("t_all", "t_small", "t_empty");

    static final List<Column> COLUMNS = List.of(
            new Column("t_all", "id", FuzzType.INT64),
            new Column("t_all", "c_bool", FuzzType.BOOLEAN),
            new Column("t_all", "c_i8", FuzzType.INT8),
            new Column("t_all", "c_i16", FuzzType.INT16),
            new Column("t_all", "c_i32", FuzzType.INT32),
            new Column("t_all", "c_i64", FuzzType.INT64),
            new Column("t_all", "c_u8", FuzzType.UINT8),
            new Column("t_all", "c_u16", FuzzType.UINT16),
            new Column("t_all", "c_u32", FuzzType.UINT32),
            new Column("t_all", "c_u64", FuzzType.UINT64),
            new Column("t_all", "c_f32", FuzzType.FLOAT32),
            new Column("t_all", "c_f64", FuzzType.FLOAT64),
            new Column("t_all", "c_dec", FuzzType.DECIMAL),
            new Column("t_all", "c_wdec", FuzzType.WIDE_DECIMAL),
            new Column("t_all", "c_utf8", FuzzType.UTF8),
            new Column("t_all", "c_lutf8", FuzzType.LARGE_UTF8),
            new Column("t_all", "c_vutf8", FuzzType.UTF8_VIEW),
            new Column("t_all", "c_bin", FuzzType.BINARY),
            new Column("t_all", "c_date", FuzzType.DATE),
            new Column("t_all", "c_ts", FuzzType.TIMESTAMP),
            new Column("t_all", "c_tstz", FuzzType.TIMESTAMP_TZ),
            new Column("t_all", "c_time", FuzzType.TIME),
            new Column("t_all", "c_iv", FuzzType.INTERVAL),
            new Column("t_all", "c_struct", FuzzType.STRUCT),
            new Column("t_all", "c_list", FuzzType.LIST),
            new Column("t_all", "c_slist", FuzzType.LIST),
            new Column("t_all", "c_lstruct", FuzzType.LIST),
            new Column("t_all", "c_map", FuzzType.MAP),
            new Column("t_small", "k", FuzzType.INT64),
            new Column("t_small", "v", FuzzType.UTF8),
            new Column("t_small", "w", FuzzType.FLOAT64),
            new Column("t_empty", "k", FuzzType.INT64),
            new Column("t_empty", "v", FuzzType.UTF8),
            new Column("t_empty", "w", FuzzType.FLOAT64));

    static final List<String> DDL = List.of(
            "CREATE TABLE t_all AS SELECT"
                    + " i AS id,"
                    + " CASE WHEN i = 4 THEN NULL ELSE i % 2 = 0 END AS c_bool,"
                    + " arrow_cast(i - 2, 'Int8') AS c_i8,"
                    + " arrow_cast(i * 1000 - 2500, 'Int16') AS c_i16,"
                    + " CASE WHEN i = 5 THEN NULL ELSE arrow_cast(i * 100000, 'Int32') END AS c_i32,"
                    + " CASE WHEN i = 0 THEN 9223372036854775807 ELSE i * -3 END AS c_i64,"
                    + " arrow_cast(i * 50, 'UInt8') AS c_u8,"
                    + " arrow_cast(i * 13000, 'UInt16') AS c_u16,"
                    + " arrow_cast(i * 1000000, 'UInt32') AS c_u32,"
                    + " arrow_cast(i, 'UInt64') AS c_u64,"
                    + " arrow_cast(i / 3.0, 'Float32') AS c_f32,"
                    + " CASE WHEN i = 1 THEN 'NaN'::double WHEN i = 2 THEN NULL ELSE i * 1.5 END AS c_f64,"
                    + " CAST(i * 12.5 - 20 AS DECIMAL(10, 2)) AS c_dec,"
                    + " CAST(i * 1234567.0123456789 AS DECIMAL(38, 10)) AS c_wdec,"
                    + " CASE WHEN i = 3 THEN NULL WHEN i = 4 THEN '' ELSE 'row ' || i END AS c_utf8,"
                    + " arrow_cast('Lärge ' || i, 'LargeUtf8') AS c_lutf8,"
                    + " arrow_cast(CASE WHEN i = 2 THEN NULL ELSE repeat('v', i) END, 'Utf8View') AS c_vutf8,"
                    + " CAST('b' || i AS BYTEA) AS c_bin,"
                    + " CAST('2024-02-2' || (i + 4) AS DATE) AS c_date,"
                    + " CAST('2024-01-01 00:00:00' AS TIMESTAMP) + CAST(i || ' hours' AS INTERVAL) AS c_ts,"
                    + " arrow_cast(CAST('2024-06-30 23:59:59' AS TIMESTAMP), 'Timestamp(Microsecond, Some(\"+00:00\"))') AS c_tstz,"
                    + " CAST('12:00:0' || i AS TIME) AS c_time,"
                    + " CAST(i || ' days ' || i || ' hours' AS INTERVAL) AS c_iv,"
                    + " CASE WHEN i = 5 THEN NULL ELSE named_struct('a', i, 'b', 'n' || i, 'c', named_struct('d', i * 0.5)) END AS c_struct,"
                    + " CASE WHEN i = 2 THEN NULL WHEN i = 3 THEN make_array(i) ELSE make_array(i, i + 1, NULL) END AS c_list,"
                    + " make_array('x' || i, 'y') AS c_slist,"
                    + " make_array(named_struct('k', i, 'v', 'e' || i)) AS c_lstruct,"
                    + " map(['a', 'b'], [i, i * 2]) AS c_map"
                    + " FROM generate_series(0, 5) AS g(i)",
            "CREATE TABLE t_small (k BIGINT, v VARCHAR, w DOUBLE) AS VALUES"
                    + " (1, 'one', 1.0), (2, 'two', 2.5), (2, 'deux', NULL), (NULL, 'none', -1.0)",
            "CREATE TABLE t_empty (k BIGINT, v VARCHAR, w DOUBLE)");

    static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : DDL) {
                st.execute(sql);
            }
        }
    }
}
