package io.dfschema.metadata.introspect;

import io.dfschema.metadata.jdbc.ContractMetadata;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Schema facts for code that wants them as values rather than as DatabaseMetaData result sets.
 * Each method runs one or two statements on the connection, so it sees the session as it is now
 * (nothing is cached), and returns immutable records.
 *
 * <p>Names never become SQL text: table and function names are bound as parameters of queries on
 * information_schema. The one place DataFusion needs an identifier, {@code DESCRIBE} of one of
 * information_schema's own tables (which information_schema.columns leaves out), gets it
 * double-quoted by {@link TableName#toSql()}. {@code SHOW CREATE TABLE} is not used: DataFusion 55
 * rewrites it into a query with the name pasted between single quotes, unescaped, so a table named
 * {@code it's} cannot be shown and a name with a quote in the right place changes that query; the
 * same rows come from information_schema.views with the name bound.
 *
 * <p>A name given as text is read as SQL ({@link TableName#parse}): unquoted parts folded to lower
 * case unless the session turned identifier normalisation off, missing parts taken from the
 * session's default catalog and schema. A {@link TableName} built with {@link TableName#of} is used
 * exactly.
 */
public final class SchemaIntrospector {

    static final String SETTING_DEFAULT_CATALOG = "datafusion.catalog.default_catalog";
    static final String SETTING_DEFAULT_SCHEMA = "datafusion.catalog.default_schema";
    static final String SETTING_NORMALIZE = "datafusion.sql_parser.enable_ident_normalization";

    static final String NAME_SETTINGS_SQL =
            "SELECT name, value FROM information_schema.df_settings WHERE name IN (?, ?, ?)";
    static final String SETTINGS_SQL = "SELECT name, value FROM information_schema.df_settings";
    static final String TABLE_SQL = "SELECT table_type FROM information_schema.tables"
            + " WHERE table_catalog = ? AND table_schema = ? AND table_name = ?";
    static final String COLUMNS_SQL = "SELECT column_name, data_type, is_nullable, column_default"
            + " FROM information_schema.columns WHERE table_catalog = ? AND table_schema = ? AND table_name = ?"
            + " ORDER BY ordinal_position";
    static final String DEFINITION_SQL = "SELECT definition FROM information_schema.views"
            + " WHERE table_catalog = ? AND table_schema = ? AND table_name = ?";
    /*
     * routines has one row per function and return type, parameters one row per argument of each
     * example signature (rid); a table function shares its name with a scalar one in DataFusion 55
     * (generate_series, range) but has no parameter rows, so it is kept out of the join.
     */
    static final String FUNCTION_SQL = "SELECT p.specific_catalog, p.specific_schema, p.rid, p.ordinal_position,"
            + " p.parameter_mode, p.parameter_name, p.data_type, p.is_variadic, r.function_type, r.description"
            + " FROM information_schema.parameters p"
            + " JOIN (SELECT DISTINCT specific_catalog, specific_schema, specific_name, function_type, description"
            + " FROM information_schema.routines"
            + " WHERE routine_name = ? AND (function_type IS NULL OR function_type <> 'TABLE')) r"
            + " ON p.specific_catalog = r.specific_catalog AND p.specific_schema = r.specific_schema"
            + " AND p.specific_name = r.specific_name"
            + " WHERE p.specific_name = ?"
            + " ORDER BY p.specific_catalog, p.specific_schema, p.rid, p.parameter_mode, p.ordinal_position";

    /** SQLState of a missing table, as the engine reports it. */
    static final String UNDEFINED_TABLE = "42P01";
    /** SQLState of a malformed name (PostgreSQL's invalid_name). */
    static final String INVALID_NAME = "42602";

    private final Connection connection;
    private final ContractMetadata contracts;

    /**
     * @param connection a dfschema connection (information_schema on, as the driver's sessions have it)
     * @param contracts  descriptions, defaults and keys; null or {@link ContractMetadata#none()} for none
     */
    public SchemaIntrospector(Connection connection, ContractMetadata contracts) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.contracts = contracts == null ? ContractMetadata.none() : contracts;
    }

    // ------------------------------------------------------------------ queries

    /**
     * The columns {@code sql} would return, from DataFusion's {@code DESCRIBE <query>}: the query is
     * planned, not run. DataFusion accepts one query (SELECT, VALUES, WITH ...; also a bare table name)
     * and refuses anything else (DDL, DML, several statements) with an SQLException, so nothing is
     * changed. {@code ?} and {@code $n} placeholders may appear; their columns come back with the type
     * the planner infers.
     */
    public List<ColumnInfo> describeQuery(String sql) throws SQLException {
        Objects.requireNonNull(sql, "sql");
        return describe("DESCRIBE " + sql);
    }

    private List<ColumnInfo> describe(String describeSql) throws SQLException {
        List<ColumnInfo> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(describeSql)) {
            while (rs.next()) {
                out.add(new ColumnInfo(rs.getString(1), rs.getString(2), !"NO".equalsIgnoreCase(rs.getString(3))));
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ tables

    /** {@link #tableColumns(TableName)} of a name written as in SQL. */
    public List<TableColumn> tableColumns(String table) throws SQLException {
        return columns(resolve(table));
    }

    /**
     * The table's columns in order, from information_schema.columns, with the contract metadata's
     * default (else the engine's) and description.
     *
     * @throws SQLException with SQLState 42P01 when there is no such table
     */
    public List<TableColumn> tableColumns(TableName table) throws SQLException {
        return columns(resolve(table));
    }

    private List<TableColumn> columns(TableRef ref) throws SQLException {
        List<TableColumn> out = new ArrayList<>();
        try (PreparedStatement ps = bound(COLUMNS_SQL, ref.catalog(), ref.schema(), ref.table());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                // DataFusion 55 numbers ordinal_position from 0; positions here count from 1
                out.add(column(ref, name, out.size() + 1, rs.getString(2), !"NO".equalsIgnoreCase(rs.getString(3)),
                        rs.getString(4)));
            }
        }
        if (out.isEmpty()) {
            requireTable(ref);
            // information_schema.columns leaves out information_schema's own tables; DESCRIBE knows them
            for (ColumnInfo c : describe("DESCRIBE " + TableName.of(ref.catalog(), ref.schema(), ref.table()).toSql())) {
                out.add(column(ref, c.name(), out.size() + 1, c.arrowType(), c.nullable(), null));
            }
        }
        return List.copyOf(out);
    }

    private TableColumn column(TableRef ref, String name, int position, String type, boolean nullable,
                               String engineDefault) {
        return new TableColumn(name, position, type, nullable,
                contracts.columnDefault(ref, name).orElse(engineDefault),
                contracts.columnDescription(ref, name).orElse(null));
    }

    /** {@link #tableDefinition(TableName)} of a name written as in SQL. */
    public Optional<String> tableDefinition(String table) throws SQLException {
        return definition(resolve(table));
    }

    /**
     * What {@code SHOW CREATE TABLE} shows: the SQL that defined the table, as the engine keeps it (a
     * view's {@code CREATE VIEW}, an external table's {@code CREATE EXTERNAL TABLE}); empty for tables
     * the engine keeps no definition for ({@code CREATE TABLE}, registered datasets, information_schema).
     *
     * @throws SQLException with SQLState 42P01 when there is no such table
     */
    public Optional<String> tableDefinition(TableName table) throws SQLException {
        return definition(resolve(table));
    }

    private Optional<String> definition(TableRef ref) throws SQLException {
        try (PreparedStatement ps = bound(DEFINITION_SQL, ref.catalog(), ref.schema(), ref.table());
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return Optional.ofNullable(rs.getString(1));
            }
        }
        requireTable(ref); // information_schema.views leaves out information_schema's own tables
        return Optional.empty();
    }

    /** {@link #tableConstraints(TableName)} of a name written as in SQL. */
    public TableConstraints tableConstraints(String table) throws SQLException {
        return constraints(resolve(table));
    }

    /**
     * The table's keys as the contract metadata has them (contracts, and the engine's own constraints
     * when the metadata includes {@link io.dfschema.metadata.jdbc.EngineConstraintMetadata}). The table
     * need not exist: a contract may describe a table before it is registered.
     */
    public TableConstraints tableConstraints(TableName table) throws SQLException {
        return constraints(resolve(table));
    }

    private TableConstraints constraints(TableRef ref) {
        return new TableConstraints(ref, contracts.primaryKey(ref).orElse(null), contracts.uniqueKeys(ref),
                contracts.importedKeys(ref), contracts.exportedKeys(ref));
    }

    private void requireTable(TableRef ref) throws SQLException {
        try (PreparedStatement ps = bound(TABLE_SQL, ref.catalog(), ref.schema(), ref.table());
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLSyntaxErrorException("table " + TableName.of(ref.catalog(), ref.schema(), ref.table()).toSql()
                        + " not found", UNDEFINED_TABLE);
            }
        }
    }

    // ------------------------------------------------------------------ settings and functions

    /** Every engine setting (information_schema.df_settings), sorted by name; values may be null. */
    public SortedMap<String, String> settingsSnapshot() throws SQLException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SETTINGS_SQL)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The signatures of the function called exactly {@code name} (DataFusion lists functions in lower
     * case), in the engine's order: one per example signature information_schema.parameters lists.
     * Empty when there is no such function, and for table functions, whose signatures DataFusion 55
     * does not list.
     */
    public List<FunctionSignature> functionParameters(String name) throws SQLException {
        Objects.requireNonNull(name, "name");
        List<FunctionSignature> out = new ArrayList<>();
        try (PreparedStatement ps = bound(FUNCTION_SQL, name, name); ResultSet rs = ps.executeQuery()) {
            SignatureRows current = null;
            while (rs.next()) {
                String catalog = rs.getString(1);
                String schema = rs.getString(2);
                long rid = rs.getLong(3);
                if (current == null || !current.isFor(catalog, schema, rid)) {
                    if (current != null) {
                        out.add(current.signature(name));
                    }
                    current = new SignatureRows(catalog, schema, rid, rs.getString(9), rs.getString(10));
                }
                current.add(rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
            }
            if (current != null) {
                out.add(current.signature(name));
            }
        }
        return List.copyOf(out);
    }

    /** The parameter rows of one signature (catalog, schema, rid) while they are read. */
    private static final class SignatureRows {
        private final String catalog;
        private final String schema;
        private final long rid;
        private final String functionType;
        private final String description;
        private final List<FunctionParameter> inputs = new ArrayList<>();
        private String returnType;

        SignatureRows(String catalog, String schema, long rid, String functionType, String description) {
            this.catalog = catalog;
            this.schema = schema;
            this.rid = rid;
            this.functionType = functionType;
            this.description = description;
        }

        boolean isFor(String catalog, String schema, long rid) {
            return this.rid == rid && Objects.equals(this.catalog, catalog) && Objects.equals(this.schema, schema);
        }

        void add(int ordinal, String mode, String name, String type, boolean variadic) {
            if ("OUT".equalsIgnoreCase(mode)) {
                returnType = type;
            } else {
                inputs.add(new FunctionParameter(ordinal, name, type, variadic));
            }
        }

        FunctionSignature signature(String name) {
            return new FunctionSignature(catalog, schema, name, functionType, description, inputs, returnType);
        }
    }

    // ------------------------------------------------------------------ names

    private PreparedStatement bound(String sql, String... values) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** What the session fills unqualified names with, and whether it folds unquoted ones. */
    private record NameSettings(String catalog, String schema, boolean fold) {
    }

    private NameSettings nameSettings() throws SQLException {
        // DataFusion's defaults, for a session that lists none of them
        String catalog = "datafusion";
        String schema = "public";
        boolean fold = true;
        try (PreparedStatement ps = bound(NAME_SETTINGS_SQL, SETTING_DEFAULT_CATALOG, SETTING_DEFAULT_SCHEMA,
                SETTING_NORMALIZE); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String value = rs.getString(2);
                switch (rs.getString(1)) {
                    case SETTING_DEFAULT_CATALOG -> catalog = value != null ? value : catalog;
                    case SETTING_DEFAULT_SCHEMA -> schema = value != null ? value : schema;
                    case SETTING_NORMALIZE -> fold = !"false".equalsIgnoreCase(value);
                    default -> { }
                }
            }
        }
        return new NameSettings(catalog, schema, fold);
    }

    private TableRef resolve(String table) throws SQLException {
        Objects.requireNonNull(table, "table");
        NameSettings s = nameSettings();
        TableName name;
        try {
            name = TableName.parse(table, s.fold());
        } catch (IllegalArgumentException e) {
            throw new SQLSyntaxErrorException(e.getMessage(), INVALID_NAME, e);
        }
        return resolve(name, s);
    }

    private TableRef resolve(TableName name) throws SQLException {
        Objects.requireNonNull(name, "table");
        return name.catalog() != null ? new TableRef(name.catalog(), name.schema(), name.table())
                : resolve(name, nameSettings());
    }

    private static TableRef resolve(TableName name, NameSettings s) {
        return new TableRef(name.catalog() != null ? name.catalog() : s.catalog(),
                name.schema() != null ? name.schema() : s.schema(), name.table());
    }
}
