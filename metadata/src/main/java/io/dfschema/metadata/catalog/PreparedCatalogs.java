package io.dfschema.metadata.catalog;

import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.EvolutionMode;
import io.dfschema.metadata.contract.SqlTypeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepared catalogs shared by the connections of one JVM, so that connecting to a catalog of ten thousand
 * datasets costs what connecting to one does. A prepared catalog is reused while its contract object is the
 * same (the {@link ContractCache} hands out the same object until a contract file changes), its registry file
 * is unchanged, and the session asks for the same catalog name, type settings and profile.
 *
 * <p>At most {@value #MAX_ENTRIES} are kept, least recently used first out. The native memory of one that
 * leaves is freed once no connection is still mounting it (sessions that mounted it keep what they use).
 * {@link #clear()} lets them all go.
 */
public final class PreparedCatalogs {
    static final int MAX_ENTRIES = 8;

    private record Key(SameContract contract, String catalog, SqlTypeSettings types, String profile, boolean strict,
                       EvolutionMode evolution, FileStamp registry) {
    }

    private static final Map<Key, PreparedCatalog> ENTRIES = new LinkedHashMap<>(16, 0.75f, true);
    /** Catalogs handed out and not yet given back, with how many times; guarded by ENTRIES. */
    private static final Map<PreparedCatalog, Integer> LEASES = new IdentityHashMap<>();

    private PreparedCatalogs() {
    }

    /**
     * A catalog prepared earlier for the same inputs, or null. A catalog returned must be given back with
     * {@link #release} once mounted.
     */
    static PreparedCatalog lease(Contract contract, String catalog, SqlTypeSettings types, HardeningProfile profile,
                                 EvolutionMode evolution) {
        Key key = key(contract, catalog, types, profile, evolution);
        if (key == null) {
            return null;
        }
        synchronized (ENTRIES) {
            PreparedCatalog found = ENTRIES.get(key);
            if (found != null) {
                LEASES.merge(found, 1, Integer::sum);
            }
            return found;
        }
    }

    /**
     * Keeps a freshly prepared catalog for later connections (keyed by the registry file as it is now, after
     * preparing wrote it) and leases it to the caller. When another connection kept one for the same inputs
     * meanwhile, that one is leased instead and {@code prepared} is closed. When nothing can be kept (a contract
     * built in code), {@code prepared} itself is leased and freed at its release.
     */
    static PreparedCatalog keepAndLease(PreparedCatalog prepared, String catalog, SqlTypeSettings types,
                                        HardeningProfile profile, EvolutionMode evolution, boolean keepable) {
        Key key = keepable ? key(prepared.contract(), catalog, types, profile, evolution) : null;
        List<PreparedCatalog> closing = new ArrayList<>();
        PreparedCatalog leased;
        synchronized (ENTRIES) {
            PreparedCatalog existing = key == null ? null : ENTRIES.get(key);
            if (key == null) {
                leased = prepared;
            } else if (existing != null) {
                leased = existing;
                closing.add(prepared);
            } else {
                ENTRIES.put(key, prepared);
                leased = prepared;
                var eldestFirst = ENTRIES.values().iterator();
                while (ENTRIES.size() > MAX_ENTRIES) {
                    PreparedCatalog out = eldestFirst.next();
                    eldestFirst.remove();
                    if (!LEASES.containsKey(out)) {
                        closing.add(out);
                    }
                }
            }
            LEASES.merge(leased, 1, Integer::sum);
        }
        closing.forEach(p -> p.set().close());
        return leased;
    }

    /** Gives back a leased catalog; one no longer kept is freed with its last lease. */
    static void release(PreparedCatalog prepared) {
        boolean close;
        synchronized (ENTRIES) {
            Integer n = LEASES.get(prepared);
            if (n == null) {
                return;
            }
            if (n > 1) {
                LEASES.put(prepared, n - 1);
                return;
            }
            LEASES.remove(prepared);
            // by identity: a record's equals would compare two catalogs' every dataset
            close = ENTRIES.values().stream().noneMatch(p -> p == prepared);
        }
        if (close) {
            prepared.set().close();
        }
    }

    /** Lets every kept catalog go (freed now, or at the release of a connection mounting it). */
    public static void clear() {
        List<PreparedCatalog> closing = new ArrayList<>();
        synchronized (ENTRIES) {
            for (PreparedCatalog p : ENTRIES.values()) {
                if (!LEASES.containsKey(p)) {
                    closing.add(p);
                }
            }
            ENTRIES.clear();
        }
        closing.forEach(e -> e.set().close());
    }

    /** How many are kept now. */
    public static int size() {
        synchronized (ENTRIES) {
            return ENTRIES.size();
        }
    }

    /** Null for a contract that was not read from files (built in code): those are prepared per session. */
    private static Key key(Contract contract, String catalog, SqlTypeSettings types, HardeningProfile profile,
                           EvolutionMode evolution) {
        if (contract.source() == null) {
            return null;
        }
        Path registryFile = Registry.fileFor(contract.source());
        FileStamp registry = FileStamp.of(registryFile);
        return new Key(new SameContract(contract), catalog, types, profile.name(), profile.strictChecks(),
                evolution, registry == null ? new FileStamp(registryFile, -1, -1) : registry);
    }
}
