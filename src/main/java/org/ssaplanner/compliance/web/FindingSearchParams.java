package org.ssaplanner.compliance.web;

import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingSeverity;

/**
 * The query parameters of the findings list ({@code /compliance?country=3&restriction=1&severity=BLOCKING&program=77}),
 * bound by Spring; the names are part of the URL. Absent = any.
 */
record FindingSearchParams(Long country, Long restriction, FindingSeverity severity, Long program) {

    FindingFilter toFilter() {
        return new FindingFilter(country, restriction, severity, program);
    }
}
