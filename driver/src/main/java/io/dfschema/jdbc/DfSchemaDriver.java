package io.dfschema.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/** The {@code jdbc:dfschema:} driver. Registered with DriverManager on class load and via META-INF/services. */
public final class DfSchemaDriver implements Driver {
    public static final int MAJOR_VERSION = 0;
    public static final int MINOR_VERSION = 1;
    /** The same name and version that DatabaseMetaData reports. */
    public static final String VERSION = io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData.DRIVER_VERSION;
    public static final String NAME = io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData.DRIVER_NAME;

    static {
        try {
            DriverManager.registerDriver(new DfSchemaDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // the Driver contract: not ours, let DriverManager try the next driver
        }
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        return DfSchemaConnection.open(ConnectionConfig.resolve(parsed, info));
    }

    @Override
    public boolean acceptsURL(String url) {
        return ConnectionUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Properties given = new Properties();
        if (url != null && acceptsURL(url)) {
            given.putAll(ConnectionUrl.parse(url).properties());
        }
        if (info != null) {
            given.putAll(info);
        }
        ConnectionProperty[] all = ConnectionProperty.values();
        DriverPropertyInfo[] out = new DriverPropertyInfo[all.length];
        for (int i = 0; i < all.length; i++) {
            ConnectionProperty p = all[i];
            DriverPropertyInfo d = new DriverPropertyInfo(p.key(), given.getProperty(p.key(), p.defaultValue()));
            d.description = p.description() + (p.defaultValue().isEmpty() ? "" : " Default: " + p.defaultValue() + ".");
            d.required = false;
            d.choices = p.choices().isEmpty() ? null : p.choices().toArray(new String[0]);
            out[i] = d;
        }
        return out;
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    /** Not fully compliant yet: the JDBC compliance test suite has not been run. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlErrors.notSupported("java.util.logging");
    }
}
