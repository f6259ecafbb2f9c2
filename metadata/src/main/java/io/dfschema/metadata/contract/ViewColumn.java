package io.dfschema.metadata.contract;

import java.util.Objects;

/**
 * A column a view is expected to produce; the view check compares it with what DESCRIBE reports.
 *
 * @param nullable the expected nullability, or null to leave it unchecked (a view's nullability follows
 *                 from its SQL, so it is only checked when stated)
 */
public record ViewColumn(String name, TypeSpec type, Boolean nullable, String description) {

    public ViewColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A column with the given type and unchecked nullability. */
    public static ViewColumn of(String name, String type) {
        return new ViewColumn(name, TypeSpec.parse(type), null, null);
    }
}
