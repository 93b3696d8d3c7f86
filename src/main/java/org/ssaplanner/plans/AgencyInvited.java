package org.ssaplanner.plans;

/**
 * An agency was invited to take part in a plan and became one of its participating agencies (issue 14, section 2),
 * e.g. from a suggestion of who else could help. Modules that follow participation (concurrence: a request to the
 * agency's concurrence official) listen to it.
 */
public record AgencyInvited(long planId, long agencyId, String invitedBy) {
}
