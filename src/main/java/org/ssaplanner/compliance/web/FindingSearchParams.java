package org.ssaplanner.compliance.web;

import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.programs.ProgramStatus;

/**
 * The query parameters of the findings list ({@code /compliance?country=COL&restriction=1&severity=BLOCKING&program=77&programStatus=ACTIVE}),
 * bound by Spring; the names are part of the URL. Absent = any. {@code country} is an ISO code (alpha-3, or alpha-2)
 * or, in older links, the country's internal id.
 */
record FindingSearchParams(String country, Long restriction, FindingSeverity severity, Long program,
        ProgramStatus programStatus) {

    /** The filter, with the country the {@code country} parameter names (its id; null for any). */
    FindingFilter toFilter(Long countryId) {
        return new FindingFilter(countryId, restriction, severity, program, programStatus);
    }
}
