package io.dfschema.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the partition check the engine runs when it builds a partitioned dataset.
 *
 * @param column the declared partition column or the undeclared folder key (empty when the folder cannot be listed)
 * @param level  the declared folder level, 1-based; 0 for a key nobody declared
 * @param actual what the folders hold, {@code values a, b, c, ...}
 * @param reason empty when the column matches; otherwise why not
 */
public record PartitionFinding(String column, int level, String actual, String reason) {

    public boolean ok() {
        return reason.isEmpty();
    }

    /** Parses the engine's flat form (see {@link FlatRows}). */
    static List<PartitionFinding> parse(String flat) {
        List<PartitionFinding> out = new ArrayList<>();
        for (String[] f : FlatRows.parse(flat, 4)) {
            out.add(new PartitionFinding(f[0], f[1].isEmpty() ? 0 : Integer.parseInt(f[1]), f[2], f[3]));
        }
        return out;
    }
}
