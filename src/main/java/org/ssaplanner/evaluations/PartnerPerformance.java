package org.ssaplanner.evaluations;

import java.util.List;
import org.ssaplanner.compliance.IncidentView;
import org.ssaplanner.partners.PartnerUnitSummary;

/**
 * A partner unit's record on one page: indicators about it (with program titles when known), programs
 * that have it as recipient, and its human-rights incidents from the compliance module, newest first.
 */
public record PartnerPerformance(PartnerUnitSummary unit, List<UnitIndicator> indicators,
        List<ProgramContext> programs, List<IncidentView> incidents) {

    public record UnitIndicator(IndicatorDetail indicator, String programTitle) {
    }
}
