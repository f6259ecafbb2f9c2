package io.dfschema.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One conversion the engine applies to read one file of a dataset as its contract says (scan-time schema
 * evolution); a row of {@code dfschema.adapter_events}.
 *
 * @param file     the file's path, as the object store names it
 * @param column   the contract's column; nested parts as {@code col.field}, {@code col[]}, {@code col.key}
 * @param kind     {@code filled_default}, {@code filled_null}, {@code renamed}, {@code promoted},
 *                 {@code lossy_cast} or {@code ignored_extra}
 * @param fromType the file's type (Arrow text); empty when the file lacks the column
 * @param toType   the contract's type (Arrow text); empty for an ignored extra column
 * @param lossy    whether values may change (only {@code lossy_cast}, lenient mode)
 * @param detail   a short human text (the former name, the default used, ...)
 */
public record AdapterEvent(String file, String column, String kind, String fromType, String toType, boolean lossy,
                           String detail) {

    /** Parses the engine's flat form (see {@link FlatRows}). */
    static List<AdapterEvent> parse(String flat) {
        List<AdapterEvent> out = new ArrayList<>();
        for (String[] f : FlatRows.parse(flat, 7)) {
            out.add(new AdapterEvent(f[0], f[1], f[2], f[3], f[4], Boolean.parseBoolean(f[5]), f[6]));
        }
        return out;
    }
}
