package io.dfschema.jdbc.accessor;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Reads Arrow's time-zone strings: fixed offsets ("+08:00", "+0800", "+08") or IANA names.
 * Java's tz database accepts both spellings; names are retried case-insensitively because
 * users write "utc" or "europe/paris" in SQL and the engine keeps their spelling.
 */
final class Zones {
    private Zones() {}

    /** The zone, or null when Java does not know it (reads then fail with SQLState 22009). */
    static ZoneId parse(String arrowZone) {
        try {
            return ZoneId.of(arrowZone);
        } catch (DateTimeException e) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(arrowZone)) {
                    return ZoneId.of(id);
                }
            }
            return null;
        }
    }
}
