package org.ssaplanner.workforce;

import java.time.LocalDate;

/** What a maintainer enters for a position. */
public record PositionCommand(String title, Long agencyId, PostType postType, String postName, Long countryId,
        WorkforceCategory category, Long areaId, Long requiredLevelId, boolean authorized, Long personId,
        LocalDate filledFrom, LocalDate filledTo) {
}
