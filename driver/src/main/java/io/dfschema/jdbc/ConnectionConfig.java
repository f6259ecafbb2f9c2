package io.dfschema.jdbc;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The validated settings of one connection: the URL's properties overlaid by the
 * {@link Properties} passed to connect. Unknown keys are rejected by name.
 *
 * @param engineSettings {@code datafusion.*} keys for the session config
 */
public record ConnectionConfig(ConnectionUrl url, Map<ConnectionProperty, String> driverSettings,
                               Map<String, String> engineSettings) {

    public static ConnectionConfig resolve(ConnectionUrl url, Properties info) throws SQLException {
        Map<String, String> merged = new LinkedHashMap<>(url.properties());
        if (info != null) {
            for (String key : info.stringPropertyNames()) {
                merged.put(key, info.getProperty(key));
            }
        }
        Map<ConnectionProperty, String> driver = new LinkedHashMap<>();
        Map<String, String> engine = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : merged.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(ConnectionProperty.ENGINE_PREFIX)) {
                engine.put(key, e.getValue());
                continue;
            }
            ConnectionProperty p = ConnectionProperty.byKey(key);
            if (p == null) {
                throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE,
                        "unknown connection property '" + key + "'; valid properties: " + ConnectionProperty.validKeys());
            }
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (!p.choices().isEmpty() && !p.choices().contains(value.toLowerCase(java.util.Locale.ROOT))) {
                throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE,
                        "invalid value '" + value + "' for connection property '" + p.key() + "'; choices: " + p.choices());
            }
            driver.put(p, value);
        }
        ConnectionConfig config = new ConnectionConfig(url, driver, engine);
        config.intValue(ConnectionProperty.FETCH_SIZE);
        config.intValue(ConnectionProperty.QUERY_TIMEOUT);
        return config;
    }

    public String value(ConnectionProperty p) {
        return driverSettings.getOrDefault(p, p.defaultValue());
    }

    public int intValue(ConnectionProperty p) throws SQLException {
        String v = value(p);
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE,
                    "connection property '" + p.key() + "' must be a non-negative integer, got '" + v + "'");
        }
    }

    public boolean boolValue(ConnectionProperty p) {
        return Boolean.parseBoolean(value(p));
    }
}
