package io.dfschema.leaks;

import io.dfschema.engine.NativeStats;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs around every test class of this module (registered through the service file and
 * {@code junit-platform.properties}): after a class, no native session, plan or result stream may
 * outlive it. The native counters are per process and the classes share one JVM, so without this a
 * stream one class leaks fails the next class that counts, and the report names the wrong test.
 */
public final class NativeLeakCheck implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NativeLeakCheck.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("before", NativeStats.read());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        NativeStats before = context.getStore(NS).get("before", NativeStats.class);
        NativeStats now = NativeStats.read();
        // Pools and abandoned results are closed on other threads: give them a moment.
        for (int i = 0; i < 100 && !clean(before, now); i++) {
            Thread.sleep(50);
            now = NativeStats.read();
        }
        if (!clean(before, now)) {
            throw new AssertionError(context.getDisplayName() + " left native objects behind: before " + before
                    + ", after " + now);
        }
    }

    private static boolean clean(NativeStats before, NativeStats now) {
        return now.streams() <= before.streams() && now.plans() <= before.plans() && now.sessions() <= before.sessions();
    }
}
