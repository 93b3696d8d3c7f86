package org.ssaplanner.notifications;

/** What a notice is about (a closed set: each is written by one listener). */
public enum NotificationKind {
    CONCURRENCE_REQUESTED,
    CONCURRENCE_ANSWERED,
    CONCURRENCE_OVERDUE,
    REVIEW_DECIDED,
    AGENCY_INVITED,
    INVITATION_ANSWERED,
    REVIEW_DUE_DATE_CHANGED,
    BLOCKING_FINDING
}
