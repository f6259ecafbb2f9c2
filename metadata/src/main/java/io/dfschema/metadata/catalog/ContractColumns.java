package io.dfschema.metadata.catalog;

import io.dfschema.engine.DatasetRegistration;
import io.dfschema.engine.FieldDecl;
import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import io.dfschema.metadata.jdbc.KnownColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns a lazily registered dataset has in the engine, from its registration alone: what
 * DatabaseMetaData lists for it without the engine walking (or building) the dataset. They are the
 * registered columns in order, partition columns last and NOT NULL as DataFusion's listing table makes
 * them (an unbounded dataset's stream table keeps them as registered); types as {@code arrow_typeof}
 * prints them, which is how registrations carry them.
 */
final class ContractColumns {
    private ContractColumns() {}

    /** Adds the columns of {@code r} under each of {@code names} (its name and alias) to {@code into}. */
    static void add(DatasetRegistration r, List<String> names, Map<TableRef, List<ColumnInfo>> into) {
        List<FieldDecl> columns = r.columns();
        int partitions = r.unbounded() || columns.isEmpty() ? 0 : r.partitionColumns().size();
        for (String name : names) {
            List<ColumnInfo> out = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                FieldDecl f = columns.get(i);
                boolean nullable = f.nullable() && i < columns.size() - partitions;
                out.add(new ColumnInfo(r.catalog(), r.schema(), name, f.name(), i + 1, f.arrowType(), nullable, null,
                        KnownColumns.octetLength(f.arrowType())));
            }
            // a dataset whose columns are inferred when it is built is left to information_schema
            if (!out.isEmpty()) {
                into.put(new TableRef(r.catalog(), r.schema(), name), List.copyOf(out));
            }
        }
    }
}
