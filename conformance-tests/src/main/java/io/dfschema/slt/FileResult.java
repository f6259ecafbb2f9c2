package io.dfschema.slt;

import java.util.List;

/**
 * The outcome of one .slt file: one entry per statement/query record (included ones
 * too), and file-level notes (parse error, set-up problems, time-out).
 */
public record FileResult(String file, List<RecordOutcome> outcomes, List<String> notes, long millis) {

    public long count(RecordOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long passed() {
        return count(RecordOutcome.Status.PASSED);
    }

    public long failed() {
        return count(RecordOutcome.Status.FAILED);
    }

    public long skipped() {
        return count(RecordOutcome.Status.SKIPPED);
    }
}
