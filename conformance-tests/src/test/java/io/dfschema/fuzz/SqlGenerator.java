package io.dfschema.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Queries from a small grammar over {@link FuzzTables}: projections with filters and ordering,
 * grouped aggregates with HAVING, joins of every kind, window functions, set operations, subqueries
 * and constant selects; one in eight is then mangled textually (spans cut, repeated or swapped,
 * stray tokens) so the parser sees broken input too. One in ten runs as a prepared statement.
 */
final class SqlGenerator {
    private SqlGenerator() {}

    private static final String[] JOINS = {"JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL JOIN", "LEFT SEMI JOIN",
        "LEFT ANTI JOIN", "CROSS JOIN"};

    static FuzzCase generate(Random r, Routines routines) {
        String sql = switch (r.nextInt(8)) {
            case 0, 1 -> projection(r, routines);
            case 2 -> aggregate(r, routines);
            case 3 -> join(r, routines);
            case 4 -> window(r, routines);
            case 5 -> setOperation(r, routines);
            case 6 -> subquery(r, routines);
            default -> constant(r, routines);
        };
        if (r.nextInt(8) == 0) {
            sql = TextMutator.mutate(sql, r, 1 + r.nextInt(3));
        }
        boolean prepared = r.nextInt(10) == 0;
        long drainSeed = r.nextLong();
        String query = sql;
        return new FuzzCase() {
            @Override
            public String input() {
                return (prepared ? "[prepared] " : "") + query;
            }

            @Override
            public void run(Workspace w) throws SQLException {
                execute(w.sqlConnection(), query, prepared, w.settings().queryTimeoutSeconds(), new Random(drainSeed));
            }
        };
    }

    static void execute(Connection c, String sql, boolean prepared, int timeout, Random r) throws SQLException {
        if (prepared) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setQueryTimeout(timeout);
                if (ps.execute()) {
                    try (ResultSet rs = ps.getResultSet()) {
                        ResultDrain.drain(rs, r);
                    }
                }
            }
            return;
        }
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(timeout);
            if (r.nextInt(4) == 0) {
                st.setFetchSize(1 + r.nextInt(3));
            }
            if (st.execute(sql)) {
                try (ResultSet rs = st.getResultSet()) {
                    ResultDrain.drain(rs, r);
                }
            }
        }
    }

    private static String table(Random r) {
        return r.nextInt(4) == 0 ? FuzzTables.TABLES.get(1 + r.nextInt(2)) : "t_all";
    }

    private static String selectList(ExpressionGenerator g, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Random r = g.random();
            items.add(g.expression(FuzzType.any(r), 1 + r.nextInt(3)) + (r.nextBoolean() ? " AS e" + i : ""));
        }
        return String.join(", ", items);
    }

    private static String projection(Random r, Routines routines) {
        String table = table(r);
        ExpressionGenerator g = ExpressionGenerator.over(r, routines, table, null);
        StringBuilder sql = new StringBuilder("SELECT ").append(r.nextInt(8) == 0 ? "DISTINCT " : "")
                .append(selectList(g, 1 + r.nextInt(4))).append(" FROM ").append(table);
        if (r.nextBoolean()) {
            sql.append(" WHERE ").append(g.predicate(1 + r.nextInt(2)));
        }
        if (r.nextInt(3) == 0) {
            sql.append(" ORDER BY ").append(r.nextBoolean() ? "1" : g.anyColumn())
                    .append(r.nextBoolean() ? " DESC" : "").append(r.nextBoolean() ? " NULLS FIRST" : "");
        }
        if (r.nextInt(3) == 0) {
            sql.append(" LIMIT ").append(r.nextInt(10)).append(r.nextInt(4) == 0 ? " OFFSET " + r.nextInt(5) : "");
        }
        return sql.toString();
    }

    private static String aggregate(Random r, Routines routines) {
        String table = table(r);
        ExpressionGenerator g = ExpressionGenerator.over(r, routines, table, null);
        String key = g.anyColumn();
        List<String> items = new ArrayList<>();
        boolean grouped = r.nextInt(4) > 0;
        if (grouped) {
            items.add(key);
        }
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            items.add(g.aggregateCall(1 + r.nextInt(3)));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", items)).append(" FROM ").append(table);
        if (r.nextInt(3) == 0) {
            sql.append(" WHERE ").append(g.predicate(2));
        }
        if (grouped) {
            sql.append(FuzzType.pick(r, new String[] {" GROUP BY ", " GROUP BY ", " GROUP BY ROLLUP(", " GROUP BY CUBE("}));
            sql.append(key).append(sql.toString().endsWith("(" + key) ? ")" : "");
            if (r.nextInt(3) == 0) {
                sql.append(" HAVING ").append(r.nextBoolean() ? "count(*) > " + r.nextInt(3) : g.predicate(1));
            }
            if (r.nextBoolean()) {
                sql.append(" ORDER BY 1");
            }
        }
        return sql.toString();
    }

    private static String join(Random r, Routines routines) {
        String left = table(r);
        String right = FuzzTables.TABLES.get(r.nextInt(FuzzTables.TABLES.size()));
        List<FuzzTables.Column> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ExpressionGenerator.addScope(cols, names, left, "l");
        String join = FuzzType.pick(r, JOINS);
        if (!join.contains("SEMI") && !join.contains("ANTI")) {
            ExpressionGenerator.addScope(cols, names, right, "rt");
        }
        ExpressionGenerator g = new ExpressionGenerator(r, routines, cols, names);
        String on = switch (r.nextInt(4)) {
            case 0 -> g.predicate(2);
            case 1 -> "l." + keyOf(left) + " = rt." + keyOf(right) + " AND " + g.predicate(1);
            default -> "l." + keyOf(left) + " = rt." + keyOf(right);
        };
        if (join.contains("SEMI") || join.contains("ANTI")) {
            on = "l." + keyOf(left) + " = rt." + keyOf(right);
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        if (r.nextBoolean()) {
            sql.append(selectList(g, 1 + r.nextInt(3)));
        } else {
            sql.append("count(*), ").append(g.aggregateCall(2));
        }
        sql.append(" FROM ").append(left).append(" l ").append(join).append(' ').append(right).append(" rt");
        if (!join.equals("CROSS JOIN")) {
            sql.append(" ON ").append(on);
        }
        if (r.nextBoolean()) {
            sql.append(" WHERE ").append(g.predicate(2));
        }
        return sql.toString();
    }

    private static String keyOf(String table) {
        return table.equals("t_all") ? "id" : "k";
    }

    private static String window(Random r, Routines routines) {
        String table = table(r);
        ExpressionGenerator g = ExpressionGenerator.over(r, routines, table, null);
        return "SELECT " + g.anyColumn() + ", " + g.windowCall(1 + r.nextInt(2)) + " FROM " + table
                + (r.nextBoolean() ? " ORDER BY 1" : "");
    }

    private static String setOperation(Random r, Routines routines) {
        FuzzType t = FuzzType.any(r);
        String a = "SELECT " + ExpressionGenerator.over(r, routines, "t_all", null).expression(t, 2) + " AS x FROM t_all";
        FuzzType u = r.nextInt(3) == 0 ? FuzzType.any(r) : t;
        String b = "SELECT " + ExpressionGenerator.over(r, routines, "t_all", null).expression(u, 2) + " AS x FROM t_all";
        String op = FuzzType.pick(r, new String[] {"UNION", "UNION ALL", "INTERSECT", "EXCEPT", "UNION DISTINCT"});
        return a + " " + op + " " + b + (r.nextBoolean() ? " ORDER BY 1" : "");
    }

    private static String subquery(Random r, Routines routines) {
        ExpressionGenerator g = ExpressionGenerator.over(r, routines, "t_all", null);
        ExpressionGenerator inner = ExpressionGenerator.over(r, routines, "t_small", null);
        String where = switch (r.nextInt(4)) {
            case 0 -> "id IN (SELECT k FROM t_small WHERE " + inner.predicate(2) + ")";
            case 1 -> (r.nextBoolean() ? "NOT " : "") + "EXISTS (SELECT 1 FROM t_small WHERE t_small.k = t_all.id)";
            case 2 -> "c_i64 > (SELECT " + FuzzType.pick(r, new String[] {"max(k)", "min(k)", "count(*)", "sum(k)"}) + " FROM t_small)";
            default -> g.predicate(2);
        };
        String from = r.nextInt(3) == 0
                ? "(SELECT * FROM t_all WHERE " + g.predicate(1) + ") AS t_all"
                : "t_all";
        return "SELECT " + selectList(g, 1 + r.nextInt(2)) + " FROM " + from + " WHERE " + where;
    }

    private static String constant(Random r, Routines routines) {
        ExpressionGenerator g = new ExpressionGenerator(r, routines, List.of(), List.of());
        int n = 1 + r.nextInt(3);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(r.nextBoolean() ? g.call(2 + r.nextInt(2)) : g.expression(FuzzType.any(r), 3));
        }
        return "SELECT " + String.join(", ", items);
    }
}
