package io.dfschema.metadata.contract;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key: {@code columns} of this dataset reference {@code referencedColumns} of another dataset.
 * The referenced dataset need not be declared in the same contract (it may come from elsewhere); when it
 * is, its columns and keys are checked.
 *
 * @param name              the constraint name, or null
 * @param columns           the referencing columns of this dataset, in key order
 * @param referencedSchema  the referenced dataset's schema, or null for this dataset's schema
 * @param referencedDataset the referenced dataset's name
 * @param referencedColumns the referenced columns, pairwise with {@code columns}
 */
public record ForeignKeySpec(String name, List<String> columns, String referencedSchema, String referencedDataset,
                             List<String> referencedColumns) {

    public ForeignKeySpec {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedDataset, "referencedDataset");
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** An unnamed key to a dataset in the same schema. */
    public static ForeignKeySpec of(List<String> columns, String referencedDataset, List<String> referencedColumns) {
        return new ForeignKeySpec(null, columns, null, referencedDataset, referencedColumns);
    }

    /** The referenced schema, {@code ownSchema} when not stated. */
    public String referencedSchemaOr(String ownSchema) {
        return referencedSchema != null ? referencedSchema : ownSchema;
    }
}
