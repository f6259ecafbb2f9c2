package io.dfschema.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Builds the connection's DatabaseMetaData (metadata module) wired to the connection's catalog cache. */
final class MetadataFactory {
    private MetadataFactory() {}

    static DatabaseMetaData create(DfSchemaConnection connection) throws SQLException {
        throw SqlErrors.notSupported("DatabaseMetaData (being wired)");
    }
}
