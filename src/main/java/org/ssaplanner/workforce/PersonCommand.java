package org.ssaplanner.workforce;

import java.time.LocalDate;

/** What a maintainer enters for a person. */
public record PersonCommand(String name, Long agencyId, WorkforceCategory category, LocalDate dateOfBirth,
        String employeeNumber, String contact, String interagencyExperience) {
}
