package io.dfschema.metadata.catalog;

import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.SqlTypeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepared catalogs shared by the connections of one JVM, so that connecting to a catalog of ten thousand
 * datasets costs what connecting to one does. A prepared catalog is reused while its contract object is the
 * same (the {@link ContractCache} hands out the same object until a contract file changes), its registry file
 * is unchanged, and the session asks for the same catalog name, type settings and profile.
 *
 * <p>At most {@value #MAX_ENTRIES} are kept, least recently used first out; the native memory of one that
 * leaves is freed (sessions that mounted it keep what they use). {@link #clear()} frees them all.
 */
public final class PreparedCatalogs {
    static final int MAX_ENTRIES = 8;

    /** Identity of the contract (never a deep comparison: a large contract would cost that at every connect). */
    private record Key(IdentityRef contract, String catalog, SqlTypeSettings types, String profile, boolean strict,
                       FileStamp registry) {
    }

    private record IdentityRef(Contract contract) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityRef other && other.contract == contract;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(contract);
        }
    }

    private static final Map<Key, PreparedCatalog> ENTRIES = new LinkedHashMap<>(16, 0.75f, true);

    private PreparedCatalogs() {
    }

    /** A catalog prepared earlier for the same inputs, or null. */
    static PreparedCatalog find(Contract contract, String catalog, SqlTypeSettings types, HardeningProfile profile) {
        Key key = key(contract, catalog, types, profile);
        if (key == null) {
            return null;
        }
        synchronized (ENTRIES) {
            return ENTRIES.get(key);
        }
    }

    /**
     * Keeps {@code prepared} for later connections (keyed by the registry file as it is now, after preparing
     * wrote it). Returns false when it cannot be kept: the caller then closes it after mounting.
     */
    static boolean keep(PreparedCatalog prepared, String catalog, SqlTypeSettings types, HardeningProfile profile) {
        Key key = key(prepared.contract(), catalog, types, profile);
        if (key == null) {
            return false;
        }
        List<PreparedCatalog> evicted = new ArrayList<>();
        synchronized (ENTRIES) {
            PreparedCatalog old = ENTRIES.put(key, prepared);
            if (old != null && old != prepared) {
                evicted.add(old);
            }
            var eldestFirst = ENTRIES.values().iterator();
            while (ENTRIES.size() > MAX_ENTRIES) {
                evicted.add(eldestFirst.next());
                eldestFirst.remove();
            }
        }
        evicted.forEach(e -> e.set().close());
        return true;
    }

    /** Frees every kept catalog. Connections opened later prepare again. */
    public static void clear() {
        List<PreparedCatalog> all;
        synchronized (ENTRIES) {
            all = new ArrayList<>(ENTRIES.values());
            ENTRIES.clear();
        }
        all.forEach(e -> e.set().close());
    }

    /** How many are kept now. */
    public static int size() {
        synchronized (ENTRIES) {
            return ENTRIES.size();
        }
    }

    /** Null for a contract that was not read from files (built in code): those are prepared per session. */
    private static Key key(Contract contract, String catalog, SqlTypeSettings types, HardeningProfile profile) {
        if (contract.source() == null) {
            return null;
        }
        Path registryFile = Registry.fileFor(contract.source());
        FileStamp registry = FileStamp.of(registryFile);
        return new Key(new IdentityRef(contract), catalog, types, profile.name(), profile.strictChecks(),
                registry == null ? new FileStamp(registryFile, -1, -1) : registry);
    }
}
