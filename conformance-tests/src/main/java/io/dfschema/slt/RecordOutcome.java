package io.dfschema.slt;

/**
 * The verdict on one statement/query record. For a failure, {@code detail} is the first
 * difference (what was expected, what happened); for a skip, why.
 */
public record RecordOutcome(Location location, Status status, String sql, String detail) {

    public enum Status { PASSED, FAILED, SKIPPED }

    static RecordOutcome passed(SltRecord.Executable r) {
        return new RecordOutcome(r.location(), Status.PASSED, r.sql(), "");
    }

    static RecordOutcome failed(SltRecord.Executable r, String detail) {
        return new RecordOutcome(r.location(), Status.FAILED, r.sql(), detail);
    }

    static RecordOutcome skipped(SltRecord.Executable r, String why) {
        return new RecordOutcome(r.location(), Status.SKIPPED, r.sql(), why);
    }
}
