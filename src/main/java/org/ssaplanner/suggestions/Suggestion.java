package org.ssaplanner.suggestions;

import java.math.BigDecimal;
import java.util.List;

/** An agency that does not take part in the plan and could help, with its reasons strongest first. */
public record Suggestion(long agencyId, String code, String label, List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    public ReasonKind strongest() {
        return reasons.get(0).kind();
    }

    /** FA.gov obligations of the ACTIVE_IN_COUNTRY reason, zero without one. */
    public BigDecimal obligations() {
        return reasons.stream().filter(r -> r.kind() == ReasonKind.ACTIVE_IN_COUNTRY).map(Reason::obligations)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    public int matchedPrograms() {
        return reasons.stream().filter(r -> r.kind() == ReasonKind.CAPABILITY_MATCH).mapToInt(Reason::matchedPrograms)
                .sum();
    }
}
