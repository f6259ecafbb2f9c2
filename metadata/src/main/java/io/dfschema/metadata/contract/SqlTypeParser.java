package io.dfschema.metadata.contract;

import io.dfschema.metadata.contract.SqlType.ArrayType;
import io.dfschema.metadata.contract.SqlType.Kind;
import io.dfschema.metadata.contract.SqlType.MapType;
import io.dfschema.metadata.contract.SqlType.ScalarType;
import io.dfschema.metadata.contract.SqlType.StructField;
import io.dfschema.metadata.contract.SqlType.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the DataFusion SQL type names a contract accepts (keywords are
 * case-insensitive). It follows what DataFusion 55's planner accepts, so a type that parses here is one
 * the engine understands; what the planner rejects (TIME WITH TIME ZONE, INTERVAL with fields, odd
 * TIMESTAMP precisions) is rejected here too, with the reason.
 */
final class SqlTypeParser {

    /** Every keyword a SQL type may start with, for "did you mean" hints. */
    static final List<String> TYPE_KEYWORDS = List.of("BOOLEAN", "BOOL", "TINYINT", "SMALLINT", "INT", "INTEGER",
            "BIGINT", "REAL", "FLOAT", "DOUBLE", "DECIMAL", "NUMERIC", "VARCHAR", "CHAR", "TEXT", "STRING",
            "BYTEA", "DATE", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "INTERVAL", "ARRAY", "STRUCT", "MAP");

    private final String text;
    private int pos;

    private SqlTypeParser(String text) {
        this.text = text;
    }

    /** Parses a whole SQL type; {@code text} must already be stripped. */
    static SqlType parse(String text) {
        SqlTypeParser p = new SqlTypeParser(text);
        SqlType t = p.type();
        p.skipSpaces();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.substring(p.pos) + "' after the type");
        }
        return t;
    }

    private SqlType type() {
        SqlType t = base();
        while (true) {
            skipSpaces();
            if (!tryConsume('[')) {
                return t;
            }
            skipSpaces();
            int size = -1;
            if (Character.isDigit(peek())) {
                size = positiveInt("array size");
            }
            expect(']');
            t = new ArrayType(t, size);
        }
    }

    private SqlType base() {
        skipSpaces();
        int start = pos;
        String word = word();
        if (word.isEmpty()) {
            throw error("expected a type name");
        }
        switch (word.toUpperCase(Locale.ROOT)) {
            case "BOOLEAN": case "BOOL": return ScalarType.of(Kind.BOOLEAN);
            case "TINYINT": return unsigned(Kind.TINYINT, Kind.TINYINT_UNSIGNED);
            case "SMALLINT": return unsigned(Kind.SMALLINT, Kind.SMALLINT_UNSIGNED);
            case "INT": case "INTEGER": return unsigned(Kind.INT, Kind.INT_UNSIGNED);
            case "BIGINT": return unsigned(Kind.BIGINT, Kind.BIGINT_UNSIGNED);
            case "REAL": return ScalarType.of(Kind.REAL);
            case "FLOAT":
                // DataFusion reads FLOAT and FLOAT(p) alike as Float32, whatever p
                optionalLength("FLOAT precision");
                return ScalarType.of(Kind.REAL);
            case "DOUBLE":
                keyword("PRECISION");
                return ScalarType.of(Kind.DOUBLE);
            case "DECIMAL": case "NUMERIC": return decimal();
            case "VARCHAR": case "CHAR": case "STRING":
                // the length is accepted and ignored, as DataFusion does
                optionalLength(word.toUpperCase(Locale.ROOT) + " length");
                return ScalarType.of(Kind.VARCHAR);
            case "TEXT": return ScalarType.of(Kind.VARCHAR);
            case "BYTEA": return ScalarType.of(Kind.BYTEA);
            case "DATE": return ScalarType.of(Kind.DATE);
            case "TIME": return time();
            case "TIMESTAMP": return timestamp(false);
            case "TIMESTAMPTZ": return timestamp(true);
            case "INTERVAL": return ScalarType.of(Kind.INTERVAL);
            case "ARRAY": {
                expect('<');
                SqlType element = type();
                expect('>');
                return ArrayType.of(element);
            }
            case "STRUCT": return struct();
            case "MAP": return map();
            default:
                pos = start;
                throw unknownType(word);
        }
    }

    private SqlType unsigned(Kind signed, Kind unsigned) {
        return keyword("UNSIGNED") ? ScalarType.of(unsigned) : ScalarType.of(signed);
    }

    private SqlType decimal() {
        skipSpaces();
        if (!tryConsume('(')) {
            return ScalarType.decimal(38, 10); // DataFusion's DECIMAL without parameters
        }
        int precisionAt = pos;
        int precision = positiveInt("DECIMAL precision");
        int scale = 0;
        skipSpaces();
        if (tryConsume(',')) {
            scale = nonNegativeInt("DECIMAL scale");
        }
        expect(')');
        if (precision > 76 || scale > precision) {
            pos = precisionAt;
            throw error("DECIMAL(" + precision + "," + scale + ") needs precision <= 76 and scale <= precision");
        }
        return ScalarType.decimal(precision, scale);
    }

    private SqlType time() {
        int at = pos;
        if (keywords("WITH", "TIME", "ZONE")) {
            pos = at;
            throw error("TIME WITH TIME ZONE is not supported by DataFusion");
        }
        keywords("WITHOUT", "TIME", "ZONE");
        return ScalarType.of(Kind.TIME);
    }

    private SqlType timestamp(boolean tz) {
        int digits = 9;
        skipSpaces();
        if (tryConsume('(')) {
            int at = pos;
            digits = nonNegativeInt("TIMESTAMP precision");
            if (digits != 0 && digits != 3 && digits != 6 && digits != 9) {
                pos = at;
                throw error("TIMESTAMP precision must be 0, 3, 6 or 9");
            }
            expect(')');
        }
        if (!tz) {
            if (keywords("WITH", "TIME", "ZONE")) {
                tz = true;
            } else {
                keywords("WITHOUT", "TIME", "ZONE");
            }
        }
        return ScalarType.timestamp(digits, tz);
    }

    private SqlType struct() {
        skipSpaces();
        char close;
        if (tryConsume('(')) {
            close = ')';
        } else if (tryConsume('<')) {
            close = '>';
        } else {
            throw error("expected '(' after STRUCT");
        }
        List<StructField> fields = new ArrayList<>();
        do {
            skipSpaces();
            int at = pos;
            String name = identifier();
            SqlType t = type();
            for (StructField f : fields) {
                if (f.name().equals(name)) {
                    pos = at;
                    throw error("STRUCT field '" + name + "' is declared twice");
                }
            }
            fields.add(new StructField(name, t));
            skipSpaces();
        } while (tryConsume(','));
        expect(close);
        return new StructType(fields);
    }

    private SqlType map() {
        skipSpaces();
        char close;
        if (tryConsume('(')) {
            close = ')';
        } else if (tryConsume('<')) {
            close = '>';
        } else {
            throw error("expected '(' after MAP");
        }
        SqlType key = type();
        expect(',');
        SqlType value = type();
        expect(close);
        return new MapType(key, value);
    }

    // ---------------------------------------------------------------- lexing

    /** A field name: bare (folded to lowercase, as DataFusion does) or double-quoted (kept exactly). */
    private String identifier() {
        if (tryConsume('"')) {
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated quoted name");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (tryConsume('"')) {
                        sb.append('"');
                        continue;
                    }
                    break;
                }
                sb.append(c);
            }
            if (sb.length() == 0) {
                throw error("empty field name");
            }
            return sb.toString();
        }
        if (!(Character.isLetter(peek()) || peek() == '_')) {
            throw error("expected a field name");
        }
        return word().toLowerCase(Locale.ROOT);
    }

    private void optionalLength(String what) {
        skipSpaces();
        if (tryConsume('(')) {
            positiveInt(what);
            expect(')');
        }
    }

    /** Consumes the keyword if it comes next (case-insensitively). */
    private boolean keyword(String kw) {
        int save = pos;
        skipSpaces();
        if (word().equalsIgnoreCase(kw)) {
            return true;
        }
        pos = save;
        return false;
    }

    /** Consumes all the keywords if they all come next, else nothing. */
    private boolean keywords(String... kws) {
        int save = pos;
        for (String kw : kws) {
            if (!keyword(kw)) {
                pos = save;
                return false;
            }
        }
        return true;
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private int positiveInt(String what) {
        int at = pos;
        int n = nonNegativeInt(what);
        if (n == 0) {
            pos = at;
            throw error(what + " must be positive");
        }
        return n;
    }

    private int nonNegativeInt(String what) {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected a number for the " + what);
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean tryConsume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaces();
        if (!tryConsume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private TypeSpecException unknownType(String word) {
        String hint;
        String arrow = TypeNames.arrowNameIgnoringCase(word);
        if (arrow != null) {
            hint = "; Arrow type names are case-sensitive: did you mean '" + arrow + "'?";
        } else if (TypeNames.isArrowName(word)) {
            hint = "; Arrow type names cannot be nested in a SQL type: write the whole type in Arrow notation";
        } else {
            hint = Suggestions.hint(word, TYPE_KEYWORDS);
        }
        return error("unknown type '" + word + "'" + hint);
    }

    private TypeSpecException error(String message) {
        return new TypeSpecException("cannot parse type '" + text + "': " + message
                + (pos > 0 ? " (at offset " + pos + ")" : ""));
    }
}
