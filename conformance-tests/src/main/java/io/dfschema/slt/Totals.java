package io.dfschema.slt;

import java.util.List;

/** Record counts over a run; {@link #line()} is the CLI's closing line. */
public record Totals(long passed, long failed, long skipped) {

    public static Totals of(List<FileResult> results) {
        long p = 0;
        long f = 0;
        long s = 0;
        for (FileResult r : results) {
            p += r.passed();
            f += r.failed();
            s += r.skipped();
        }
        return new Totals(p, f, s);
    }

    /** Passed share of the records that ran (skipped ones are not applicable to this engine). */
    public double passRate() {
        long ran = passed + failed;
        return ran == 0 ? 1.0 : (double) passed / ran;
    }

    public String line() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
