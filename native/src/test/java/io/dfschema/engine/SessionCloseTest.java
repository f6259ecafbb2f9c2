package io.dfschema.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closing a session frees the result streams it started that their owners never closed. */
class SessionCloseTest {

    @Test
    void streamsLeftOpenAreClosedWithTheirSession() {
        long before = NativeStats.read().streams();
        CancelToken token = new CancelToken();
        Session session = Session.open(Map.of());
        LogicalPlanHandle plan = session.sql("SELECT value FROM generate_series(1, 100000)", token);
        BatchStream unread = plan.execute(null, token, 10);
        BatchStream partly = plan.execute(null, token, 10);
        assertNotNull(partly.next());
        BatchStream started = session.planAndStart("SELECT sum(value % 7) FROM generate_series(1, 100000000000)",
                token, 0, true, false, 1).stream();
        assertNotNull(started);
        assertEquals(3, session.openStreams());
        assertEquals(before + 3, NativeStats.read().streams());

        plan.close();
        session.close();

        assertTrue(unread.isClosed() && partly.isClosed() && started.isClosed(), "every stream is closed");
        assertEquals(before, NativeStats.read().streams(), "no native stream outlives its session");
        token.close();
    }

    @Test
    void aStreamClosedByItsOwnerIsForgotten() {
        try (CancelToken token = new CancelToken(); Session session = Session.open(Map.of())) {
            try (LogicalPlanHandle plan = session.sql("SELECT 1", token); BatchStream s = plan.execute(null, token, 0)) {
                assertEquals(1, session.openStreams());
                while (s.next() != null) {
                    // to the end, which releases the native stream
                }
                assertEquals(0, session.openStreams(), "a stream read to its end is released");
            }
        }
    }
}
