package org.ssaplanner.compliance;

/** Filters of the findings list; null = any. */
public record FindingFilter(Long countryId, Long restrictionId, FindingSeverity severity, Long programId) {

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null);
    }
}
