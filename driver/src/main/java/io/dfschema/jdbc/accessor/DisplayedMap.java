package io.dfschema.jdbc.accessor;

import java.util.LinkedHashMap;

/**
 * The java.util.Map that MAP values arrive as. It is an ordinary LinkedHashMap (equality and
 * hashing are the map's), except that toString shows the engine's text, "{k1: v1, k2: v2}", so
 * tools that print getObject (sqlline, DBeaver's grid) show what getString and DataFusion show.
 */
final class DisplayedMap extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;
    private final String text;

    DisplayedMap(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
