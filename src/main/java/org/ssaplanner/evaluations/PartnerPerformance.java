package org.ssaplanner.evaluations;

import java.util.List;
import org.ssaplanner.partners.PartnerUnitSummary;

/**
 * A partner unit's record on one page: indicators about it (with program titles when known), programs
 * that have it as recipient, and its human-rights incidents. incidents is null when no incident source
 * exists ("no incident records available"), empty when the source has none.
 */
public record PartnerPerformance(PartnerUnitSummary unit, List<UnitIndicator> indicators,
        List<ProgramContext> programs, List<IncidentRef> incidents) {

    public record UnitIndicator(IndicatorDetail indicator, String programTitle) {
    }

    public boolean incidentsAvailable() {
        return incidents != null;
    }
}
