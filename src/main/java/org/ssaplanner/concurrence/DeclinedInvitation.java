package org.ssaplanner.concurrence;

import java.time.Instant;

/** An agency's latest decline of an invitation to take part in a plan: its reason, who and when. */
public record DeclinedInvitation(long agencyId, String reason, String declinedBy, Instant declinedAt) {
}
