package org.ssaplanner.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.WaiverSummary;

/**
 * Everything besides the program's own facts that the engine needs: the restrictions, the program's
 * authorities, its country code, the recipient unit's record, the notifications filed (authority id to
 * filing date) and the program's approved waivers and exception claims.
 */
record EvaluationInput(List<RestrictionDetail> restrictions, Map<Long, AuthoritySummary> authorities,
        String countryAlpha2, UnitRecord unit, Map<Long, LocalDate> notificationsFiledOn,
        List<WaiverSummary> waivers) {
}
