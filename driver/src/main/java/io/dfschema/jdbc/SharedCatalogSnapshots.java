package io.dfschema.jdbc;

import io.dfschema.metadata.jdbc.CatalogSnapshot;
import io.dfschema.metadata.jdbc.RoutineSnapshot;
import io.dfschema.metadata.jdbc.SnapshotSource;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog snapshots shared by connections whose catalogs are the same by construction: a database tool
 * opens a connection and browses at once, and for a contract catalog of thousands of datasets, listing
 * the session's tables and indexing them is most of what its first {@code getTables} costs.
 *
 * <p>Two connections have the same tables when they were opened with the same configuration (URL and
 * properties), mounted the same prepared contract catalogs (the same engine dataset sets, so the same
 * contract files as read once by this JVM), ran no init script (whose file may change between connections)
 * and neither has run a statement that may change the catalog since it was set up: every table they hold
 * was made by the same deterministic setup. Only snapshots of such pristine connections are shared, and a
 * connection stops using the shared one at its first DDL ({@link DfSchemaConnection#schemaChanged()}
 * invalidates its metadata cache, and it is no longer pristine). At most {@link #MAX_KEPT} are kept.
 */
final class SharedCatalogSnapshots implements SnapshotSource {

    static final int MAX_KEPT = 8;

    /** What makes two pristine connections' catalogs equal. */
    private record Key(ConnectionConfig config, List<Object> mounted) {
    }

    private static final Map<Key, CatalogSnapshot> KEPT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CatalogSnapshot> eldest) {
            return size() > MAX_KEPT;
        }
    };

    private final DfSchemaConnection connection;
    private final SnapshotSource loader;

    SharedCatalogSnapshots(DfSchemaConnection connection, SnapshotSource loader) {
        this.connection = connection;
        this.loader = loader;
    }

    @Override
    public CatalogSnapshot loadCatalog() throws SQLException {
        Key key = key();
        if (key == null) {
            return loader.loadCatalog();
        }
        synchronized (KEPT) {
            CatalogSnapshot kept = KEPT.get(key);
            if (kept != null) {
                return kept;
            }
        }
        CatalogSnapshot loaded = loader.loadCatalog();
        if (connection.pristine()) { // nothing changed the catalog while it loaded
            synchronized (KEPT) {
                KEPT.putIfAbsent(key, loaded);
            }
        }
        return loaded;
    }

    /** The connection's key, or null when its catalog may differ from its configuration's. */
    private Key key() {
        if (!connection.pristine() || !connection.config().value(ConnectionProperty.INIT).isEmpty()) {
            return null;
        }
        return new Key(connection.config(), connection.contracts().mountedCatalogs());
    }

    @Override
    public RoutineSnapshot loadRoutines() throws SQLException {
        return loader.loadRoutines();
    }

    @Override
    public Map<String, String> loadSettings() throws SQLException {
        return loader.loadSettings();
    }

    /** Forgets every kept snapshot (tests). */
    static void clear() {
        synchronized (KEPT) {
            KEPT.clear();
        }
    }
}
