package io.dfschema.slt;

import java.util.Set;

/** An {@code onlyif <label>} or {@code skipif <label>} line attached to the next record. */
public record Condition(boolean onlyIf, String label) {

    /** Whether this condition skips its record for an engine that has {@code labels}. */
    boolean skips(Set<String> labels) {
        return onlyIf != labels.contains(label);
    }
}
