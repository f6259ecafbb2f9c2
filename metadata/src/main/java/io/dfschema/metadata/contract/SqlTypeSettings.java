package io.dfschema.metadata.contract;

/**
 * The session settings that decide which Arrow type a SQL type name becomes in DataFusion 55.
 *
 * @param utf8View {@code datafusion.sql_parser.map_string_types_to_utf8view}: VARCHAR and friends are
 *                 Utf8View when true, Utf8 when false
 * @param timeZone {@code datafusion.execution.time_zone}: the zone of TIMESTAMP WITH TIME ZONE, or null
 *                 (then such a timestamp has no zone)
 */
public record SqlTypeSettings(boolean utf8View, String timeZone) {

    /** DataFusion 55's defaults: view types on, no session time zone. */
    public static final SqlTypeSettings DATAFUSION_DEFAULTS = new SqlTypeSettings(true, null);
}
