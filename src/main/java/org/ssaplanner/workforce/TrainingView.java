package org.ssaplanner.workforce;

import java.time.LocalDate;

/** A training record of a person, as their page shows it. */
public record TrainingView(long id, String course, LocalDate completedOn, LocalDate expiresOn) {
}
