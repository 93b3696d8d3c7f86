package org.ssaplanner.securitylog;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking the hash chain: how many events were checked, up to which seq, and where the chain
 * breaks (at most {@link #MAX_PROBLEMS} places, the first ones).
 */
public record ChainVerification(Instant checkedAt, long eventsChecked, long headSeq, String headHash,
        List<Problem> problems, boolean truncatedList) {

    public static final int MAX_PROBLEMS = 50;

    public boolean intact() {
        return problems.isEmpty();
    }

    /** What is wrong at one place of the chain. */
    public enum Kind {
        /** Events between the previous one and this seq are missing (deleted). */
        MISSING,
        /** This event's previous-hash is not the hash of the event before it (an event before it was changed or replaced). */
        LINK,
        /** This event's content does not give its hash (it was edited). */
        CONTENT,
        /** The chain head (the last seq and hash recorded with each append) does not match the last event. */
        HEAD
    }

    /** One break: the seq where it shows and, for MISSING, the first missing seq. */
    public record Problem(long seq, Kind kind, long firstMissing) {
    }
}
