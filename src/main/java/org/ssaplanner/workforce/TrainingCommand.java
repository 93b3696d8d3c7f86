package org.ssaplanner.workforce;

import java.time.LocalDate;

/** A training record to add to a person: the course, when it was completed, and when it expires (if it does). */
public record TrainingCommand(String course, LocalDate completedOn, LocalDate expiresOn) {
}
