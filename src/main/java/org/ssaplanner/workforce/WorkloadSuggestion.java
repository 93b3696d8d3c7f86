package org.ssaplanner.workforce;

import java.math.BigDecimal;

/**
 * The workload the rules suggest for a program, with the rule that made it and the facts it was matched on; shown
 * on the workload form, applied only when the planner chooses to. {@code rule} is null when no rule matches.
 */
public record WorkloadSuggestion(String assistanceTypeCode, String programStatus, BigDecimal allocated,
        WorkloadRuleView rule) {

    public boolean found() {
        return rule != null;
    }
}
