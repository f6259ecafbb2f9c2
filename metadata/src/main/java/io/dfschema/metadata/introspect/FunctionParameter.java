package io.dfschema.metadata.introspect;

/**
 * One argument of a {@link FunctionSignature}.
 *
 * @param position 1-based position
 * @param name     the documented argument name, or null when the function does not name it
 * @param dataType DataFusion's logical type display ({@code Int64}, {@code String}, {@code Decimal(38, 10)})
 * @param variadic whether it may be repeated
 */
public record FunctionParameter(int position, String name, String dataType, boolean variadic) {
}
