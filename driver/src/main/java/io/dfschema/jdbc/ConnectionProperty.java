package io.dfschema.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every connection property the driver accepts (besides {@code datafusion.*} keys, which
 * go to the engine's session config as they are). docs/properties.md lists the same.
 */
public enum ConnectionProperty {
    USER("user", "", "Accepted for tools that always send it; the embedded engine has no users."),
    PASSWORD("password", "", "Accepted for tools that always send it; ignored."),
    FETCH_SIZE("fetch_size", "0",
            "Default rows per batch pulled from the engine (Statement.setFetchSize overrides); 0 uses datafusion.execution.batch_size."),
    QUERY_TIMEOUT("query_timeout", "0", "Default query timeout in seconds for new statements; 0 means none."),
    INIT("init", "", "Path of a SQL script run when the connection opens (statements separated by ';' at line ends)."),
    READ_ONLY("read_only", "false", "Start the connection in read-only mode: DDL and DML are rejected.", "true", "false"),
    APPLICATION_NAME("ApplicationName", "", "Client info ApplicationName, as tools set it."),
    PROFILE("profile", "", "Hardening profile: default, strict or view_types; overrides the contract's profile "
            + "(docs/profiles.md). Empty: the contract's, else default.", "", "default", "strict", "view_types"),
    TIMEZONE("timezone", "", "Session time zone (datafusion.execution.time_zone), overriding the profile."),
    VIEW_TYPES("view_types", "", "true: strings are Utf8View/BinaryView; false: Utf8/Binary. Overrides the profile.",
            "", "true", "false"),
    SHOW_SCHEMA("show_schema", "", "EXPLAIN shows schemas (datafusion.explain.show_schema). Overrides the profile.",
            "", "true", "false"),
    TYPES_INFO("types_info", "", "Formatted results show types (datafusion.format.types_info). Overrides the profile.",
            "", "true", "false"),
    AGGREGATE_SCHEMA_CHECK("aggregate_schema_check", "", "Check aggregate schemas between logical and physical plans "
            + "(not datafusion.execution.skip_physical_aggregate_schema_check). Overrides the profile.", "", "true", "false"),
    EVOLUTION("evolution", "", "Evolution mode of every contract dataset: strict, compatible or lenient; overrides "
            + "each dataset's evolution.mode (docs/evolution.md). Empty: the contracts' own.", "", "strict",
            "compatible", "lenient"),
    RESOLVE("resolve", "lazy", "When contract datasets touch their files: lazy (first reference) or eager (while "
            + "connecting, so drift fails the connection).", "lazy", "eager"),
    REGISTRY("registry", "", "Folder (or file) of contract files that a jdbc:dfschema:dataset://name[@version] URL "
            + "takes its dataset from."),
    DIAGNOSTICS("diagnostics", "", "Path of a file that dfschema diagnostics rows are appended to as JSON lines."),
    MEMORY_LIMIT("memory_limit", "", "Native memory the connection's queries may use, e.g. 512MB, 512M or 2GB (binary "
            + "units); a query needing more spills (see temp_directory) or fails with 53200. Empty: unlimited."),
    TEMP_DIRECTORY("temp_directory", "", "Existing folder that sorts and aggregates spill to when memory_limit is "
            + "reached. Empty: the system temporary folder."),
    ALLOWED_PATHS("allowed_paths", "", "Folders SQL may read and write, separated by ':' (symlinks and '..' resolved; "
            + "other URL schemes refused with 42501); a contract catalog's own dataset locations are readable too. "
            + "Empty: no restriction."),
    ENGINE("engine", "", "Where queries run: empty for the embedded engine, ballista://host:port for an Apache "
            + "DataFusion Ballista cluster of dfschema-cluster processes (also given as jdbc:dfschema:ballista://host:port/...).");

    private final String key;
    private final String defaultValue;
    private final String description;
    private final List<String> choices;

    ConnectionProperty(String key, String defaultValue, String description, String... choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = List.of(choices);
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public List<String> choices() {
        return choices;
    }

    /** The prefix of keys passed through to DataFusion's session configuration. */
    public static final String ENGINE_PREFIX = "datafusion.";

    public static ConnectionProperty byKey(String key) {
        for (ConnectionProperty p : values()) {
            if (p.key.equalsIgnoreCase(key)) {
                return p;
            }
        }
        return null;
    }

    static String validKeys() {
        return Arrays.stream(values()).map(ConnectionProperty::key).collect(Collectors.joining(", "))
                + ", and any key starting with '" + ENGINE_PREFIX + "'";
    }
}
