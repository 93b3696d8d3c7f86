package org.ssaplanner.interchange.web;

import org.ssaplanner.interchange.ActivityFilter;

/**
 * The filters of a country's activity list and its CSV ({@code /countries/COL?fy=2023&agency=DOD&account=...&q=...}),
 * bound by Spring; the names are part of the URL. Absent or blank = any.
 */
record ActivitySearchParams(String fy, String agency, String account, String q) {

    ActivityFilter toFilter() {
        return new ActivityFilter(fy, agency, account, q);
    }
}
