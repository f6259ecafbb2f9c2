package io.dfschema.metadata.contract;

import io.dfschema.engine.ArrowType;
import io.dfschema.metadata.jdbc.ArrowTypeParser;

import java.util.Objects;
import java.util.Optional;

/**
 * A column type as a contract writes it: the text, and its parsed form.
 *
 * <p>The text is either a DataFusion SQL type ({@code BIGINT}, {@code VARCHAR[]},
 * {@code STRUCT(a BIGINT, b VARCHAR)}, {@code MAP(VARCHAR, BIGINT)}; keywords case-insensitive) or an
 * Arrow type name as {@code arrow_typeof} prints it ({@code Int64}, {@code Utf8View},
 * {@code Timestamp(ns, "UTC")}, {@code Dictionary(Int32, Utf8)}; case-sensitive). Arrow names pin what
 * SQL leaves to the session, such as Utf8 versus Utf8View, a time zone, or a dictionary encoding. A text
 * whose first word is an Arrow-only name ({@code Int64}, {@code List}, ...) is Arrow notation; a first
 * word both notations share ({@code Timestamp}, {@code Struct}, {@code Map}, ...) is read as SQL and, if
 * that fails, as Arrow.
 *
 * <p>Two TypeSpecs are equal when their texts are; {@link #canonical()} is what is compared where
 * spelling must not matter (fingerprints). Immutable and thread-safe.
 */
public final class TypeSpec {

    /** The notation a type is written in. */
    public enum Syntax { SQL, ARROW }

    private final String text;
    private final SqlType sql;
    private final ArrowType arrow;

    private TypeSpec(String text, SqlType sql, ArrowType arrow) {
        this.text = text;
        this.sql = sql;
        this.arrow = arrow;
    }

    /**
     * Parses a type text (surrounding whitespace is dropped).
     *
     * @throws TypeSpecException naming what is wrong and where
     */
    public static TypeSpec parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.isEmpty()) {
            throw new TypeSpecException("the type is empty");
        }
        String first = TypeNames.leadingWord(t);
        if (TypeNames.ARROW_ONLY.contains(first)) {
            return new TypeSpec(t, null, parseArrow(t));
        }
        try {
            return new TypeSpec(t, SqlTypeParser.parse(t), null);
        } catch (TypeSpecException sqlError) {
            // Only Arrow's exact CamelCase spelling (Timestamp, not TIMESTAMP) falls back to Arrow notation,
            // and then the Arrow parser's error is the one that explains what went wrong.
            if (!TypeNames.SHARED.contains(first)) {
                throw sqlError;
            }
            return new TypeSpec(t, null, parseArrow(t));
        }
    }

    /** The TypeSpec of a SQL type, written in its canonical spelling. */
    public static TypeSpec of(SqlType type) {
        return new TypeSpec(type.canonical(), type, null);
    }

    /** The TypeSpec pinning an Arrow type, written as Arrow displays it. */
    public static TypeSpec of(ArrowType type) {
        return parse(ArrowTypeDisplay.render(type));
    }

    private static ArrowType parseArrow(String t) {
        try {
            return ArrowTypeParser.parse(t);
        } catch (ArrowTypeParser.ParseException e) {
            throw new TypeSpecException(e.getMessage());
        }
    }

    /** The type as written (without surrounding whitespace). */
    public String text() {
        return text;
    }

    public Syntax syntax() {
        return sql != null ? Syntax.SQL : Syntax.ARROW;
    }

    /** The parsed SQL type, when written in SQL. */
    public Optional<SqlType> sqlType() {
        return Optional.ofNullable(sql);
    }

    /** The parsed Arrow type, when written as an Arrow name. */
    public Optional<ArrowType> arrowType() {
        return Optional.ofNullable(arrow);
    }

    /**
     * The normalized text: SQL synonyms folded and spacing fixed ({@code integer} and {@code INT} give
     * {@code INT}, {@code ARRAY<text>} gives {@code VARCHAR[]}), Arrow names re-displayed as Arrow 59 shows
     * them. A SQL text and an Arrow text stay different even when a session would make them the same type,
     * since only the Arrow one pins it.
     */
    public String canonical() {
        return sql != null ? sql.canonical() : ArrowTypeDisplay.render(arrow);
    }

    /**
     * The spelling for a {@code CREATE EXTERNAL TABLE} column list when it does not depend on the session:
     * any SQL type but MAP, and Arrow types with a session-independent SQL equivalent ({@code Int64} gives
     * {@code BIGINT}; {@code Utf8} gives nothing since VARCHAR's Arrow type depends on the session).
     */
    public Optional<String> sqlDdl() {
        return sql != null ? sql.ddl() : TypeResolution.toSql(arrow, null).flatMap(SqlType::ddl);
    }

    /** Like {@link #sqlDdl()} for a session with {@code settings}, so that {@code Utf8} gives VARCHAR when view types are off. */
    public Optional<String> sqlDdl(SqlTypeSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return sql != null ? sql.ddl() : TypeResolution.toSql(arrow, settings).flatMap(SqlType::ddl);
    }

    /** The Arrow type a column of this type has in a session with {@code settings}. */
    public ArrowType toArrow(SqlTypeSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return sql != null ? TypeResolution.toArrow(sql, settings) : arrow;
    }

    /** The Arrow type a column of this type has in a session with {@code settings}, as {@code arrow_typeof} writes it. */
    public String arrowText(SqlTypeSettings settings) {
        return display(toArrow(settings));
    }

    /** An engine type as {@code arrow_typeof} writes it (and as Arrow's type parser reads it back). */
    public static String display(ArrowType type) {
        return ArrowTypeDisplay.render(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeSpec other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
