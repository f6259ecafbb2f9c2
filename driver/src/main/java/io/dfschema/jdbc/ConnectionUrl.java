package io.dfschema.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code jdbc:dfschema:} URL.
 *
 * <pre>
 * jdbc:dfschema:                      empty in-memory session
 * jdbc:dfschema:mem:                  the same, spelled out
 * jdbc:dfschema:/path/catalog.dfschema.yaml   a contract catalog (file or folder)
 * jdbc:dfschema:ballista://host:port[/target]  any of the above, run on a Ballista cluster
 *                                   (the same as the property engine=ballista://host:port)
 * ...?key=value&amp;key=value            properties; values are URL-encoded
 * </pre>
 *
 * @param target     null for an in-memory session, else the catalog path
 * @param properties properties given in the URL, in order
 */
public record ConnectionUrl(String url, String target, Map<String, String> properties) {
    public static final String PREFIX = "jdbc:dfschema:";

    public static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    public static ConnectionUrl parse(String url) throws SQLException {
        if (!accepts(url)) {
            throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE, "not a dfschema URL: " + url);
        }
        String rest = url.substring(PREFIX.length());
        Map<String, String> props = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            parseQuery(rest.substring(q + 1), props, url);
            rest = rest.substring(0, q);
        }
        if (rest.startsWith(BALLISTA)) {
            rest = takeEngine(rest, props, url);
        }
        String target = rest.isEmpty() || rest.equals("mem:") || rest.equals("mem") ? null : rest;
        return new ConnectionUrl(url, target, props);
    }

    private static final String BALLISTA = "ballista://";

    /**
     * Moves {@code ballista://host:port} into the {@code engine} property and returns what follows it: an
     * absolute catalog path keeps its leading '/', {@code /repo://...} and {@code /dataset://...} lose it.
     */
    private static String takeEngine(String rest, Map<String, String> props, String url) throws SQLException {
        int slash = rest.indexOf('/', BALLISTA.length());
        String engine = slash < 0 ? rest : rest.substring(0, slash);
        String target = slash < 0 ? "" : rest.substring(slash);
        if (engine.length() == BALLISTA.length()) {
            throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE, "URL " + url + " names no Ballista scheduler "
                    + "(expected jdbc:dfschema:ballista://host:port[/catalog])");
        }
        String given = props.get(ConnectionProperty.ENGINE.key());
        if (given != null && !given.equals(engine)) {
            throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE, "URL " + url + " names the engine " + engine
                    + " but its property engine is " + given);
        }
        props.put(ConnectionProperty.ENGINE.key(), engine);
        if (target.equals("/")) {
            return "";
        }
        if (target.startsWith("/repo://") || target.startsWith("/dataset://")) {
            return target.substring(1);
        }
        return target;
    }

    private static void parseQuery(String query, Map<String, String> props, String url) throws SQLException {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE,
                        "malformed property '" + pair + "' in URL " + url + " (expected key=value)");
            }
            try {
                props.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw SqlErrors.of(SqlErrors.INVALID_CONNECTION_ATTRIBUTE,
                        "malformed escape in property '" + pair + "' of URL " + url, e);
            }
        }
    }
}
