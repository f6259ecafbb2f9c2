package io.dfschema.engine;

import java.util.Objects;

/** One key of the order a dataset's files are sorted in ({@code WITH ORDER (column ASC NULLS LAST)}). */
public record SortKeyDecl(String column, boolean ascending, boolean nullsFirst) {
    public SortKeyDecl {
        Objects.requireNonNull(column, "column");
    }
}
