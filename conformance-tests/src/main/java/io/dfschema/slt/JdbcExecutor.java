package io.dfschema.slt;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs SQL text on a connection with plain java.sql calls and renders whatever comes
 * back. SQLExceptions from execute or from fetching rows are engine errors
 * ({@link DbOutput.Error}); failures of the driver itself (unchecked exceptions, getter
 * errors) and time-outs become {@link DbOutput.Broken}.
 */
final class JdbcExecutor {
    private final Connection connection;
    private final ValueRenderer renderer;
    private final int queryTimeoutSeconds;
    /** The statement running now, so a watchdog on another thread can cancel it. */
    private final AtomicReference<Statement> running = new AtomicReference<>();

    JdbcExecutor(Connection connection, ValueRenderer renderer, int queryTimeoutSeconds) {
        this.connection = connection;
        this.renderer = renderer;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    DbOutput run(String sql) {
        try (Statement st = connection.createStatement()) {
            running.set(st);
            try {
                st.setQueryTimeout(queryTimeoutSeconds);
            } catch (SQLFeatureNotSupportedException e) {
                // The per-file wall clock still bounds the run.
            }
            boolean hasResultSet = st.execute(sql);
            if (!hasResultSet) {
                return new DbOutput.Complete(st.getUpdateCount());
            }
            try (ResultSet rs = st.getResultSet()) {
                return read(rs);
            }
        } catch (SQLTimeoutException e) {
            return new DbOutput.Broken("timed out after " + queryTimeoutSeconds + " s: " + e.getMessage());
        } catch (SQLException e) {
            // Every other SQLException carries the engine's message, including
            // SQLFeatureNotSupportedException for DataFusion's "This feature is not implemented".
            return new DbOutput.Error(ErrorText.of(e));
        } catch (GetterFailure e) {
            return new DbOutput.Broken(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return new DbOutput.Broken("driver threw " + e);
        } finally {
            running.set(null);
        }
    }

    /** Cancels the statement that is running, if any (called from a watchdog thread). */
    void cancelRunning() {
        Statement st = running.get();
        if (st != null) {
            try {
                st.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // Best effort: the caller gives up on this file anyway.
            }
        }
    }

    private DbOutput read(ResultSet rs) throws SQLException, GetterFailure {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> types = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            types.add(md.getColumnTypeName(i));
        }
        List<List<String>> rows = new ArrayList<>();
        // rs.next() runs the plan: its SQLExceptions are engine errors, like DataFusion's
        // runner collecting the stream. Getter failures are the driver's.
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                try {
                    row.add(renderer.render(new JdbcCell(rs, i, types.get(i - 1))));
                } catch (Exception e) {
                    throw new GetterFailure("driver: reading column " + i + " (" + types.get(i - 1)
                            + ") of row " + (rows.size() + 1) + " failed: " + e);
                }
            }
            rows.add(row);
        }
        if (n == 0 && rows.isEmpty()) {
            return new DbOutput.Complete(0);
        }
        return new DbOutput.Rows(types, rows);
    }

    private static final class GetterFailure extends Exception {
        private static final long serialVersionUID = 1L;

        GetterFailure(String message) {
            super(message);
        }
    }
}
