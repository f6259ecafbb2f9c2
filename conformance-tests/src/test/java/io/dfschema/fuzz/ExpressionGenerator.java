package io.dfschema.fuzz;

import io.dfschema.fuzz.FuzzTables.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Typed SQL expressions over the columns in scope: literals (edge values included), columns, casts,
 * operators, CASE/COALESCE/NULLIF, field/element/key access into nested values, and calls of random
 * engine functions with arguments shaped by their listed signatures (sometimes deliberately not).
 * Expressions are usually well typed, so most reach execution rather than stopping at planning.
 */
final class ExpressionGenerator {
    private final Random r;
    private final Routines routines;
    /** Columns in scope, each spelled as the query refers to it (qualified when a join is in scope). */
    private final List<Column> scope;
    private final List<String> names;

    ExpressionGenerator(Random r, Routines routines, List<Column> scope, List<String> names) {
        this.r = r;
        this.routines = routines;
        this.scope = scope;
        this.names = names;
    }

    static ExpressionGenerator over(Random r, Routines routines, String table, String alias) {
        List<Column> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        addScope(cols, names, table, alias);
        return new ExpressionGenerator(r, routines, cols, names);
    }

    static void addScope(List<Column> cols, List<String> names, String table, String alias) {
        for (Column c : FuzzTables.COLUMNS) {
            if (c.table().equals(table)) {
                cols.add(c);
                names.add(alias == null ? c.name() : alias + "." + c.name());
            }
        }
    }

    Random random() {
        return r;
    }

    /** A type for parts of nested values: mostly the common ones, so nested literals stay plannable. */
    FuzzType fieldType(Random r) {
        FuzzType[] common = {FuzzType.INT64, FuzzType.UTF8, FuzzType.FLOAT64, FuzzType.BOOLEAN, FuzzType.INT32};
        return r.nextInt(6) == 0 ? FuzzType.any(r) : common[r.nextInt(common.length)];
    }

    /** A column of any type in scope (for GROUP BY, ORDER BY, PARTITION BY). */
    String anyColumn() {
        return names.get(r.nextInt(names.size()));
    }

    String column(FuzzType t) {
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < scope.size(); i++) {
            if (scope.get(i).type() == t) {
                matching.add(names.get(i));
            }
        }
        return matching.isEmpty() ? null : matching.get(r.nextInt(matching.size()));
    }

    String expression(FuzzType t, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) {
            String col = column(t);
            return col != null && r.nextInt(3) > 0 ? col : t.literal(r, this, Math.max(depth, 1));
        }
        int choice = r.nextInt(10);
        return switch (choice) {
            case 0 -> cast(t, depth);
            case 1 -> conditional(t, depth);
            case 2 -> access(t, depth);
            case 3 -> call(depth);
            default -> operator(t, depth);
        };
    }

    String predicate(int depth) {
        return expression(FuzzType.BOOLEAN, depth);
    }

    private String cast(FuzzType t, int depth) {
        FuzzType from = r.nextBoolean() ? t : FuzzType.any(r);
        String inner = expression(from, depth - 1);
        return switch (r.nextInt(4)) {
            case 0 -> "TRY_CAST(" + inner + " AS " + t.castName(r) + ")";
            case 1 -> t.arrowName != null ? "arrow_cast(" + inner + ", '" + t.arrowName.replace("'", "''") + "')"
                    : "CAST(" + inner + " AS " + t.castName(r) + ")";
            case 2 -> "(" + inner + ")::" + t.castName(r);
            default -> "CAST(" + inner + " AS " + t.castName(r) + ")";
        };
    }

    private String conditional(FuzzType t, int depth) {
        return switch (r.nextInt(3)) {
            case 0 -> "CASE WHEN " + predicate(depth - 1) + " THEN " + expression(t, depth - 1)
                    + (r.nextBoolean() ? " ELSE " + expression(t, depth - 1) : "") + " END";
            case 1 -> "COALESCE(" + expression(t, depth - 1) + ", " + expression(t, depth - 1) + ")";
            default -> "NULLIF(" + expression(t, depth - 1) + ", " + expression(t, depth - 1) + ")";
        };
    }

    /** Reads a value of type t out of a nested one: struct field, list element or slice, map value. */
    private String access(FuzzType t, int depth) {
        return switch (r.nextInt(6)) {
            case 0 -> "get_field(" + expression(FuzzType.STRUCT, depth - 1) + ", '" + "aabbcz".charAt(r.nextInt(6)) + "')";
            case 1 -> expression(FuzzType.STRUCT, depth - 1) + "['" + "aabck".charAt(r.nextInt(5)) + "']";
            case 2 -> "(" + expression(FuzzType.LIST, depth - 1) + ")[" + index() + "]";
            case 3 -> "(" + expression(FuzzType.LIST, depth - 1) + ")[" + index() + ":" + index() + "]";
            case 4 -> expression(FuzzType.MAP, depth - 1) + "['" + (r.nextBoolean() ? "a" : "k" + r.nextInt(3)) + "']";
            default -> t == FuzzType.LIST ? "map_extract(" + expression(FuzzType.MAP, depth - 1) + ", 'b')"
                    : "cardinality(" + expression(FuzzType.LIST, depth - 1) + ")";
        };
    }

    private String index() {
        return FuzzType.pick(r, new String[] {"0", "1", "2", "-1", "3", "100", "9223372036854775807", "-9223372036854775807"});
    }

    private String operator(FuzzType t, int depth) {
        if (t == FuzzType.BOOLEAN) {
            return booleanOperator(depth);
        }
        if (t.numeric()) {
            String op = t.integer() && r.nextInt(4) == 0 ? FuzzType.pick(r, new String[] {"&", "|", "^", "<<", ">>"})
                    : FuzzType.pick(r, new String[] {"+", "-", "*", "/", "%"});
            if (r.nextInt(6) == 0 && !t.name().startsWith("UINT")) {
                return "(- " + expression(t, depth - 1) + ")";
            }
            FuzzType other = r.nextInt(4) == 0 ? FuzzType.numericType(r) : t;
            return "(" + expression(t, depth - 1) + " " + op + " " + expression(other, depth - 1) + ")";
        }
        if (t.text()) {
            return "(" + expression(t, depth - 1) + " || " + expression(r.nextBoolean() ? t : FuzzType.any(r), depth - 1) + ")";
        }
        if (t.temporal()) {
            String sign = r.nextBoolean() ? " + " : " - ";
            return "(" + expression(t, depth - 1) + sign + expression(FuzzType.INTERVAL, depth - 1) + ")";
        }
        if (t == FuzzType.INTERVAL) {
            return r.nextBoolean() ? "(" + expression(FuzzType.TIMESTAMP, depth - 1) + " - " + expression(FuzzType.TIMESTAMP, depth - 1) + ")"
                    : "(" + expression(FuzzType.INTERVAL, depth - 1) + " + " + expression(FuzzType.INTERVAL, depth - 1) + ")";
        }
        if (t == FuzzType.LIST) {
            return r.nextBoolean() ? "array_append(" + expression(FuzzType.LIST, depth - 1) + ", " + expression(fieldType(r), depth - 1) + ")"
                    : "(" + expression(FuzzType.LIST, depth - 1) + " || " + expression(FuzzType.LIST, depth - 1) + ")";
        }
        return t.literal(r, this, depth);
    }

    private String booleanOperator(int depth) {
        FuzzType t = r.nextInt(3) == 0 ? FuzzType.any(r) : FuzzType.scalar(r);
        String a = expression(t, depth - 1);
        return switch (r.nextInt(12)) {
            case 0 -> "(" + predicate(depth - 1) + " AND " + predicate(depth - 1) + ")";
            case 1 -> "(" + predicate(depth - 1) + " OR " + predicate(depth - 1) + ")";
            case 2 -> "(NOT " + predicate(depth - 1) + ")";
            case 3 -> "(" + a + " IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL)";
            case 4 -> "(" + a + " IS DISTINCT FROM " + expression(t, depth - 1) + ")";
            case 5 -> "(" + a + " BETWEEN " + expression(t, depth - 1) + " AND " + expression(t, depth - 1) + ")";
            case 6 -> "(" + a + " IN (" + expression(t, depth - 1) + ", " + expression(t, depth - 1) + "))";
            case 7 -> "(" + expression(FuzzType.UTF8, depth - 1) + (r.nextBoolean() ? " LIKE " : " ILIKE ")
                    + expression(FuzzType.UTF8, depth - 1) + ")";
            case 8 -> "(" + expression(FuzzType.UTF8, depth - 1) + FuzzType.pick(r, new String[] {" ~ ", " ~* ", " !~ "})
                    + FuzzType.pick(r, new String[] {"'a.*'", "'^r'", "'(x|y)+$'", "'['", "'\\d'", "'(?i)ROW'"}) + ")";
            default -> "(" + a + FuzzType.pick(r, new String[] {" = ", " <> ", " < ", " <= ", " > ", " >= "})
                    + expression(r.nextInt(4) == 0 ? FuzzType.any(r) : t, depth - 1) + ")";
        };
    }

    /** A call of a random scalar function; arguments follow one of its signatures, or are random (one in five). */
    String call(int depth) {
        return callOf(routines.pick(Routines.Kind.SCALAR, r), depth);
    }

    String aggregateCall(int depth) {
        Routines.Routine f = routines.pick(Routines.Kind.AGGREGATE, r);
        String call = callOf(f, depth);
        if (r.nextInt(5) == 0 && call.endsWith(")") && !call.endsWith("()")) {
            call = call.substring(0, call.indexOf('(') + 1) + "DISTINCT " + call.substring(call.indexOf('(') + 1);
        }
        if (r.nextInt(6) == 0) {
            call += " FILTER (WHERE " + predicate(depth - 1) + ")";
        }
        return call;
    }

    String windowCall(int depth) {
        Routines.Routine f = routines.pick(r.nextBoolean() ? Routines.Kind.WINDOW : Routines.Kind.AGGREGATE, r);
        String frame = FuzzType.pick(r, new String[] {"", " ROWS BETWEEN 1 PRECEDING AND CURRENT ROW",
            " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING", " RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING",
            " GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING"});
        return callOf(f, depth) + " OVER (" + (r.nextBoolean() ? "PARTITION BY " + anyColumn() + " " : "")
                + "ORDER BY " + anyColumn() + frame + ")";
    }

    private String callOf(Routines.Routine f, int depth) {
        List<String> args = new ArrayList<>();
        if (f.signatures().isEmpty() || r.nextInt(6) == 0) {
            // no listed signature: a nullary or variadic function, so mostly no arguments
            int n = f.signatures().isEmpty() && r.nextBoolean() ? 0 : r.nextInt(4);
            for (int i = 0; i < n; i++) {
                args.add(expression(FuzzType.any(r), depth - 1));
            }
        } else {
            List<String> sig = f.signatures().get(r.nextInt(f.signatures().size()));
            for (String engineType : sig) {
                FuzzType t = FuzzType.fromEngineName(engineType);
                args.add(expression(t == null ? FuzzType.any(r) : t, depth - 1));
            }
        }
        return quoted(f.name()) + "(" + String.join(", ", args) + ")";
    }

    private static String quoted(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
