package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.engine.NativeStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One connection, one statement and one result set used from many threads at once. */
class ConcurrencyTest {

    @Test
    void manyThreadsShareOneConnection() throws Exception {
        try (Connection c = Db.connect()) {
            Db.exec(c, "CREATE TABLE t AS SELECT value FROM generate_series(1, 10000)");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int k = i;
                results.add(pool.submit(() -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT sum(value) FROM t WHERE value <= ?")) {
                        ps.setInt(1, 100 + k);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                }));
            }
            for (int i = 0; i < 64; i++) {
                long n = 100 + i;
                assertEquals(n * (n + 1) / 2, results.get(i).get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
        }
    }

    @Test
    void sharedResultSetAndStatementDoNotCrash() throws Exception {
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            st.setFetchSize(100);
            ResultSet rs = st.executeQuery("SELECT value FROM generate_series(1, 200000)");
            AtomicLong rows = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(pool.submit(() -> {
                    try {
                        while (rs.next()) {
                            rs.getLong(1);
                            rows.incrementAndGet();
                        }
                    } catch (SQLException e) {
                        errors.incrementAndGet(); // a concurrent close may end a reader: fine
                    }
                }));
            }
            tasks.add(pool.submit(() -> {
                try {
                    Thread.sleep(20);
                    st.cancel();
                    st.close();
                } catch (Exception ignored) {
                    // racing on purpose
                }
            }));
            for (Future<?> f : tasks) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(rows.get() <= 200000);
            assertTrue(rs.isClosed());
        }
        assertEquals(0, NativeStats.read().streams());
    }
}
