package org.ssaplanner.programs;

import org.ssaplanner.reference.ObjectiveCategory;

/** Filters of the program search across plans; null = any. {@code country} is an ISO alpha-2 code. */
public record ProgramFilter(String country, Long agencyId, Long authorityId, String assistanceTypeCode,
        String recipientTypeCode, String capabilityDomainCode, ObjectiveCategory category, ProgramStatus status,
        Horizon horizon, Integer fiscalYear, String text) {

    public static ProgramFilter none() {
        return new ProgramFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
