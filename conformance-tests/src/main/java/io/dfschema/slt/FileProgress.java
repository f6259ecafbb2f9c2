package io.dfschema.slt;

import java.util.ArrayList;
import java.util.List;

/**
 * What a file run has done so far, shared with the watchdog thread: if the file's
 * thread is stuck in the driver past the wall clock, the watchdog reports what finished
 * and fails the rest without waiting for it.
 */
final class FileProgress {
    private final List<RecordOutcome> outcomes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private List<SltRecord.Executable> planned = List.of();
    private JdbcExecutor executor;

    synchronized void plan(List<SltRecord.Executable> records) {
        planned = List.copyOf(records);
    }

    synchronized void add(RecordOutcome outcome) {
        outcomes.add(outcome);
    }

    synchronized void note(String note) {
        notes.add(note);
    }

    synchronized void executor(JdbcExecutor executor) {
        this.executor = executor;
    }

    synchronized JdbcExecutor executor() {
        return executor;
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    synchronized List<RecordOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Fails every planned record that has no outcome yet. */
    synchronized void failRemaining(String why) {
        for (int i = outcomes.size(); i < planned.size(); i++) {
            outcomes.add(RecordOutcome.failed(planned.get(i), why));
        }
    }
}
