package io.dfschema.jdbc;

import io.dfschema.metadata.jdbc.ContractMetadata;
import io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData;
import io.dfschema.metadata.jdbc.SnapshotLoader;
import io.dfschema.metadata.jdbc.SnapshotSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

/**
 * Builds the connection's DatabaseMetaData (metadata module): information_schema's tables through a
 * {@link SnapshotLoader}, the columns from the contracts and the engine ({@link ConnectionKnownColumns}),
 * plus what the connection's contracts declare; pristine connections of one configuration share the
 * snapshot ({@link SharedCatalogSnapshots}). The subclass adds the
 * connection's cache hook, so DDL and SET drop the catalog snapshot.
 */
final class MetadataFactory {
    private MetadataFactory() {}

    static DatabaseMetaData create(DfSchemaConnection connection) {
        SnapshotLoader loader = new SnapshotLoader(connection,
                new ConnectionKnownColumns(connection.session(), connection.contracts()));
        return new DriverMetaData(connection, connection.config().url().url(),
                connection.config().value(ConnectionProperty.USER), connection.contractMetadata(),
                new SharedCatalogSnapshots(connection, loader));
    }

    private static final class DriverMetaData extends DfSchemaDatabaseMetaData implements DfSchemaConnection.CatalogCache {
        DriverMetaData(Connection c, String url, String user, ContractMetadata contracts, SnapshotSource source) {
            super(c, url, user, source, contracts);
        }
    }
}
