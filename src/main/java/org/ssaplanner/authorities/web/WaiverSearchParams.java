package org.ssaplanner.authorities.web;

import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverStatus;

/**
 * The query parameters of the waiver list ({@code /waivers?program=77&restriction=1&status=REQUESTED&kind=WAIVER}),
 * bound by Spring; the names are part of the URL. Absent = any.
 */
record WaiverSearchParams(Long program, Long restriction, WaiverStatus status, WaiverKind kind) {

    WaiverFilter toFilter() {
        return new WaiverFilter(program, restriction, status, kind);
    }
}
