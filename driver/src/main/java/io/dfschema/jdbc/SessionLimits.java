package io.dfschema.jdbc;

import io.dfschema.metadata.contract.Contract;
import io.dfschema.metadata.contract.DatasetSpec;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The engine settings that bound what a connection's SQL may use: {@code memory_limit} and
 * {@code temp_directory} (the native memory pool and its spill folder) and {@code allowed_paths} (the
 * folders SQL may reach). The native session enforces them (native/src/resources.rs and policy.rs); this
 * class only names them, and adds what a contract catalog needs under a policy: its datasets' own
 * locations, readable (not writable) by SQL.
 */
final class SessionLimits {
    static final String MEMORY_LIMIT = "dfschema.memory_limit";
    static final String TEMP_DIRECTORY = "dfschema.temp_directory";
    static final String ALLOWED_PATHS = "dfschema.allowed_paths";
    static final String READ_PATHS = "dfschema.read_paths";

    private SessionLimits() {
    }

    /** The {@code dfschema.*} session settings for {@code config}; {@code contract} may be null. */
    static Map<String, String> settings(ConnectionConfig config, Contract contract) {
        Map<String, String> out = new LinkedHashMap<>();
        putIfSet(out, MEMORY_LIMIT, config.value(ConnectionProperty.MEMORY_LIMIT));
        putIfSet(out, TEMP_DIRECTORY, config.value(ConnectionProperty.TEMP_DIRECTORY));
        String allowed = config.value(ConnectionProperty.ALLOWED_PATHS);
        if (!allowed.isBlank()) {
            out.put(ALLOWED_PATHS, allowed);
            if (contract != null) {
                out.put(READ_PATHS, String.join("\n", datasetLocations(contract)));
            }
        }
        return out;
    }

    private static void putIfSet(Map<String, String> out, String key, String value) {
        if (!value.isBlank()) {
            out.put(key, value.trim());
        }
    }

    /** Local dataset locations of the contract as file system paths; other URL schemes stay refused. */
    static Set<String> datasetLocations(Contract contract) {
        Set<String> out = new LinkedHashSet<>();
        for (DatasetSpec d : contract.datasets()) {
            String location = d.location();
            if (location == null || location.isBlank()) {
                continue;
            }
            if (location.startsWith("file:")) {
                try {
                    out.add(Path.of(URI.create(location)).toString());
                } catch (IllegalArgumentException e) {
                    // not a local file URL: the policy refuses it when SQL reaches it
                }
            } else if (!location.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                out.add(location);
            }
        }
        return out;
    }
}
