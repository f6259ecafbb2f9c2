package io.dfschema.metadata.catalog;

import io.dfschema.engine.DatasetSet;
import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.DatasetSpec;
import io.dfschema.metadata.jdbc.CatalogSnapshot.ColumnInfo;
import io.dfschema.metadata.jdbc.ContractMetadata.TableRef;
import java.util.List;
import java.util.Map;

/**
 * What registering a contract's datasets produced, ready to be mounted into any session with the same
 * catalog name, type settings and profile: the engine's {@link DatasetSet} (with the registration rows it
 * appends to {@code dfschema.registrations}), the rows again for a diagnostics file, and what each session
 * still does itself (session-wide settings, in-memory datasets, eager resolution, views).
 *
 * <p>Preparing costs time in proportion to the number of datasets; mounting does not. {@link PreparedCatalogs}
 * keeps prepared catalogs for the JVM's later connections.
 *
 * @param contract         the contract it was prepared from
 * @param set              the engine's datasets (file datasets only)
 * @param rows             the registration rows (their {@code registered_at} is replaced at each mount)
 * @param sessionSettings  settings the scan policies set session-wide (list-file cache keys)
 * @param fileDatasets     the datasets in the set, in contract order
 * @param memoryDatasets   datasets without a location: each session creates its own empty table
 * @param withViews        datasets that declare views, in contract order (each session creates and checks them)
 * @param byName           {@code schema.name} and {@code schema.alias} → dataset, for events
 * @param columns          the columns of each file dataset (name and alias) as the engine will have them,
 *                         for metadata (see {@link ContractColumns}); shared by every mounting session
 */
record PreparedCatalog(Contract contract, DatasetSet set, List<Map<String, Object>> rows,
                       Map<String, String> sessionSettings, List<DatasetHandle> fileDatasets,
                       List<DatasetHandle> memoryDatasets, List<DatasetHandle> withViews,
                       Map<String, DatasetSpec> byName, Map<TableRef, List<ColumnInfo>> columns) {
}
