package io.dfschema.engine;

import java.util.Objects;

/**
 * A column as the engine should see it: its name, its Arrow type written as {@code arrow_typeof}
 * prints it ({@code Int64}, {@code Map("entries": Struct(...), unsorted)}, ...) and its nullability.
 */
public record FieldDecl(String name, String arrowType, boolean nullable) {
    public FieldDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arrowType, "arrowType");
    }
}
