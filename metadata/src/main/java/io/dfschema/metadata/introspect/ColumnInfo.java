package io.dfschema.metadata.introspect;

import java.util.Objects;

/**
 * One column a query returns, as DataFusion's {@code DESCRIBE} reports it.
 *
 * @param name      the column name (DataFusion's display of an unnamed expression, e.g. {@code Int64(1)})
 * @param arrowType the engine type, exactly as {@code arrow_typeof} prints it ({@code Int64},
 *                  {@code Utf8View}, {@code Decimal128(10, 2)}, {@code List(Int64)})
 * @param nullable  whether the engine says it may hold nulls
 */
public record ColumnInfo(String name, String arrowType, boolean nullable) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arrowType, "arrowType");
    }
}
