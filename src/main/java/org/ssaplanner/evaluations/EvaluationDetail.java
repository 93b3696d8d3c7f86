package org.ssaplanner.evaluations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record EvaluationDetail(long id, long version, long programId, String programTitle, EvaluationType type,
        String evaluatorUsername, String evaluatorName, LocalDate date, String method, int qualityRating,
        int effectRating, String findings, String recommendations, List<EvidenceFileRef> files, Instant updatedAt,
        String updatedBy) {
}
