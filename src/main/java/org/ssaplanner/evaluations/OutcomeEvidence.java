package org.ssaplanner.evaluations;

import java.util.List;
import org.ssaplanner.reference.MetricLevel;

/**
 * A plan's theory-of-change outcomes, each with the indicators that evidence it. An outcome is
 * EVIDENCED when an outcome- or impact-level indicator linked to it has an actual value, MEASURED
 * when such indicators exist but have no actual yet, and NO_EVIDENCE otherwise.
 */
public record OutcomeEvidence(long planId, List<Outcome> outcomes) {

    public enum State {
        EVIDENCED,
        MEASURED,
        NO_EVIDENCE
    }

    public record Outcome(PlanOutcomeRef outcome, List<EvidenceIndicator> indicators, State state) {
    }

    public record EvidenceIndicator(long indicatorId, long programId, String programTitle, String name,
            MetricLevel level, ProgressStatus status, String latestActual) {
    }

    public long withoutEvidence() {
        return outcomes.stream().filter(o -> o.state() != State.EVIDENCED).count();
    }
}
