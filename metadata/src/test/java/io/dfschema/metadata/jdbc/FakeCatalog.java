package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.SchemaInfo;
import io.dfschema.metadata.jdbc.CatalogSnapshot.TableInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.ForeignKey;
import io.dfschema.metadata.jdbc.ContractMetadata.PrimaryKey;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.ContractMetadata.UniqueKey;
import io.dfschema.metadata.jdbc.RoutineSnapshot.ParameterInfo;
import io.dfschema.metadata.jdbc.RoutineSnapshot.RoutineInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small catalog shaped like DataFusion's information_schema, with hostile names, for unit tests. */
final class FakeCatalog {

    private FakeCatalog() {
    }

    static final String DF = "datafusion";

    /** Table names that must never change SQL nor confuse pattern matching. */
    static final List<String> HOSTILE = List.of("it's", "we\"ird", "back\\slash", "50%_off", "x'; DROP TABLE t; --",
            "ünïcödé", "名前", "🦀", "MixedCase", "my_table", "myXtable", "%", "_", "");

    static CatalogSnapshot snapshot() {
        List<SchemaInfo> schemas = List.of(new SchemaInfo(DF, "public", null), new SchemaInfo(DF, "sales", null),
                new SchemaInfo("other", "public", null));
        List<TableInfo> tables = new ArrayList<>();
        List<ColumnInfo> columns = new ArrayList<>();
        table(tables, columns, DF, "public", "orders", "BASE TABLE",
                "id", "Int64", false,
                "customer_id", "Int64", true,
                "amount", "Decimal128(10, 2)", true,
                "placed", "Timestamp(ns, \"UTC\")", true,
                "note", "Utf8View", true,
                "tags", "List(Utf8)", true,
                "flag", "Boolean", false,
                "day", "Date32", true,
                "at", "Time64(µs)", true,
                "raw", "Binary", true,
                "uuid", "FixedSizeBinary(16)", true,
                "big", "UInt64", true,
                "ratio", "Float64", true,
                "dict", "Dictionary(Int32, Utf8)", true,
                "props", "Map(\"entries\": non-null Struct(\"key\": non-null Utf8, \"value\": Int32), unsorted)", true,
                "weird_type", "SomethingNew(42)", true);
        table(tables, columns, DF, "public", "customers", "BASE TABLE",
                "id", "Int64", false, "email", "Utf8", false, "name", "LargeUtf8", true);
        table(tables, columns, DF, "public", "order_view", "VIEW", "id", "Int64", true);
        table(tables, columns, DF, "public", "tmp", "LOCAL TEMPORARY", "x", "Int32", true);
        table(tables, columns, DF, "sales", "orders", "BASE TABLE", "id", "Int32", false);
        table(tables, columns, "other", "public", "orders", "BASE TABLE", "id", "Int16", true);
        table(tables, columns, DF, "information_schema", "tables", "VIEW",
                "table_catalog", "Utf8", false, "table_name", "Utf8", false);
        for (String h : HOSTILE) {
            table(tables, columns, DF, "public", h, "BASE TABLE", h, "Int32", true, "c_" + h, "Utf8", true);
        }
        return CatalogSnapshot.of(schemas, tables, columns);
    }

    private static void table(List<TableInfo> tables, List<ColumnInfo> columns, String cat, String schema,
                              String name, String type, Object... cols) {
        tables.add(TableInfo.of(cat, schema, name, type));
        for (int i = 0; i < cols.length; i += 3) {
            columns.add(new ColumnInfo(cat, schema, name, (String) cols[i], i / 3 + 1, (String) cols[i + 1],
                    (Boolean) cols[i + 2], null, ((String) cols[i + 1]).endsWith("Utf8") ? (long) Integer.MAX_VALUE : null));
        }
    }

    static RoutineSnapshot routines() {
        List<RoutineInfo> r = new ArrayList<>();
        List<ParameterInfo> p = new ArrayList<>();
        // abs: two signatures (information_schema lists one routine row per return type)
        r.add(routine("abs", "Int64", "SCALAR", "Absolute value"));
        r.add(routine("abs", "Float64", "SCALAR", "Absolute value"));
        p.add(param("abs", 1, "IN", "numeric_expression", "Int64", 0));
        p.add(param("abs", 1, "OUT", null, "Int64", 0));
        p.add(param("abs", 1, "IN", "numeric_expression", "Float64", 1));
        p.add(param("abs", 1, "OUT", null, "Float64", 1));
        r.add(routine("now", "Timestamp(ns, \"+00:00\")", "SCALAR", "Current time"));
        p.add(param("now", 1, "OUT", null, "Timestamp(ns, \"+00:00\")", 0));
        r.add(routine("concat", "String", "SCALAR", "Concatenates"));
        p.add(param("concat", 1, "IN", null, "String", 0));
        p.add(param("concat", 2, "IN", null, "String", 0));
        p.add(param("concat", 1, "OUT", null, "String", 0));
        r.add(routine("count", "Int64", "AGGREGATE", "Counts"));
        p.add(param("count", 1, "IN", "expression", "Null", 0));
        p.add(param("count", 1, "OUT", null, "Int64", 0));
        r.add(routine("generate_series", "TABLE", "TABLE", null));
        r.add(routine("my_udf", null, null, null)); // no signature known
        r.add(routine("round", "Decimal(38, 10)", "SCALAR", "Rounds"));
        p.add(param("round", 1, "IN", "x", "Decimal(38, 10)", 0));
        p.add(param("round", 2, "IN", "digits", "Int64", 0));
        p.add(param("round", 1, "OUT", null, "Decimal(38, 10)", 0));
        return RoutineSnapshot.of(r, p);
    }

    private static RoutineInfo routine(String name, String type, String functionType, String description) {
        return new RoutineInfo(DF, "public", name, name, "FUNCTION", true, type, functionType, description, null);
    }

    private static ParameterInfo param(String fn, int ordinal, String mode, String name, String type, int rid) {
        return new ParameterInfo(DF, "public", fn, ordinal, mode, name, type, null, false, rid);
    }

    static Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put(DfSchemaDatabaseMetaData.SETTING_IDENT_NORMALIZATION, "true");
        s.put(DfSchemaDatabaseMetaData.SETTING_NULL_ORDERING, "nulls_max");
        s.put(DfSchemaDatabaseMetaData.SETTING_DIALECT, "generic");
        return s;
    }

    static final TableRef ORDERS = new TableRef(DF, "public", "orders");
    static final TableRef CUSTOMERS = new TableRef(DF, "public", "customers");

    /** Contracts: descriptions, a default, keys between orders and customers. */
    static ContractMetadata contracts() {
        ForeignKey fk = ForeignKey.of("orders_customer_fk", ORDERS, List.of("customer_id"), CUSTOMERS, List.of("id"),
                "customers_pkey");
        return new ContractMetadata() {
            @Override
            public Optional<String> tableDescription(TableRef table) {
                return table.equals(ORDERS) ? Optional.of("All orders") : Optional.empty();
            }

            @Override
            public Optional<String> columnDescription(TableRef table, String column) {
                return table.equals(ORDERS) && column.equals("amount") ? Optional.of("Total in EUR") : Optional.empty();
            }

            @Override
            public Optional<String> columnDefault(TableRef table, String column) {
                return table.equals(ORDERS) && column.equals("flag") ? Optional.of("false") : Optional.empty();
            }

            @Override
            public Optional<PrimaryKey> primaryKey(TableRef table) {
                if (table.equals(ORDERS)) {
                    return Optional.of(new PrimaryKey("orders_pkey", List.of("id")));
                }
                if (table.equals(CUSTOMERS)) {
                    return Optional.of(new PrimaryKey(null, List.of("id")));
                }
                return Optional.empty();
            }

            @Override
            public List<UniqueKey> uniqueKeys(TableRef table) {
                return table.equals(CUSTOMERS)
                        ? List.of(new UniqueKey("customers_email_key", List.of("email")), new UniqueKey(null, List.of("id")))
                        : List.of();
            }

            @Override
            public List<ForeignKey> importedKeys(TableRef table) {
                return table.equals(ORDERS) ? List.of(fk) : List.of();
            }

            @Override
            public List<ForeignKey> exportedKeys(TableRef table) {
                return table.equals(CUSTOMERS) ? List.of(fk) : List.of();
            }
        };
    }

    static DfSchemaDatabaseMetaData metaData() {
        return metaData(contracts());
    }

    static DfSchemaDatabaseMetaData metaData(ContractMetadata contracts) {
        return new DfSchemaDatabaseMetaData(null, "jdbc:dfschema:mem:", "tester",
                SnapshotSource.of(snapshot(), routines(), settings()), contracts, () -> "55.2.0");
    }
}
