package io.dfschema.jdbc;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fires statement timeouts. One daemon thread for the whole driver: it only flips cancel
 * tokens, the native side does the stopping.
 */
final class QueryTimer {
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "dfschema-query-timeout");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private QueryTimer() {}

    static ScheduledFuture<?> schedule(int seconds, Runnable onTimeout) {
        ScheduledExecutorService timer = TIMER;
        return timer.schedule(onTimeout, seconds, TimeUnit.SECONDS);
    }
}
