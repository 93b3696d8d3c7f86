package org.ssaplanner.concurrence;

import java.time.Instant;
import java.util.List;

/**
 * The invitations of a plan to take part (issue 14, section 2), newest first: pending ones (the agency takes part,
 * its acceptance is awaited), and answered or withdrawn ones as history.
 */
public record PlanInvitations(long planId, List<Invitation> invitations) {

    public List<Invitation> pending() {
        return invitations.stream().filter(i -> i.status() == InvitationStatus.PENDING).toList();
    }

    public boolean isEmpty() {
        return invitations.isEmpty();
    }

    /** The first pending invitation the signed-in user may answer, or null. */
    public Invitation answerable() {
        return invitations.stream().filter(Invitation::answerable).findFirst().orElse(null);
    }

    /**
     * @param answerable pending, and the signed-in user is the agency's concurrence official or an administrator
     */
    public record Invitation(long id, long version, long agencyId, String agencyCode, String agencyName,
            InvitationStatus status, String invitedBy, Instant invitedAt, String answeredBy, Instant answeredAt,
            String reason, boolean answerable) {
    }
}
