package org.ssaplanner.evaluations;

import java.time.LocalDate;

public record EvaluationSummary(long id, long programId, EvaluationType type, String evaluatorName, LocalDate date,
        int qualityRating, int effectRating, long fileCount) {
}
