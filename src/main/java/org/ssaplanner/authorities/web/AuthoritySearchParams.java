package org.ssaplanner.authorities.web;

import org.ssaplanner.authorities.AuthorityFilter;
import org.ssaplanner.authorities.AuthorityStatus;
import org.ssaplanner.authorities.Statute;

/**
 * The query parameters of the authority catalogue
 * ({@code /authorities?q=333&statute=TITLE_10&agency=2&assistanceType=TRAINING&recipientType=MILITARY&status=ACTIVE}),
 * bound by Spring (text trimmed, blank = any); the names are part of the URL.
 */
record AuthoritySearchParams(String q, Statute statute, Long agency, String assistanceType, String recipientType,
        AuthorityStatus status) {

    AuthorityFilter toFilter() {
        return new AuthorityFilter(q, statute, agency, assistanceType, recipientType, status);
    }
}
