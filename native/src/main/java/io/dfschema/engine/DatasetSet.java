package io.dfschema.engine;

import java.util.List;

/**
 * Dataset registrations filled once and mounted into any number of sessions
 * ({@link Session#mountDatasetSet}). Mounting costs the same for ten datasets as for ten thousand: the
 * sessions share the set's name → registration maps, and a dataset becomes a session object only when a
 * query references it (then it is built as {@link Session#registerDataset} would build it).
 *
 * <p>After the first mount the set cannot change. Closing it frees the owner's reference; sessions that
 * mounted it keep what they use.
 */
public final class DatasetSet implements AutoCloseable {
    private long handle;

    public DatasetSet() {
        this.handle = NativeBridge.datasetSetNew();
    }

    synchronized long handle() {
        if (handle == 0) {
            throw new EngineException("HY010", "dataset set is closed");
        }
        return handle;
    }

    /**
     * Adds a registration under its name and {@code aliases} (same schema). {@code checker} is any open session:
     * it checks the format and settings as {@link Session#registerDataset} would, touching no file.
     */
    public void add(Session checker, DatasetRegistration r, List<String> aliases) {
        NativeBridge.datasetSetAdd(handle(), checker.handle(), r.head(), r.flatColumns(),
                r.partitionColumns().toArray(new String[0]), DatasetRegistration.flatMap(r.options()),
                DatasetRegistration.flatMap(r.settings()), r.flatSortOrder(), r.flatEvolution(), r.flags(),
                aliases.toArray(new String[0]));
    }

    /**
     * Rows (newline-separated JSON objects) that every mount appends to the append-only table
     * {@code catalog.schema.table}, with {@code timeColumn} set to the mount's time.
     */
    public void rows(String catalog, String schema, String table, String jsonLines, String timeColumn) {
        NativeBridge.datasetSetRows(handle(), catalog, schema, table, jsonLines, timeColumn);
    }

    @Override
    public synchronized void close() {
        if (handle != 0) {
            NativeBridge.datasetSetFree(handle);
            handle = 0;
        }
    }
}
