package io.dfschema.metadata.jdbc;

/**
 * A JDBC metadata name argument: either a LIKE pattern ({@code %} any run of characters,
 * {@code _} one character, {@code \} escape as {@link java.sql.DatabaseMetaData#getSearchStringEscape()}
 * reports) or an exact name, matched in Java against snapshot values, never turned into SQL.
 *
 * <p>Escape rule: {@code \%}, {@code \_} and {@code \\} stand for a literal {@code %}, {@code _} and
 * {@code \}. A backslash before any other character, or at the end, is a literal backslash, so a
 * name with a backslash that a tool passes without escaping still finds itself.
 *
 * <p>Matching is case-sensitive on the stored name and works on code points, so {@code _} matches
 * one character outside the BMP as well.
 */
public final class NamePattern {

    /** Matches every name, including null. */
    public static final NamePattern ANY = new NamePattern(null, null, true);

    /** Matches nothing (e.g. a catalog of "" when every object has a catalog). */
    public static final NamePattern NONE = new NamePattern(null, null, false);

    private static final int LITERAL = 0;
    private static final int ONE = 1;   // _
    private static final int MANY = 2;  // %

    /** Exact value when the pattern has no wildcard, else null. */
    private final String literal;
    /** Compiled tokens: kinds[i] with codePoints[i] for literals. Null for ANY/NONE/literal. */
    private final int[] kinds;
    private final int[] codePoints;
    private final boolean matchAll;
    /** The literal code points before the first wildcard (a cheap first test); "" if none. */
    private final String prefix;
    /** The number of code points every match has when there is no {@code %}, else -1. */
    private final int fixedLength;

    private NamePattern(String literal, int[][] compiled, boolean matchAll) {
        this.literal = literal;
        this.kinds = compiled == null ? null : compiled[0];
        this.codePoints = compiled == null ? null : compiled[1];
        this.matchAll = matchAll;
        int p = 0;
        boolean many = false;
        if (kinds != null) {
            while (p < kinds.length && kinds[p] == LITERAL) {
                p++;
            }
            for (int k : kinds) {
                many |= k == MANY;
            }
        }
        this.prefix = kinds == null ? "" : new String(codePoints, 0, p);
        this.fixedLength = kinds == null || many ? -1 : kinds.length;
    }

    /**
     * A LIKE pattern argument: null means "do not narrow" (matches all); {@code "%"} matches all;
     * {@code ""} matches only the empty name.
     */
    public static NamePattern like(String pattern) {
        if (pattern == null) {
            return ANY;
        }
        int[] cps = pattern.codePoints().toArray();
        int[] kinds = new int[cps.length];
        int[] values = new int[cps.length];
        int n = 0;
        boolean wildcard = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\\' && i + 1 < cps.length && (cps[i + 1] == '%' || cps[i + 1] == '_' || cps[i + 1] == '\\')) {
                kinds[n] = LITERAL;
                values[n++] = cps[++i];
            } else if (c == '%') {
                if (n > 0 && kinds[n - 1] == MANY) {
                    continue; // %% is %
                }
                kinds[n++] = MANY;
                wildcard = true;
            } else if (c == '_') {
                kinds[n++] = ONE;
                wildcard = true;
            } else {
                kinds[n] = LITERAL;
                values[n++] = c;
            }
        }
        if (n == 1 && kinds[0] == MANY) {
            return ANY;
        }
        if (!wildcard) {
            return new NamePattern(new String(values, 0, n), null, false);
        }
        return new NamePattern(null, new int[][] {java.util.Arrays.copyOf(kinds, n), java.util.Arrays.copyOf(values, n)}, false);
    }

    /**
     * A name argument that the javadoc says is not a pattern ("must match the name as it is stored"):
     * null means "do not narrow". As DBeaver and others pass {@code "%"} for "all" to methods such as
     * getPrimaryKeys and getIndexInfo, a lone {@code "%"} also matches all; anything else is compared
     * exactly, so {@code _} and {@code \} are ordinary characters here.
     */
    public static NamePattern exactOrAll(String name) {
        if (name == null || name.equals("%")) {
            return ANY;
        }
        return new NamePattern(name, null, false);
    }

    /** True when this matches every name. */
    public boolean matchesAll() {
        return matchAll;
    }

    /** The one name this can match when it has no wildcards, else null (also null for ANY and NONE). */
    public String literal() {
        return literal;
    }

    public boolean matches(String name) {
        if (matchAll) {
            return true;
        }
        if (name == null) {
            return false;
        }
        if (literal != null) {
            return literal.equals(name);
        }
        if (kinds == null) {
            return false; // NONE
        }
        if (!name.startsWith(prefix)
                || (fixedLength >= 0 && name.codePointCount(0, name.length()) != fixedLength)) {
            return false;
        }
        return like(name.codePoints().toArray());
    }

    /** Iterative wildcard match with single backtrack point for the last %, linear in practice. */
    private boolean like(int[] s) {
        int si = 0, pi = 0, starPi = -1, starSi = 0;
        int pn = kinds.length;
        while (si < s.length) {
            if (pi < pn && kinds[pi] == LITERAL && codePoints[pi] == s[si]) {
                si++;
                pi++;
            } else if (pi < pn && kinds[pi] == ONE) {
                si++;
                pi++;
            } else if (pi < pn && kinds[pi] == MANY) {
                starPi = pi++;
                starSi = si;
            } else if (starPi >= 0) {
                pi = starPi + 1;
                si = ++starSi;
            } else {
                return false;
            }
        }
        while (pi < pn && kinds[pi] == MANY) {
            pi++;
        }
        return pi == pn;
    }

    @Override
    public String toString() {
        if (matchAll) {
            return "NamePattern[ANY]";
        }
        if (literal != null) {
            return "NamePattern[=" + literal + "]";
        }
        return kinds == null ? "NamePattern[NONE]" : "NamePattern[like]";
    }
}
