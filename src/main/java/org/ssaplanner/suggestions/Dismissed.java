package org.ssaplanner.suggestions;

import java.time.Instant;

/** A suggestion the conductor dismissed: which agency, why, who and when (shown to later reviewers). */
public record Dismissed(long agencyId, String code, String label, String reason, Instant dismissedAt,
        String dismissedBy, boolean active) {
}
