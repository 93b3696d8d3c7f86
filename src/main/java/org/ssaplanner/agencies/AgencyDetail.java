package org.ssaplanner.agencies;

import java.time.Instant;
import java.util.Set;

public record AgencyDetail(long id, long version, String code, String name, Long parentId, String parentLabel,
        AgencyKind kind, boolean hasOwnBudget, boolean active, String description, Set<CapabilityKey> capabilities,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public boolean offers(String assistanceTypeCode, String capabilityDomainCode) {
        return capabilities.contains(new CapabilityKey(assistanceTypeCode, capabilityDomainCode));
    }
}
