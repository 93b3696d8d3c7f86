package org.ssaplanner.authorities;

/** A waiver or exception claim was requested, decided or withdrawn: the program's findings may change. */
public record WaiverChanged(long waiverId, long programId, long restrictionId) {
}
