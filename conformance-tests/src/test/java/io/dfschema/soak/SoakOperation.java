package io.dfschema.soak;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The soak's operations, each on a connection borrowed from the pool: checksum-verified queries over
 * the CSV table and its memory copy, metadata calls, cancels and timeouts of a long query, results
 * abandoned mid-stream, statements closed while they run, and connections evicted from the pool.
 * An operation reports a wrong answer to the tally and lets an unexpected exception propagate.
 */
enum SoakOperation {
    RANGE_TOTALS(25), RANGE_ROWS(15), GROUP_SUMS(10), METADATA(15), CANCEL(8), TIMEOUT(3), ABANDON(10),
    CLOSE_RACE(5), EVICT(4);

    /** Runs far longer than any operation may: only a cancel, a timeout or a close ends it. */
    static final String LONG_QUERY = "SELECT sum(value % 7) FROM generate_series(1, 100000000000)";

    private final int weight;

    SoakOperation(int weight) {
        this.weight = weight;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SoakOperation pick(Random r) {
        int total = Arrays.stream(values()).mapToInt(op -> op.weight).sum();
        int x = r.nextInt(total);
        for (SoakOperation op : values()) {
            if (x < op.weight) {
                return op;
            }
            x -= op.weight;
        }
        throw new IllegalStateException();
    }

    void run(HikariDataSource ds, SoakData data, Random r, ScheduledExecutorService timer, SoakTally tally)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            switch (this) {
                case RANGE_TOTALS -> rangeTotals(c, data, r, tally);
                case RANGE_ROWS -> rangeRows(c, data, r, tally);
                case GROUP_SUMS -> groupSums(c, data, r, tally);
                case METADATA -> metadata(c, tally);
                case CANCEL -> cancel(c, r, timer, tally);
                case TIMEOUT -> timeout(c, tally);
                case ABANDON -> abandon(c, r);
                case CLOSE_RACE -> closeRace(c, r, timer);
                case EVICT -> {
                    rangeTotals(c, data, r, tally);
                    ds.evictConnection(c);
                }
            }
        }
        tally.done(this);
    }

    private static String table(Random r) {
        return r.nextBoolean() ? "items" : "items_mem";
    }

    private void rangeTotals(Connection c, SoakData data, Random r, SoakTally tally) throws SQLException {
        int lo = r.nextInt(SoakData.ROWS + 10) - 5;
        int hi = lo + r.nextInt(SoakData.ROWS / 2);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), sum(amount), sum(character_length(label)) FROM "
                + table(r) + " WHERE id BETWEEN ? AND ?")) {
            ps.setInt(1, lo);
            ps.setInt(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long[] got = {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                long[] want = data.rangeTotals(lo, hi);
                if (!Arrays.equals(got, want)) {
                    tally.wrongResult(this, "ids " + lo + ".." + hi + ": " + Arrays.toString(got) + ", want " + Arrays.toString(want));
                }
            }
        }
    }

    private void rangeRows(Connection c, SoakData data, Random r, SoakTally tally) throws SQLException {
        int lo = 1 + r.nextInt(SoakData.ROWS);
        int hi = lo + r.nextInt(5_000);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(r.nextBoolean() ? 0 : 1 + r.nextInt(2_000));
            try (ResultSet rs = st.executeQuery("SELECT id, grp, amount, label FROM " + table(r)
                    + " WHERE id >= " + lo + " AND id <= " + hi + " ORDER BY id")) {
                long h = 17;
                while (rs.next()) {
                    h = SoakData.rowChecksum(h, rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4));
                }
                long want = data.rangeChecksum(lo, hi);
                if (h != want) {
                    tally.wrongResult(this, "ids " + lo + ".." + hi + ": checksum " + h + ", want " + want);
                }
            }
        }
    }

    private void groupSums(Connection c, SoakData data, Random r, SoakTally tally) throws SQLException {
        long[] got = new long[SoakData.GROUPS];
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT grp, sum(amount) FROM " + table(r) + " GROUP BY grp ORDER BY grp")) {
            while (rs.next()) {
                got[rs.getInt(1)] = rs.getLong(2);
            }
        }
        if (!Arrays.equals(got, data.groupSums())) {
            tally.wrongResult(this, Arrays.toString(got) + ", want " + Arrays.toString(data.groupSums()));
        }
    }

    private void metadata(Connection c, SoakTally tally) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        int tables = 0;
        try (ResultSet rs = md.getTables(null, "public", "items%", null)) {
            while (rs.next()) {
                tables++;
            }
        }
        int columns = 0;
        try (ResultSet rs = md.getColumns(null, "public", "items", "%")) {
            while (rs.next()) {
                columns++;
            }
        }
        if (tables != 2 || columns != 4) {
            tally.wrongResult(this, tables + " tables and " + columns + " columns, want 2 and 4");
        }
    }

    private void cancel(Connection c, Random r, ScheduledExecutorService timer, SoakTally tally) throws SQLException {
        try (Statement st = c.createStatement()) {
            // A backstop: a cancel that fires before executeQuery has begun cancels nothing (as JDBC has it:
            // nothing was running); the timeout then ends the query and the tally counts it as lost.
            st.setQueryTimeout(10);
            timer.schedule(() -> {
                try {
                    st.cancel();
                } catch (SQLException closedAlready) {
                    // the statement finished or closed first: nothing to cancel
                }
            }, 5 + r.nextInt(100), TimeUnit.MILLISECONDS);
            expectCancelled(st, tally);
        }
    }

    private void timeout(Connection c, SoakTally tally) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(1);
            try (ResultSet rs = st.executeQuery(LONG_QUERY)) {
                rs.next();
                tally.wrongResult(this, "the long query finished within its 1 s timeout");
            } catch (SQLTimeoutException expected) {
                if (!"57014".equals(expected.getSQLState())) {
                    tally.wrongResult(this, "timeout with SQLState " + expected.getSQLState());
                }
            }
        }
    }

    private void expectCancelled(Statement st, SoakTally tally) throws SQLException {
        try (ResultSet rs = st.executeQuery(LONG_QUERY)) {
            rs.next();
            tally.wrongResult(this, "the long query returned despite the cancel");
        } catch (SQLTimeoutException lost) {
            tally.lostCancel();
        } catch (SQLException e) {
            if (!"57014".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void abandon(Connection c, Random r) throws SQLException {
        Statement st = c.createStatement();
        st.setFetchSize(100);
        ResultSet rs = st.executeQuery("SELECT * FROM items ORDER BY label DESC");
        for (int i = 0; i < r.nextInt(300); i++) {
            rs.next();
        }
        if (r.nextBoolean()) {
            st.close(); // else left open: returning the connection to the pool closes it
        }
    }

    /** Closes the statement from another thread while its query runs: the query must end with an SQLException. */
    private static void closeRace(Connection c, Random r, ScheduledExecutorService timer) throws SQLException {
        Statement st = c.createStatement();
        timer.schedule(() -> {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing twice or after the end is fine
            }
        }, 5 + r.nextInt(100), TimeUnit.MILLISECONDS);
        try (ResultSet rs = st.executeQuery(LONG_QUERY)) {
            rs.next();
            throw new IllegalStateException("the long query returned although its statement was closed");
        } catch (SQLException e) {
            if (e.getSQLState() == null) {
                throw e;
            }
        } finally {
            st.close();
        }
    }
}
