package io.dfschema.engine;

import java.util.Map;

/**
 * One DataFusion session (a {@code SessionContext}) with information_schema enabled.
 * Shaped like datafusion-java's SessionContext: {@link #sql} gives a lazy plan that is
 * executed into an Arrow-backed {@link BatchStream}.
 *
 * <p>Thread-safe: DataFusion sessions accept concurrent planning and execution.
 * {@link #close()} must only run once nothing else uses the session; the driver's
 * connection ensures that by closing its statements first.
 */
public final class Session implements AutoCloseable {
    private final Object lock = new Object();
    private long handle;

    private Session(long handle) {
        this.handle = handle;
    }

    /** Opens a session; {@code settings} are DataFusion config keys such as "datafusion.execution.batch_size". */
    public static Session open(Map<String, String> settings) {
        String[] keys = settings.keySet().toArray(new String[0]);
        String[] values = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = settings.get(keys[i]);
        }
        return new Session(NativeBridge.sessionOpen(keys, values));
    }

    long handle() {
        synchronized (lock) {
            if (handle == 0) {
                throw new EngineException("08003", "session is closed");
            }
            return handle;
        }
    }

    public boolean isClosed() {
        synchronized (lock) {
            return handle == 0;
        }
    }

    /** Plans one statement without running it. */
    public LogicalPlanHandle sql(String sql, CancelToken cancel) {
        return new LogicalPlanHandle(this, NativeBridge.sessionPlan(handle(), sql, cancel.handle()));
    }

    /** A setting's current value, or null if the key is unknown. */
    public String option(String key) {
        return NativeBridge.sessionGetOption(handle(), key);
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (handle != 0) {
                NativeBridge.sessionClose(handle);
                handle = 0;
            }
        }
    }
}
