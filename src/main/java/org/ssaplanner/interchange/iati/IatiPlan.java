package org.ssaplanner.interchange.iati;

import java.util.List;
import java.util.Map;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.evaluations.IndicatorForExport;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.programs.ProgramForExport;
import org.ssaplanner.reference.CountryRef;

/**
 * One plan's programs with what their IATI activities name: agencies by id, indicators by program, the titles of the
 * plan's outcomes by id, and the DAC sector of each capability domain.
 */
public record IatiPlan(PlanContext plan, CountryRef country, List<ProgramForExport> programs,
        Map<Long, AgencySummary> agencies, Map<Long, List<IndicatorForExport>> indicatorsByProgram,
        Map<Long, String> outcomeTitles, Map<String, String> sectorOfDomain) {
}
