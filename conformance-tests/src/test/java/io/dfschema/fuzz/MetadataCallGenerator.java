package io.dfschema.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Calls of every DatabaseMetaData method, picked uniformly, with random arguments: names and patterns
 * that exist, that do not, that escape, that are huge or hostile; ints from the JDBC constants and
 * their edges; type arrays with nulls. The connection is either the in-memory fuzz session or the
 * CST contract catalog, so both metadata paths are reached. Returned ResultSets are read to the end.
 */
final class MetadataCallGenerator {
    private MetadataCallGenerator() {}

    /** Every public method of the interface, in a fixed order so a seed always picks the same one. */
    static final List<Method> METHODS = Arrays.stream(DatabaseMetaData.class.getMethods())
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
            .toList();

    private static final String[] STRINGS = {"", "%", "_", "t_all", "T_ALL", "t_small", "t\\_all", "t%", "c_%", "%\\_%",
        "public", "PUBLIC", "information_schema", "dfschema", "datafusion", "cst", "libcst_files", "libcst_names",
        "registrations", "id", "c_struct", "attrs", "span", "\"t_all\"", "'", "' OR 1=1 --", "\\", "\\\\%", "😀",
        "\u0000", "[a-z]*", ".*", "(", "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%_", "a".repeat(5000), "public.t_all",
        "nonexistent", " ", "%t_all%", "_%_%_%_%_"};
    private static final int[] INTS = {0, 1, -1, 2, 3, 4, 8, 100, Integer.MAX_VALUE, Integer.MIN_VALUE,
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.TYPE_SCROLL_SENSITIVE,
        ResultSet.CONCUR_READ_ONLY, ResultSet.CONCUR_UPDATABLE, ResultSet.HOLD_CURSORS_OVER_COMMIT,
        ResultSet.CLOSE_CURSORS_AT_COMMIT, Connection.TRANSACTION_SERIALIZABLE, Types.STRUCT, Types.ARRAY,
        Types.DISTINCT, Types.JAVA_OBJECT, Types.VARCHAR, Types.BIGINT, Types.OTHER, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final String[][] STRING_ARRAYS = {{}, {"TABLE"}, {"VIEW"}, {"SYSTEM TABLE"}, {"TABLE", "VIEW"},
        {null}, {"%"}, {"table"}, {"nonsense", ""}, {"VIEW", null, "TABLE"}};
    private static final int[][] INT_ARRAYS = {{}, {Types.STRUCT}, {Types.DISTINCT}, {Types.JAVA_OBJECT, Types.STRUCT},
        {-1, Integer.MAX_VALUE}};
    private static final Class<?>[] CLASSES = {DatabaseMetaData.class, Object.class, String.class, Connection.class,
        io.dfschema.metadata.jdbc.DfSchemaDatabaseMetaData.class, ResultSet.class};

    static FuzzCase generate(Random r) {
        Method m = METHODS.get(r.nextInt(METHODS.size()));
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(types[i], r);
        }
        boolean onContract = r.nextInt(3) == 0;
        long drainSeed = r.nextLong();
        return new FuzzCase() {
            @Override
            public String input() {
                return (onContract ? "[cst] " : "[mem] ") + m.getName() + describe(args);
            }

            @Override
            public void run(Workspace w) throws SQLException {
                Connection c = onContract ? w.contractConnection() : w.sqlConnection();
                Object result = invoke(c.getMetaData(), m, args);
                if (result instanceof ResultSet rs) {
                    try (rs) {
                        ResultDrain.drain(rs, new Random(drainSeed));
                    }
                }
            }
        };
    }

    /** Calls m; an exception it throws comes out as itself (an SQLException, or the runtime failure it is). */
    static Object invoke(Object target, Method m, Object[] args) throws SQLException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("undeclared checked exception from " + m.getName(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object argument(Class<?> type, Random r) {
        if (type == String.class) {
            return r.nextInt(5) == 0 ? null : FuzzType.pick(r, STRINGS);
        }
        if (type == int.class) {
            return INTS[r.nextInt(INTS.length)];
        }
        if (type == boolean.class) {
            return r.nextBoolean();
        }
        if (type == String[].class) {
            return r.nextInt(4) == 0 ? null : STRING_ARRAYS[r.nextInt(STRING_ARRAYS.length)].clone();
        }
        if (type == int[].class) {
            return r.nextInt(4) == 0 ? null : INT_ARRAYS[r.nextInt(INT_ARRAYS.length)].clone();
        }
        if (type == Class.class) {
            return r.nextInt(6) == 0 ? null : CLASSES[r.nextInt(CLASSES.length)];
        }
        throw new IllegalStateException("no generator for DatabaseMetaData argument type " + type);
    }

    private static String describe(Object[] args) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            String s = a == null ? "null"
                    : a instanceof String str ? "\"" + (str.length() > 40 ? str.substring(0, 40) + "...(" + str.length() + ")" : str) + "\""
                    : a instanceof Object[] arr ? Arrays.toString(arr)
                    : a instanceof int[] ia ? Arrays.toString(ia)
                    : a instanceof Class<?> c ? c.getSimpleName() + ".class" : a.toString();
            sb.append(i > 0 ? ", " : "").append(s);
        }
        return sb.append(')').toString();
    }
}
