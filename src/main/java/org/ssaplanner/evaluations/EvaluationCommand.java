package org.ssaplanner.evaluations;

import java.time.LocalDate;

/** An evaluation as entered; ratings on the 1-5 scales (see {@link RatingScale}). */
public record EvaluationCommand(EvaluationType type, LocalDate date, String method, Integer qualityRating,
        Integer effectRating, String findings, String recommendations) {
}
