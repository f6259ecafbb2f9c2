package io.dfschema.metadata.catalog;

import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.ContractParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed contracts shared by the connections of one JVM. A pool or a database tool opens many
 * connections to the same catalog, and parsing a large contract costs more than registering it, so a
 * contract is parsed again only when one of its files changed (size, modification time or the set of
 * files of a folder). At most {@value #MAX_ENTRIES} catalogs are kept, least recently used first out.
 */
public final class ContractCache {
    static final int MAX_ENTRIES = 16;

    private record Entry(List<FileStamp> stamps, Contract contract) {
    }

    private static final Map<Path, Entry> ENTRIES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private ContractCache() {
    }

    /**
     * The contract of a file or folder, parsed now or earlier from the same unchanged files.
     *
     * @throws io.dfschema.metadata.contract.ContractException with every problem (never cached)
     */
    public static Contract parse(Path fileOrFolder) {
        Path key = fileOrFolder.toAbsolutePath().normalize();
        List<FileStamp> stamps = stamps(key);
        synchronized (ENTRIES) {
            Entry e = ENTRIES.get(key);
            if (e != null && stamps != null && e.stamps().equals(stamps)) {
                return e.contract();
            }
        }
        Contract parsed = ContractParser.parse(fileOrFolder);
        if (stamps != null) {
            synchronized (ENTRIES) {
                ENTRIES.put(key, new Entry(stamps, parsed));
            }
        }
        return parsed;
    }

    /** Makes a contract from a parsed one; see {@link #derive}. */
    public interface Derivation<E extends Exception> {
        Contract make() throws E;
    }

    private record DerivedKey(SameContract from, String argument) {
    }

    private static final Map<DerivedKey, Contract> DERIVED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DerivedKey, Contract> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * A contract derived from a parsed one (a folder mounted as one schema, one dataset picked out), made once
     * per parsed contract object and {@code argument}: the same object for later connections is what lets them
     * reuse the catalog prepared for it ({@link PreparedCatalogs}).
     */
    public static <E extends Exception> Contract derive(Contract from, String argument, Derivation<E> how) throws E {
        DerivedKey key = new DerivedKey(new SameContract(from), argument);
        synchronized (DERIVED) {
            Contract known = DERIVED.get(key);
            if (known != null) {
                return known;
            }
        }
        Contract made = how.make();
        synchronized (DERIVED) {
            Contract raced = DERIVED.putIfAbsent(key, made);
            return raced != null ? raced : made;
        }
    }

    /** The stamps of the files a contract is read from; null when they cannot be read (then no caching). */
    private static List<FileStamp> stamps(Path key) {
        List<Path> files;
        try {
            files = Files.isDirectory(key) ? ContractParser.contractFiles(key) : List.of(key);
        } catch (RuntimeException e) {
            return null;
        }
        List<FileStamp> out = new ArrayList<>(files.size());
        for (Path f : files) {
            FileStamp stamp = FileStamp.of(f);
            if (stamp == null) {
                return null;
            }
            out.add(stamp);
        }
        return out;
    }
}
