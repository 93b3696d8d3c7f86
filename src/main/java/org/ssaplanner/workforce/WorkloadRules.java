package org.ssaplanner.workforce;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which workload rule speaks for a program: of the rules it matches, the most specific (most conditions set), and
 * of those the oldest (lowest id), so that the answer never depends on the order the rules are read in.
 */
public final class WorkloadRules {

    private WorkloadRules() {
    }

    public static Optional<WorkloadRuleView> match(List<WorkloadRuleView> rules, String assistanceType, String status,
            BigDecimal allocated) {
        BigDecimal funding = allocated == null ? BigDecimal.ZERO : allocated;
        return rules.stream().filter(r -> r.matches(assistanceType, status, funding))
                .min(Comparator.comparingInt(WorkloadRuleView::specificity).reversed()
                        .thenComparingLong(WorkloadRuleView::id));
    }
}
