package org.ssaplanner.portfolio;

import java.util.List;

/** A plan's objectives, each with its priority and stakes (null until set) and the version of that record (-1: none). */
public record ObjectivePriorities(long planId, String planTitle, String countryName, boolean canEdit,
        List<Row> objectives) {

    public record Row(long objectiveId, String category, String title, Integer priority, String stakes,
            long version, String updatedBy) {
    }
}
