package org.ssaplanner.authorities;

/** REQUESTED -> APPROVED or REJECTED; a requester may withdraw a pending request. Expiry is by date, not status. */
public enum WaiverStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
