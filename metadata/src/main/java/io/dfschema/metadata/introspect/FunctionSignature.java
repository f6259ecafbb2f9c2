package io.dfschema.metadata.introspect;

import java.util.List;
import java.util.Objects;

/**
 * One signature of a function, as information_schema.parameters lists it (DataFusion gives one
 * example signature per row group, column {@code rid}).
 *
 * @param catalog      the catalog information_schema lists the function under (the session's default)
 * @param schema       the schema it lists it under
 * @param name         the function name
 * @param functionType {@code SCALAR}, {@code AGGREGATE} or {@code WINDOW}, or null when the engine does not say
 * @param description  the function's documentation, or null
 * @param parameters   the arguments in order
 * @param returnType   the result type (DataFusion's logical type display, e.g. {@code Int64}, {@code String}),
 *                     or null when not listed
 */
public record FunctionSignature(String catalog, String schema, String name, String functionType, String description,
                                List<FunctionParameter> parameters, String returnType) {
    public FunctionSignature {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
    }
}
