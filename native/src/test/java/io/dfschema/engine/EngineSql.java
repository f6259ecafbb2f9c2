package io.dfschema.engine;

import io.dfschema.engine.vector.Batch;
import io.dfschema.engine.vector.BoolVector;
import io.dfschema.engine.vector.ColumnVector;
import io.dfschema.engine.vector.FixedWidthVector;
import io.dfschema.engine.vector.VarBinaryVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs SQL on a session the way the driver does (plan, execute, drain) and reads simple values back. */
final class EngineSql {
    private EngineSql() {}

    /** Runs a statement to completion (DDL, COPY, INSERT), discarding any rows. */
    static void exec(Session session, String sql) {
        rows(session, sql);
    }

    /**
     * All rows of a query; strings arrive as String, integers and timestamps as Long, booleans as Boolean,
     * nulls as null. Cast other types in SQL.
     */
    static List<List<Object>> rows(Session session, String sql) {
        List<List<Object>> out = new ArrayList<>();
        try (CancelToken token = new CancelToken();
             LogicalPlanHandle plan = session.sql(sql, token);
             BatchStream stream = plan.execute(null, token, 0)) {
            for (Batch b = stream.next(); b != null; b = stream.next()) {
                for (int r = 0; r < b.rowCount(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (ColumnVector c : b.columns()) {
                        row.add(value(c, r));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** The single value of a one-row, one-column query. */
    static Object scalar(Session session, String sql) {
        List<List<Object>> rows = rows(session, sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value from " + sql + ", got " + rows);
        }
        return rows.get(0).get(0);
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static Object value(ColumnVector c, int r) {
        if (c.isNull(r)) {
            return null;
        }
        if (c instanceof VarBinaryVector v) {
            return v.getString(r);
        }
        if (c instanceof FixedWidthVector v) {
            return v.getLongValue(r);
        }
        if (c instanceof BoolVector v) {
            return v.getBoolean(r);
        }
        throw new AssertionError("cast " + c + " to a simple type in the test's SQL");
    }
}
