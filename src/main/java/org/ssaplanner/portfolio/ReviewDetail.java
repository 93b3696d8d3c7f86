package org.ssaplanner.portfolio;

import java.time.Instant;
import java.util.List;

/** A portfolio review with, per program, its assessment as last computed and the decision taken (if any). */
public record ReviewDetail(long id, long version, ReviewScope scope, Long planId, Long regionId, Integer fiscalYear,
        String title, String reviewerName, Instant createdAt, List<Item> items) {

    public record Item(Decision decision, ProgramAssessment assessment) {
    }

    public long decided() {
        return items.stream().filter(i -> i.decision().decided()).count();
    }
}
