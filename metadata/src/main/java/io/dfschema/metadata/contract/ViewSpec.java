package io.dfschema.metadata.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A view declared with a dataset, in the dataset's schema.
 *
 * @param name        a lowercase SQL identifier
 * @param sql         the SELECT defining it
 * @param description documentation, or null
 * @param columns     the columns it must produce, in order; empty when not checked
 */
public record ViewSpec(String name, String sql, String description, List<ViewColumn> columns) {

    public ViewSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        columns = List.copyOf(columns);
    }

    public static Builder builder(String name, String sql) {
        return new Builder(name, sql);
    }

    /** Builds a {@link ViewSpec}. */
    public static final class Builder {
        private final String name;
        private final String sql;
        private String description;
        private final List<ViewColumn> columns = new ArrayList<>();

        private Builder(String name, String sql) {
            this.name = name;
            this.sql = sql;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder column(ViewColumn column) {
            columns.add(column);
            return this;
        }

        /** An expected column with unchecked nullability. */
        public Builder column(String name, String type) {
            return column(ViewColumn.of(name, type));
        }

        public ViewSpec build() {
            return new ViewSpec(name, sql, description, columns);
        }
    }
}
