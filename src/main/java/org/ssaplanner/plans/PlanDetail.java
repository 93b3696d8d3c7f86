package org.ssaplanner.plans;

import java.time.Instant;
import java.util.List;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * A plan with its theory of change as a tree (objective -> outcomes -> programs) and the gaps in it:
 * objectives without outcomes, outcomes without programs, programs that serve no outcome.
 */
public record PlanDetail(long id, long version, CountryRef country, String title, int startFiscalYear,
        int endFiscalYear, String desiredEndStates, UserRef conductor, List<AgencySummary> participatingAgencies,
        PlanStatus status, List<Objective> objectives, List<PlanProgramRef> programs,
        List<PlanProgramRef> programsServingNoOutcome, Instant updatedAt, String updatedBy) {

    public String fiscalYears() {
        return "FY" + startFiscalYear + "–FY" + endFiscalYear;
    }

    public List<Long> participatingAgencyIds() {
        return participatingAgencies.stream().map(AgencySummary::id).toList();
    }

    public long objectivesWithoutOutcome() {
        return objectives.stream().filter(o -> o.outcomes().isEmpty()).count();
    }

    public long outcomesWithoutProgram() {
        return objectives.stream().flatMap(o -> o.outcomes().stream()).filter(o -> o.programs().isEmpty()).count();
    }

    public boolean hasGaps() {
        return objectivesWithoutOutcome() > 0 || outcomesWithoutProgram() > 0 || !programsServingNoOutcome.isEmpty();
    }

    public record Objective(long id, long version, ObjectiveCategory category, String title, String description,
            List<Outcome> outcomes, Instant updatedAt, String updatedBy) {
    }

    public record Outcome(long id, long version, long objectiveId, String title, String description,
            List<PlanProgramRef> programs, Instant updatedAt, String updatedBy) {
    }
}
