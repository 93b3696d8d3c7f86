package org.ssaplanner.concurrence;

/**
 * Published when the invited agency's concurrence official (or an administrator) accepts or declines an invitation
 * to take part in a plan; a decline carries its reason (the agency no longer takes part).
 */
public record InvitationAnswered(long planId, long agencyId, boolean accepted, String reason, String answeredBy) {
}
