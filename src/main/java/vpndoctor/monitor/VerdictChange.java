package vpndoctor.monitor;

import java.time.Instant;
import java.util.List;
import vpndoctor.result.Finding;

/**
 * A tunnel's verdict changed. {@code time} is the time of the newest line in the evidence (the
 * line's own time, else when it was received); {@code rootCauses} the new verdict (empty for
 * CLEARED); {@code previous} the cause IDs before.
 */
public record VerdictChange(Instant time, String tunnel, Event event, List<Finding> rootCauses, List<String> previous) {
    public enum Event {
        /** A tunnel without a fault now has one. */
        FAULT,
        /** A faulty tunnel's set of root causes changed. */
        CHANGED,
        /** A faulty tunnel came up: phase 2 completed, SAs working both ways, no root cause left. */
        CLEARED;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public List<String> ids() {
        return rootCauses.stream().map(Finding::id).toList();
    }
}
