package org.ssaplanner.workforce;

import java.time.LocalDate;

/**
 * What a maintainer enters for a person. {@code userLink} is the user the person is linked to, as only administrators
 * set it: null leaves the link as it is (everyone else's forms and the roster import), a link with a null user removes
 * it.
 */
public record PersonCommand(String name, Long agencyId, WorkforceCategory category, LocalDate dateOfBirth,
        String employeeNumber, String contact, String interagencyExperience, UserLink userLink) {

    public PersonCommand(String name, Long agencyId, WorkforceCategory category, LocalDate dateOfBirth,
            String employeeNumber, String contact, String interagencyExperience) {
        this(name, agencyId, category, dateOfBirth, employeeNumber, contact, interagencyExperience, null);
    }

    /** The user a person is to be linked to; null for none. */
    public record UserLink(Long userId) {
    }
}
