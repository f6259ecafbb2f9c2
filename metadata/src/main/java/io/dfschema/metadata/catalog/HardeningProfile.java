package io.dfschema.metadata.catalog;

import io.dfschema.metadata.contract.Profile;
import io.dfschema.metadata.contract.SqlTypeSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A hardening profile: the session settings a named preset pins, after the connection's one-by-one
 * overrides. The settings are DataFusion config keys, applied when the session opens, so they show in
 * {@code information_schema.df_settings} like any other setting.
 *
 * <p>Presets (docs/profiles.md):
 * <ul>
 *   <li>{@code default}: DataFusion's own defaults, nothing pinned, checks recorded but only drift is an error;</li>
 *   <li>{@code strict}: string view types off (SQL strings are {@code Utf8}, Parquet strings read as
 *       {@code Utf8}), time zone {@code +00:00}, schemas shown in EXPLAIN, types shown in
 *       formatted results, the physical aggregate schema check on; partition mismatches are errors;</li>
 *   <li>{@code view_types}: the same with string view types on ({@code Utf8View}).</li>
 * </ul>
 *
 * @param preset       the preset chosen
 * @param settings     DataFusion settings this profile applies, in a stable order
 * @param overrides    the override properties that changed the preset (property name → value)
 * @param strictChecks whether registration checks (partitions, view nullability) fail instead of being recorded
 */
public record HardeningProfile(Profile preset, Map<String, String> settings, Map<String, String> overrides,
                               boolean strictChecks) {

    public static final String VIEW_TYPES_SQL = "datafusion.sql_parser.map_string_types_to_utf8view";
    public static final String VIEW_TYPES_PARQUET = "datafusion.execution.parquet.schema_force_view_types";
    public static final String TIME_ZONE = "datafusion.execution.time_zone";
    public static final String SHOW_SCHEMA = "datafusion.explain.show_schema";
    public static final String TYPES_INFO = "datafusion.format.types_info";
    public static final String SKIP_AGGREGATE_CHECK = "datafusion.execution.skip_physical_aggregate_schema_check";

    /** The connection properties that override one setting of the profile each. */
    public enum Override {
        /** {@code timezone}: the session time zone, e.g. {@code +00:00} or {@code Europe/Berlin}. */
        TIMEZONE("timezone", TIME_ZONE),
        /** {@code view_types}: true for Utf8View/BinaryView strings, false for Utf8/Binary. */
        VIEW_TYPES("view_types", VIEW_TYPES_SQL, VIEW_TYPES_PARQUET),
        /** {@code show_schema}: EXPLAIN shows each plan node's schema. */
        SHOW_SCHEMA("show_schema", HardeningProfile.SHOW_SCHEMA),
        /** {@code types_info}: formatted results show column types. */
        TYPES_INFO("types_info", HardeningProfile.TYPES_INFO),
        /** {@code aggregate_schema_check}: compare logical and physical aggregate schemas (the setting is its negation). */
        AGGREGATE_SCHEMA_CHECK("aggregate_schema_check", SKIP_AGGREGATE_CHECK);

        private final String property;
        private final List<String> settings;

        Override(String property, String... settings) {
            this.property = property;
            this.settings = List.of(settings);
        }

        /** The connection property name. */
        public String property() {
            return property;
        }

        /** The DataFusion settings this property sets. */
        public List<String> settings() {
            return settings;
        }

        /** The value each of {@link #settings()} gets for the property value {@code v} (already stripped). */
        String settingValue(String v) {
            return switch (this) {
                case TIMEZONE -> v;
                case AGGREGATE_SCHEMA_CHECK -> Boolean.toString(!Boolean.parseBoolean(bool(this, v)));
                default -> bool(this, v);
            };
        }
    }

    public HardeningProfile {
        Objects.requireNonNull(preset, "preset");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** The preset's own settings, without overrides. */
    public static HardeningProfile of(Profile preset) {
        Map<String, String> s = new LinkedHashMap<>();
        switch (preset) {
            case DEFAULT -> {
            }
            case STRICT, VIEW_TYPES -> {
                String views = Boolean.toString(preset == Profile.VIEW_TYPES);
                s.put(VIEW_TYPES_SQL, views);
                s.put(VIEW_TYPES_PARQUET, views);
                s.put(TIME_ZONE, "+00:00");
                s.put(SHOW_SCHEMA, "true");
                s.put(TYPES_INFO, "true");
                s.put(SKIP_AGGREGATE_CHECK, "false");
            }
        }
        return new HardeningProfile(preset, s, Map.of(), preset != Profile.DEFAULT);
    }

    /**
     * This profile with overrides applied; {@code values} maps {@link Override#property()} names to text.
     * Absent or empty values change nothing.
     *
     * @throws IllegalArgumentException naming the property when a value is not valid
     */
    public HardeningProfile withOverrides(Map<String, String> values) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        Map<String, String> applied = new LinkedHashMap<>(overrides);
        for (Override o : Override.values()) {
            String v = values.get(o.property());
            if (v == null || v.isBlank()) {
                continue;
            }
            v = v.strip();
            String value = o.settingValue(v);
            for (String setting : o.settings()) {
                s.put(setting, value);
            }
            applied.put(o.property(), v);
        }
        return new HardeningProfile(preset, s, applied, strictChecks);
    }

    /** The override property that set {@code setting}, or null when none did. */
    public String overriddenBy(String setting) {
        for (Override o : Override.values()) {
            if (overrides.containsKey(o.property()) && o.settings().contains(setting)) {
                return o.property();
            }
        }
        return null;
    }

    /** The preset's name as contracts and the {@code profile} property spell it. */
    public String name() {
        return preset.yamlName();
    }

    /**
     * How SQL type names become Arrow types under this profile, given the session's effective settings
     * (which the profile may not pin).
     */
    public static SqlTypeSettings typeSettings(Map<String, String> effective) {
        boolean views = !"false".equalsIgnoreCase(effective.getOrDefault(VIEW_TYPES_SQL, "true"));
        String tz = effective.get(TIME_ZONE);
        return new SqlTypeSettings(views, tz == null || tz.isEmpty() ? null : tz);
    }

    /** The settings every profile reports in diagnostics, pinned or not. */
    public static List<String> reportedSettings() {
        return List.of(VIEW_TYPES_SQL, VIEW_TYPES_PARQUET, TIME_ZONE, SHOW_SCHEMA, TYPES_INFO, SKIP_AGGREGATE_CHECK);
    }

    private static String bool(Override o, String v) {
        String t = v.toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("connection property '" + o.property() + "' must be true or false, not '" + v + "'");
        }
        return t;
    }
}
