package io.dfschema.metadata.jdbc;

import java.sql.SQLException;
import java.util.Map;

/**
 * Where {@link DfSchemaDatabaseMetaData} gets its snapshots. {@link SnapshotLoader} reads the
 * engine's information_schema; tests pass fixed snapshots. Each method is called at most once per
 * cache generation (until {@link DfSchemaDatabaseMetaData#invalidate()}), the routine and setting
 * loads only when a metadata call needs them.
 */
public interface SnapshotSource {

    /** Catalogs, schemas, tables and columns. */
    CatalogSnapshot loadCatalog() throws SQLException;

    /** Functions and their parameters. */
    default RoutineSnapshot loadRoutines() throws SQLException {
        return RoutineSnapshot.empty();
    }

    /** Engine settings (information_schema.df_settings name → value). */
    default Map<String, String> loadSettings() throws SQLException {
        return Map.of();
    }

    /** A source that always returns the given snapshots. */
    static SnapshotSource of(CatalogSnapshot catalog, RoutineSnapshot routines, Map<String, String> settings) {
        return new SnapshotSource() {
            @Override
            public CatalogSnapshot loadCatalog() {
                return catalog;
            }

            @Override
            public RoutineSnapshot loadRoutines() {
                return routines;
            }

            @Override
            public Map<String, String> loadSettings() {
                return settings;
            }
        };
    }
}
