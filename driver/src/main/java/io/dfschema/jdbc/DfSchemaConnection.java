package io.dfschema.jdbc;

import io.dfschema.engine.EngineException;
import io.dfschema.engine.Session;
import io.dfschema.metadata.catalog.ContractSession;
import io.dfschema.metadata.catalog.ResolveMode;
import io.dfschema.metadata.contract.EvolutionMode;
import io.dfschema.metadata.introspect.SchemaIntrospector;
import io.dfschema.metadata.jdbc.ContractMetadata;
import io.dfschema.metadata.jdbc.EngineConstraintMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JDBC connection: one DataFusion session and the statements opened on it.
 *
 * <p>Transactions: DataFusion has none. Auto-commit is on by default and every statement
 * takes effect when it runs. {@code setAutoCommit(false)} is accepted so tools work;
 * {@code commit()} is then a no-op and {@code rollback()} adds a SQLWarning saying that
 * nothing was undone (docs/transactions.md).
 */
public class DfSchemaConnection implements Connection {
    private final ConnectionConfig config;
    private final Session session;
    private final Set<DfSchemaStatement> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    private final AtomicLong schemaVersion = new AtomicLong();
    private final Properties clientInfo = new Properties();
    /** Set first by close and abort: from then on nothing new starts. */
    private volatile boolean closed;
    /** Whether close has begun releasing the statements and the session (once, whoever calls it). */
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean autoCommit = true;
    private volatile boolean readOnly;
    private volatile int networkTimeoutMillis;
    private SQLWarning warnings;
    private Map<String, Class<?>> typeMap = new HashMap<>();
    private DatabaseMetaData metaData;
    private ContractSession contracts;
    private ContractMetadata contractMetadata = ContractMetadata.none();

    private DfSchemaConnection(ConnectionConfig config, Session session) {
        this.config = config;
        this.session = session;
        this.readOnly = config.boolValue(ConnectionProperty.READ_ONLY);
        String app = config.value(ConnectionProperty.APPLICATION_NAME);
        if (!app.isEmpty()) {
            clientInfo.setProperty("ApplicationName", app);
        }
    }

    static DfSchemaConnection open(ConnectionConfig config) throws SQLException {
        CatalogTarget target = CatalogTarget.resolve(config);
        Session session = SqlErrors.call(() -> Session.open(target.settings()));
        DfSchemaConnection conn = new DfSchemaConnection(config, session);
        try {
            conn.attachContracts(target);
            conn.runInitScript();
            conn.setupVersion = conn.schemaVersion.get();
            conn.setupRegistrations = conn.contracts.registrations();
        } catch (SQLException | RuntimeException e) {
            conn.close();
            throw e;
        }
        return conn;
    }

    /** Every session gets the dfschema diagnostics; a contract URL also registers its catalog. */
    private void attachContracts(CatalogTarget target) throws SQLException {
        String file = config.value(ConnectionProperty.DIAGNOSTICS);
        ResolveMode mode = ResolveMode.parse(config.value(ConnectionProperty.RESOLVE)).orElse(ResolveMode.LAZY);
        EvolutionMode evolution = EvolutionMode.fromYamlName(
                config.value(ConnectionProperty.EVOLUTION).toLowerCase(java.util.Locale.ROOT)).orElse(null);
        contracts = ContractSession.attach(session, this, target.profile(), config.engineSettings(),
                file.isEmpty() ? null : PropertyPath.of(file, "diagnostics file"), mode, evolution);
        // Contracts first: what a contract declares wins over what the engine keeps for DDL tables.
        SessionContractMetadata declared = new SessionContractMetadata(contracts);
        contractMetadata = ContractMetadata.combine(declared, new EngineConstraintMetadata(session, declared::declares));
        if (target.contract() != null) {
            contracts.load(target.contract());
        }
    }

    private void runInitScript() throws SQLException {
        String init = config.value(ConnectionProperty.INIT);
        if (init.isEmpty()) {
            return;
        }
        Path path = PropertyPath.of(init, "init script");
        String script;
        try {
            script = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SqlErrors.of("58030", "cannot read init script '" + path + "': " + e.getMessage(), e);
        }
        try (Statement st = createStatement()) {
            for (String sql : SqlScript.split(script)) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw SqlErrors.of(e.getSQLState(), "init script '" + path + "' failed at: " + sql + "\n" + e.getMessage(), e);
                }
            }
        }
    }

    // ------------------------------------------------------------------ domain

    Session session() {
        return session;
    }

    /** Moves the engine's lazy-registration events into dfschema.registrations. */
    void drainCatalogEvents() throws SQLException {
        ContractSession cs = contracts;
        if (cs != null && !closed) {
            cs.drainEvents();
        }
    }

    /** Records a CREATE EXTERNAL TABLE a user ran. */
    void recordExternalTable(ExternalTableDdl ddl, String sql) throws SQLException {
        ContractSession cs = contracts;
        if (cs != null) {
            String schema = ddl.schema() != null ? ddl.schema() : session.option("datafusion.catalog.default_schema");
            cs.recordExternalTable(schema, ddl.name(), sql, ddl.location());
        }
    }

    /** What the contracts registered on this connection declare (keys, descriptions, defaults). */
    ContractMetadata contractMetadata() {
        return contractMetadata;
    }

    /** The contracts layer: diagnostics, registrations, the loaded contract if any. */
    ContractSession contracts() {
        return contracts;
    }

    ConnectionConfig config() {
        return config;
    }

    /** {@link #schemaVersion} when the connection was set up (contracts registered, init script run). */
    private volatile long setupVersion = -1;

    /** {@link ContractSession#registrations()} when the connection was set up. */
    private volatile long setupRegistrations = -1;

    /**
     * Whether the catalog is still the one the connection's configuration made: no statement that may
     * change it has run since setup, and no contract or dataset was registered through the API since.
     */
    boolean pristine() {
        ContractSession cs = contracts;
        return schemaVersion.get() == setupVersion && cs != null && cs.registrations() == setupRegistrations;
    }

    /** Bumped after every statement that may change the catalog (DDL), so caches can refresh. */
    long schemaVersion() {
        return schemaVersion.get();
    }

    void schemaChanged() {
        schemaVersion.incrementAndGet();
        contractMetadata.invalidate();
        DatabaseMetaData md = metaData;
        if (md instanceof CatalogCache cache) {
            cache.invalidate();
        }
    }

    /** Implemented by the DatabaseMetaData so DDL can drop its catalog snapshot. */
    public interface CatalogCache {
        void invalidate();
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.of(SqlErrors.CONNECTION_CLOSED, "connection is closed");
        }
    }

    /**
     * Adds a new statement, refused once the connection is closed: checked under the lock that close takes
     * its list of statements with, so none can be added after that list was taken and outlive the session.
     */
    void register(DfSchemaStatement st) throws SQLException {
        synchronized (statements) {
            checkOpen();
            statements.add(st);
        }
    }

    void unregister(DfSchemaStatement st) {
        synchronized (statements) {
            statements.remove(st);
        }
    }

    // ------------------------------------------------------------------ statements

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return new DfSchemaStatement(this);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "SQL must not be null");
        }
        return new DfSchemaPreparedStatement(this, sql);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw SqlErrors.notSupported("CallableStatement (the engine has no stored procedures)");
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int holdability) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, holdability);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int holdability)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, holdability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int holdability)
            throws SQLException {
        return prepareCall(sql);
    }

    private void checkResultSetOptions(int type, int concurrency, int holdability) throws SQLException {
        checkOpen();
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            addWarning(new SQLWarning("only TYPE_FORWARD_ONLY result sets are supported; using it", "01000"));
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw SqlErrors.notSupported("updatable result sets");
        }
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return Placeholders.toEngine(sql).sql();
    }

    // ------------------------------------------------------------------ transactions

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        this.autoCommit = autoCommit;
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        // Statements already took effect when they ran: nothing to do.
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        if (!autoCommit) {
            addWarning(new SQLWarning("rollback has no effect: DataFusion has no transactions, "
                    + "statements took effect when they ran", "01000"));
        }
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        throw SqlErrors.notSupported("savepoints");
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw SqlErrors.notSupported("savepoints");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        throw SqlErrors.notSupported("savepoints");
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw SqlErrors.notSupported("savepoints");
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        if (level != TRANSACTION_NONE) {
            addWarning(new SQLWarning("transaction isolation stays TRANSACTION_NONE: the engine has no transactions", "01000"));
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return TRANSACTION_NONE;
    }

    // ------------------------------------------------------------------ state

    @Override
    public void close() throws SQLException {
        closed = true;
        if (!released.compareAndSet(false, true)) {
            return;
        }
        List<DfSchemaStatement> open;
        synchronized (statements) {
            open = new ArrayList<>(statements);
        }
        SQLException first = null;
        for (DfSchemaStatement st : open) {
            try {
                st.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        try {
            session.close();
        } catch (EngineException e) {
            first = first == null ? SqlErrors.of(e) : first;
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "abort needs an executor");
        }
        if (closed) {
            return;
        }
        closed = true;
        List<DfSchemaStatement> open;
        synchronized (statements) {
            open = new ArrayList<>(statements);
        }
        open.forEach(DfSchemaStatement::cancelQuietly);
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException ignored) {
                // abort is best effort by contract
            }
        });
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "timeout must not be negative");
        }
        if (closed || session.isClosed()) {
            return false;
        }
        try (Statement st = createStatement()) {
            st.setQueryTimeout(timeout);
            try (ResultSet rs = st.executeQuery("SELECT 1")) {
                return rs.next();
            }
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        synchronized (this) {
            if (metaData == null) {
                metaData = MetadataFactory.create(this);
            }
            return metaData;
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    boolean readOnly() {
        return readOnly;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        if (catalog == null || catalog.isEmpty()) {
            return;
        }
        setSetting("datafusion.catalog.default_catalog", catalog);
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return SqlErrors.call(() -> session.option("datafusion.catalog.default_catalog"));
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        if (schema == null || schema.isEmpty()) {
            return;
        }
        setSetting("datafusion.catalog.default_schema", schema);
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return SqlErrors.call(() -> session.option("datafusion.catalog.default_schema"));
    }

    private void setSetting(String key, String value) throws SQLException {
        try (Statement st = createStatement()) {
            st.execute("SET " + key + " = '" + value.replace("'", "''") + "'");
        }
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        synchronized (this) {
            return warnings;
        }
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        synchronized (this) {
            warnings = null;
        }
    }

    private synchronized void addWarning(SQLWarning w) {
        if (warnings == null) {
            warnings = w;
        } else {
            warnings.setNextWarning(w);
        }
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return typeMap;
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        typeMap = map == null ? new HashMap<>() : map;
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Clob createClob() throws SQLException {
        throw SqlErrors.notSupported("Clob");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw SqlErrors.notSupported("Blob");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw SqlErrors.notSupported("NClob");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw SqlErrors.notSupported("SQLXML");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw SqlErrors.notSupported("createArrayOf");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw SqlErrors.notSupported("createStruct");
    }

    /** Client info names this driver keeps (DatabaseMetaData.getClientInfoProperties lists the same). */
    public static final List<String> CLIENT_INFO_NAMES = List.of("ApplicationName", "ClientUser", "ClientHostname");

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (closed) {
            throw new SQLClientInfoException("connection is closed", SqlErrors.CONNECTION_CLOSED, 0, Map.of());
        }
        if (name == null || !CLIENT_INFO_NAMES.contains(name)) {
            throw new SQLClientInfoException("unknown client info property '" + name + "'; known: " + CLIENT_INFO_NAMES,
                    "HY024", 0, Map.of());
        }
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        for (String name : properties.stringPropertyNames()) {
            setClientInfo(name, properties.getProperty(name));
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "network timeout must not be negative");
        }
        // In-process: there is no network; the value is kept for tools that read it back.
        networkTimeoutMillis = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface == ContractSession.class && contracts != null) {
            return iface.cast(contracts);
        }
        if (iface == SchemaIntrospector.class) {
            checkOpen();
            return iface.cast(new SchemaIntrospector(this, contractMetadata));
        }
        throw SqlErrors.of(SqlErrors.INVALID_ARGUMENT, "not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this) || iface == ContractSession.class || iface == SchemaIntrospector.class;
    }
}
