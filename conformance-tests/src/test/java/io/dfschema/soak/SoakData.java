package io.dfschema.soak;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The soak's table, generated here in Java so every expected answer is computed from the rows
 * themselves and never by the engine: {@code items(id, grp, amount, label)}, written as CSV, read by
 * every pooled connection as an external table and copied into a memory table.
 */
final class SoakData {
    static final int ROWS = 20_000;
    static final int GROUPS = 17;

    private final long[] amount = new long[ROWS + 1];
    private final String[] label = new String[ROWS + 1];

    SoakData() {
        for (int id = 1; id <= ROWS; id++) {
            amount[id] = (id * 7919L) % 10_007 - 5_000;
            label[id] = "item-" + Long.toString(id * 31L, 36) + (id % 11 == 0 ? "-ü" : "");
        }
    }

    static int group(int id) {
        return id % GROUPS;
    }

    long amount(int id) {
        return amount[id];
    }

    String label(int id) {
        return label[id];
    }

    /** count, sum(amount), sum(character_length(label)) over ids lo..hi. */
    long[] rangeTotals(int lo, int hi) {
        long count = 0;
        long sum = 0;
        long chars = 0;
        for (int id = Math.max(lo, 1); id <= Math.min(hi, ROWS); id++) {
            count++;
            sum += amount[id];
            chars += label[id].codePointCount(0, label[id].length());
        }
        return new long[] {count, sum, chars};
    }

    /** sum(amount) per group, indexed by group. */
    long[] groupSums() {
        long[] sums = new long[GROUPS];
        for (int id = 1; id <= ROWS; id++) {
            sums[group(id)] += amount[id];
        }
        return sums;
    }

    /** The checksum {@link #rowChecksum} gives over ids lo..hi in id order. */
    long rangeChecksum(int lo, int hi) {
        long h = 17;
        for (int id = Math.max(lo, 1); id <= Math.min(hi, ROWS); id++) {
            h = rowChecksum(h, id, group(id), amount[id], label[id]);
        }
        return h;
    }

    static long rowChecksum(long h, long id, long grp, long amount, String label) {
        h = h * 31 + id;
        h = h * 31 + grp;
        h = h * 31 + amount;
        return h * 31 + label.hashCode();
    }

    void writeCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,grp,amount,label\n");
            for (int id = 1; id <= ROWS; id++) {
                w.write(id + "," + group(id) + "," + amount[id] + "," + label[id] + "\n");
            }
        }
    }

    /** The init script every pooled connection runs: the CSV as an external table and a memory copy of it. */
    static String initScript(Path csv) {
        String location = csv.toAbsolutePath().toString().replace("'", "''");
        return "CREATE EXTERNAL TABLE items (id BIGINT NOT NULL, grp INT NOT NULL, amount BIGINT NOT NULL,"
                + " label VARCHAR NOT NULL) STORED AS CSV LOCATION '" + location + "' OPTIONS ('format.has_header' 'true');\n"
                + "CREATE TABLE items_mem AS SELECT * FROM items;\n";
    }
}
