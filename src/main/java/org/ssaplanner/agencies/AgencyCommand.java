package org.ssaplanner.agencies;

import java.util.Set;

/** What an administrator enters to create or change an agency. */
public record AgencyCommand(String code, String name, Long parentId, AgencyKind kind, boolean hasOwnBudget,
        String description, Set<CapabilityKey> capabilities) {
}
