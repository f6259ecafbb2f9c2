package io.dfschema.engine;

import java.util.List;

/**
 * An engine type as the native side described it.
 *
 * @param id        the type family
 * @param name      the engine's own spelling, as {@code arrow_typeof} shows it
 * @param precision decimal precision, else 0
 * @param scale     decimal scale, else 0
 * @param unit      time unit of TIME32/64, TIMESTAMP, DURATION; else null
 * @param intervalUnit 0 YearMonth, 1 DayTime, 2 MonthDayNano for INTERVAL; else -1
 * @param timeZone  TIMESTAMP time zone, null when the timestamp has none
 * @param size      byte width of FIXED_SIZE_BINARY, list size of FIXED_SIZE_LIST, else -1
 * @param children  item field of lists, fields of STRUCT and UNION, the entries field of MAP,
 *                  [runEnds, values] of RUN_END_ENCODED; DICTIONARY has [key, value] fields
 *                  named "key" and "value"
 */
public record ArrowType(TypeId id, String name, int precision, int scale, TimeUnit unit, int intervalUnit,
                        String timeZone, int size, List<ArrowField> children) {

    public ArrowType {
        children = List.copyOf(children);
    }

    /** The type whose values travel on the wire: dictionaries and run-end encodings are decoded natively. */
    public ArrowType valueType() {
        if (id == TypeId.DICTIONARY || id == TypeId.RUN_END_ENCODED) {
            return children.get(1).type().valueType();
        }
        return this;
    }

    /** Item field of a list type. */
    public ArrowField item() {
        return children.get(0);
    }

    /** For MAP: the key field of the entries struct. */
    public ArrowField mapKey() {
        return children.get(0).type().children().get(0);
    }

    /** For MAP: the value field of the entries struct. */
    public ArrowField mapValue() {
        return children.get(0).type().children().get(1);
    }

    @Override
    public String toString() {
        return name;
    }
}
