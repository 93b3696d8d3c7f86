package org.ssaplanner.compliance;

import java.time.Instant;

/** A suspension of assistance (see {@link SuspensionService}) with its restriction and unit named. */
public record SuspensionView(long id, long programId, long restrictionId, String restrictionCitation,
        String restrictionTitle, Long unitId, String unitName, String findingReason, String reason, String suspendedBy,
        Instant suspendedAt, String endedBy, Instant endedAt, String endedStatus) {

    public boolean open() {
        return endedAt == null;
    }
}
