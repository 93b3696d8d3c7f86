package org.ssaplanner.securitylog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.ssaplanner.authorities.WaiverChanged;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverSummary;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Waiver requests, decisions and withdrawals, heard in the transaction that makes them (so a decision that is
 * rolled back leaves no event): WAIVER_REQUESTED, WAIVER_APPROVED, WAIVER_REJECTED, WAIVER_WITHDRAWN.
 */
@Component
class WaiverDecisionRecorder {

    private final WaiverService waivers;
    private final SecurityEventRecorder recorder;

    WaiverDecisionRecorder(WaiverService waivers, SecurityEventRecorder recorder) {
        this.waivers = waivers;
        this.recorder = recorder;
    }

    @EventListener
    void on(WaiverChanged event) {
        WaiverSummary waiver = waivers.get(event.waiverId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("waiverId", waiver.id());
        data.put("kind", waiver.kind());
        data.put("programId", waiver.programId());
        data.put("program", waiver.programLabel());
        data.put("restriction", waiver.restrictionCitation());
        switch (waiver.status()) {
            case APPROVED -> {
                data.put("official", waiver.officialName() + ", " + waiver.officialTitle());
                data.put("effective", waiver.effectiveDate());
                if (waiver.expiryDate() != null) {
                    data.put("expires", waiver.expiryDate());
                }
            }
            case REJECTED -> data.put("note", waiver.decisionNote());
            default -> {
                // the request itself says enough
            }
        }
        recorder.record("WAIVER_" + waiver.status().name(), CurrentUsers.currentUsernameOrSystem(), Instant.now(),
                data);
    }
}
