package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.catalog.DiagnosticTable;

import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An immutable picture of the engine's catalogs, schemas, tables and columns, taken from
 * information_schema in one load ({@link SnapshotLoader}) and indexed so that metadata calls are
 * answered with map lookups: a table by (catalog, schema, name) or by name alone, a table's columns
 * in ordinal order.
 *
 * <p>Names are kept exactly as stored (case-sensitive). Lists are sorted in the order JDBC wants them
 * reported: catalogs by name, schemas by (catalog, schema), tables by (catalog, schema, name),
 * a table's columns by ordinal position.
 */
public final class CatalogSnapshot {

    /** information_schema, which DataFusion puts in every catalog. */
    public static final String INFORMATION_SCHEMA = "information_schema";

    /** A schema; {@code owner} is information_schema.schemata.schema_owner (usually null). */
    public record SchemaInfo(String catalog, String schema, String owner) {
        public SchemaInfo {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(schema, "schema");
        }
    }

    /**
     * A table or view.
     *
     * @param engineType information_schema.tables.table_type as the engine said it ("BASE TABLE", "VIEW", "LOCAL TEMPORARY")
     * @param type       the JDBC table type reported by getTables ({@link #jdbcTableType})
     * @param definition information_schema.views.definition (SQL of a view), null when unknown
     */
    public record TableInfo(String catalog, String schema, String name, String engineType, String type,
                            String definition) {
        public TableInfo {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /** A table as information_schema.tables lists it, the JDBC type derived from the engine's. */
        public static TableInfo of(String catalog, String schema, String name, String engineType) {
            return new TableInfo(catalog, schema, name, engineType, jdbcTableType(schema, engineType), null);
        }

        public TableRef ref() {
            return new TableRef(catalog, schema, name);
        }

        public TableInfo withDefinition(String sql) {
            return new TableInfo(catalog, schema, name, engineType, type, sql);
        }
    }

    /**
     * A column.
     *
     * @param ordinal      1-based position in the table
     * @param dataType     information_schema.columns.data_type: Arrow's display of the type
     * @param defaultValue information_schema.columns.column_default (DataFusion: always null)
     * @param charOctetLength information_schema.columns.character_octet_length, null when not given
     */
    public record ColumnInfo(String catalog, String schema, String table, String name, int ordinal,
                             String dataType, boolean nullable, String defaultValue, Long charOctetLength) {
        public ColumnInfo {
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dataType, "dataType");
        }

        public TableRef tableRef() {
            return new TableRef(catalog, schema, table);
        }
    }

    private static final Comparator<TableInfo> TABLE_ORDER = Comparator.comparing(TableInfo::catalog)
            .thenComparing(TableInfo::schema).thenComparing(TableInfo::name);

    private final List<String> catalogs;
    private final List<SchemaInfo> schemas;
    private final List<TableInfo> tables;
    private final Map<TableRef, TableInfo> tablesByRef;
    private final Map<String, List<TableInfo>> tablesByName;
    private final Map<TableRef, List<ColumnInfo>> columnsByTable;
    private final int columnCount;
    private final List<String> engineTableTypes;

    private CatalogSnapshot(List<String> catalogs, List<SchemaInfo> schemas, List<TableInfo> tables,
                            Map<TableRef, TableInfo> tablesByRef, Map<String, List<TableInfo>> tablesByName,
                            Map<TableRef, List<ColumnInfo>> columnsByTable, int columnCount,
                            List<String> engineTableTypes) {
        this.catalogs = catalogs;
        this.schemas = schemas;
        this.tables = tables;
        this.tablesByRef = tablesByRef;
        this.tablesByName = tablesByName;
        this.columnsByTable = columnsByTable;
        this.columnCount = columnCount;
        this.engineTableTypes = engineTableTypes;
    }

    /** A snapshot with nothing in it. */
    public static CatalogSnapshot empty() {
        return of(List.of(), List.of(), List.of());
    }

    /**
     * Builds and indexes a snapshot. Catalogs and schemas are the union of those named by
     * {@code schemas}, {@code tables} and {@code columns} (DataFusion's schemata leaves out
     * information_schema, which its tables list does have). Columns of a table are ordered by
     * {@link ColumnInfo#ordinal()}; columns of tables not in {@code tables} are dropped. Duplicate
     * tables keep the first.
     */
    public static CatalogSnapshot of(List<SchemaInfo> schemas, List<TableInfo> tables, List<ColumnInfo> columns) {
        Map<TableRef, List<ColumnInfo>> cols = new HashMap<>();
        for (ColumnInfo c : columns) {
            cols.computeIfAbsent(c.tableRef(), k -> new ArrayList<>()).add(c);
        }
        Comparator<ColumnInfo> byOrdinal = Comparator.comparingInt(ColumnInfo::ordinal);
        cols.replaceAll((k, v) -> {
            v.sort(byOrdinal);
            return List.copyOf(v);
        });
        return ofOrdered(schemas, tables, cols);
    }

    /**
     * As {@link #of}, with each table's columns given already in ordinal order (immutable lists, kept as
     * they are: a catalog's contract columns are shared by every connection's snapshot).
     */
    public static CatalogSnapshot ofOrdered(List<SchemaInfo> schemas, List<TableInfo> tables,
                                            Map<TableRef, List<ColumnInfo>> columnsByTable) {
        Map<TableRef, TableInfo> byRef = new HashMap<>(tables.size() * 2);
        List<TableInfo> sortedTables = new ArrayList<>(tables.size());
        for (TableInfo t : tables) {
            if (byRef.putIfAbsent(t.ref(), t) == null) {
                sortedTables.add(t);
            }
        }
        sortedTables.sort(TABLE_ORDER);

        Map<String, List<TableInfo>> byName = new HashMap<>(sortedTables.size() * 2);
        for (TableInfo t : sortedTables) {
            byName.computeIfAbsent(t.name(), k -> new ArrayList<>(1)).add(t);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));

        Map<TableRef, List<ColumnInfo>> cols = new HashMap<>(sortedTables.size() * 2);
        int count = 0;
        for (TableInfo t : sortedTables) {
            List<ColumnInfo> c = columnsByTable.get(t.ref());
            if (c != null && !c.isEmpty()) {
                cols.put(t.ref(), List.copyOf(c));
                count += c.size();
            }
        }

        TreeSet<String> catalogSet = new TreeSet<>();
        Map<List<String>, SchemaInfo> schemaMap = new HashMap<>();
        for (SchemaInfo s : schemas) {
            catalogSet.add(s.catalog());
            schemaMap.putIfAbsent(List.of(s.catalog(), s.schema()), s);
        }
        for (TableInfo t : sortedTables) {
            catalogSet.add(t.catalog());
            schemaMap.putIfAbsent(List.of(t.catalog(), t.schema()), new SchemaInfo(t.catalog(), t.schema(), null));
        }
        List<SchemaInfo> sortedSchemas = new ArrayList<>(schemaMap.values());
        sortedSchemas.sort(Comparator.comparing(SchemaInfo::catalog).thenComparing(SchemaInfo::schema));

        TreeSet<String> types = new TreeSet<>();
        for (TableInfo t : sortedTables) {
            if (t.engineType() != null) {
                types.add(t.engineType());
            }
        }
        return new CatalogSnapshot(List.copyOf(catalogSet), List.copyOf(sortedSchemas), List.copyOf(sortedTables),
                Collections.unmodifiableMap(byRef), Collections.unmodifiableMap(byName),
                Collections.unmodifiableMap(cols), count, List.copyOf(types));
    }

    /**
     * The JDBC table type for an engine table type: tables of information_schema and of the
     * dfschema diagnostics schema are "SYSTEM TABLE", "BASE TABLE" is "TABLE", "VIEW" and "LOCAL TEMPORARY" stay, any other
     * engine type is reported as the engine spells it ("TABLE" when null).
     */
    public static String jdbcTableType(String schema, String engineType) {
        if (INFORMATION_SCHEMA.equals(schema) || DiagnosticTable.SCHEMA.equals(schema)) {
            return "SYSTEM TABLE";
        }
        if (engineType == null || engineType.equals("BASE TABLE")) {
            return "TABLE";
        }
        return engineType;
    }

    /** Catalog names, sorted. */
    public List<String> catalogs() {
        return catalogs;
    }

    /** Schemas sorted by (catalog, schema). */
    public List<SchemaInfo> schemas() {
        return schemas;
    }

    /** Tables sorted by (catalog, schema, name). */
    public List<TableInfo> tables() {
        return tables;
    }

    /** Tables with exactly this name, sorted by (catalog, schema). */
    public List<TableInfo> tablesNamed(String name) {
        return tablesByName.getOrDefault(name, List.of());
    }

    public TableInfo table(TableRef ref) {
        return tablesByRef.get(ref);
    }

    public TableInfo table(String catalog, String schema, String name) {
        return tablesByRef.get(new TableRef(catalog, schema, name));
    }

    /** Columns of a table in ordinal order, empty if unknown. */
    public List<ColumnInfo> columns(TableRef table) {
        return columnsByTable.getOrDefault(table, List.of());
    }

    public int tableCount() {
        return tables.size();
    }

    public int columnCount() {
        return columnCount;
    }

    /** The distinct engine table types present, sorted. */
    public List<String> engineTableTypes() {
        return engineTableTypes;
    }
}
