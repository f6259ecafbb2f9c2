package io.dfschema.metadata.contract;

import java.util.Objects;

/**
 * A declared column.
 *
 * @param name              the column name exactly as the files have it (case-sensitive)
 * @param type              its type
 * @param nullable          whether it may hold nulls (default true)
 * @param description       documentation shown as the column's REMARKS, or null
 * @param defaultExpression the SQL expression text of its default (YAML key {@code default}), or null
 */
public record ColumnSpec(String name, TypeSpec type, boolean nullable, String description, String defaultExpression) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column without description or default. */
    public static ColumnSpec of(String name, String type) {
        return new ColumnSpec(name, TypeSpec.parse(type), true, null, null);
    }

    public static Builder builder(String name, String type) {
        return new Builder(name, TypeSpec.parse(type));
    }

    public static Builder builder(String name, TypeSpec type) {
        return new Builder(name, type);
    }

    /** Builds a {@link ColumnSpec}; nullable unless told otherwise. */
    public static final class Builder {
        private final String name;
        private final TypeSpec type;
        private boolean nullable = true;
        private String description;
        private String defaultExpression;

        private Builder(String name, TypeSpec type) {
            this.name = name;
            this.type = type;
        }

        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder defaultExpression(String defaultExpression) {
            this.defaultExpression = defaultExpression;
            return this;
        }

        public ColumnSpec build() {
            return new ColumnSpec(name, type, nullable, description, defaultExpression);
        }
    }
}
