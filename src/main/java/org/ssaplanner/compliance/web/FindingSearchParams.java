package org.ssaplanner.compliance.web;

import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.programs.ProgramStatus;

/**
 * The query parameters of the findings list ({@code /compliance?country=3&restriction=1&severity=BLOCKING&program=77&programStatus=ACTIVE}),
 * bound by Spring; the names are part of the URL. Absent = any.
 */
record FindingSearchParams(Long country, Long restriction, FindingSeverity severity, Long program,
        ProgramStatus programStatus) {

    FindingFilter toFilter() {
        return new FindingFilter(country, restriction, severity, program, programStatus);
    }
}
