package io.dfschema.metadata.jdbc;

import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Columns and view definitions a {@link SnapshotLoader} takes from somewhere cheaper than
 * information_schema.columns and views, which walk every table of the session: for a contract
 * catalog of thousands of datasets, the contracts know the datasets' columns and the engine lists
 * the other tables directly. Tables it does not know are still read from information_schema.
 */
public interface KnownColumns {

    /**
     * What is known now.
     *
     * @param columns     per table, its columns in order (ordinals 1..n); an empty list for a table known
     *                    to have none
     * @param definitions per view, the SQL that defined it
     */
    record Known(Map<TableRef, List<ColumnInfo>> columns, Map<TableRef, String> definitions) {
    }

    Known load() throws SQLException;

    /** information_schema's CHARACTER_OCTET_LENGTH for a column of this engine type, as DataFusion 55 fills it. */
    static Long octetLength(String arrowType) {
        return switch (arrowType) {
            case "Utf8", "Binary" -> (long) Integer.MAX_VALUE;
            case "LargeUtf8", "LargeBinary" -> Long.MAX_VALUE;
            default -> null;
        };
    }
}
