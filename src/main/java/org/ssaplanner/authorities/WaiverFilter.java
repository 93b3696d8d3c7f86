package org.ssaplanner.authorities;

/** Filters of the waiver list; null = any. */
public record WaiverFilter(Long programId, Long restrictionId, WaiverStatus status, WaiverKind kind) {

    public static WaiverFilter none() {
        return new WaiverFilter(null, null, null, null);
    }
}
