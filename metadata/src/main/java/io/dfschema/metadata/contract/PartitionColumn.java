package io.dfschema.metadata.contract;

import java.util.Objects;

/**
 * A column whose values come from the folder names ({@code repo=x/}) rather than from the files. It is
 * not repeated among the dataset's columns, but keys and the sort order may name it.
 */
public record PartitionColumn(String name, TypeSpec type) {

    public PartitionColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static PartitionColumn of(String name, String type) {
        return new PartitionColumn(name, TypeSpec.parse(type));
    }
}
