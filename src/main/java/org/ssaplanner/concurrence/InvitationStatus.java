package org.ssaplanner.concurrence;

/**
 * Where an invitation to take part in a plan stands: awaiting the invited agency's answer, accepted, declined (the
 * agency stopped participating), or withdrawn (the agency was removed from the plan before answering, or a new
 * invitation replaced this one).
 */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
