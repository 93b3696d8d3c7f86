package org.ssaplanner.workforce;

import java.time.LocalDate;

/** A position as lists and forms see it. */
public record PositionView(long id, long version, String title, long agencyId, String agencyCode, PostType postType,
        String postName, Long countryId, String countryName, WorkforceCategory category, Long areaId, String areaName,
        Long requiredLevelId, String requiredLevelName, boolean authorized, Long personId, String personName,
        LocalDate filledFrom, LocalDate filledTo, boolean editable) {

    public boolean vacant() {
        return personId == null;
    }
}
