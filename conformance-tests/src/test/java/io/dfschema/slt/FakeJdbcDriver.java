package io.dfschema.slt;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A scripted JDBC driver for runner tests that must not depend on the real one
 * (time-outs, stuck calls, errors). URL {@code jdbc:slt-fake:}. SQL it understands:
 * {@code select <n>} → one Int64 row; {@code fail <msg>} → SQLException(msg);
 * {@code hang} → never returns, ignoring interrupts and cancel (a stuck native call);
 * {@code crash} → RuntimeException; anything else → update count 0.
 */
final class FakeJdbcDriver implements Driver {
    static final String URL = "jdbc:slt-fake:";
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    static void register() throws SQLException {
        if (REGISTERED.compareAndSet(false, true)) {
            DriverManager.registerDriver(new FakeJdbcDriver());
        }
    }

    @Override
    public Connection connect(String url, Properties info) {
        if (!acceptsURL(url)) {
            return null;
        }
        return proxy(Connection.class, (p, m, args) -> switch (m.getName()) {
            case "createStatement" -> statement();
            case "close" -> null;
            case "isClosed" -> false;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static Statement statement() {
        Object[] current = new Object[2]; // [0] ResultSet, [1] update count
        return proxy(Statement.class, (p, m, args) -> switch (m.getName()) {
            case "setQueryTimeout", "close", "cancel" -> null;
            case "execute" -> {
                String sql = ((String) args[0]).trim();
                if (sql.equals("hang")) {
                    while (true) {
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException ignored) {
                            // stuck: a native call does not notice interrupts
                        }
                    }
                }
                if (sql.equals("crash")) {
                    throw new IllegalStateException("boom");
                }
                if (sql.startsWith("fail ")) {
                    throw new SQLException(sql.substring(5));
                }
                if (sql.startsWith("select ")) {
                    current[0] = resultSet(sql.substring(7));
                    yield true;
                }
                current[1] = 0;
                yield false;
            }
            case "getResultSet" -> current[0];
            case "getUpdateCount" -> current[1];
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static ResultSet resultSet(String value) {
        ResultSetMetaData md = proxy(ResultSetMetaData.class, (p, m, args) -> switch (m.getName()) {
            case "getColumnCount" -> 1;
            case "getColumnTypeName" -> "Int64";
            default -> throw new UnsupportedOperationException(m.getName());
        });
        int[] row = {0};
        return proxy(ResultSet.class, (p, m, args) -> switch (m.getName()) {
            case "next" -> row[0]++ == 0;
            case "getMetaData" -> md;
            case "getString" -> value;
            case "wasNull", "close" -> m.getName().equals("wasNull") ? false : null;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeJdbcDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(URL);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }
}
