package org.ssaplanner.workforce;

import java.math.BigDecimal;

/**
 * A workload rule: when a program matches every condition it sets (null = any; the funding band runs from
 * {@code minAllocated} inclusive to {@code maxAllocated} exclusive, in allocated dollars over all the program's
 * years), it suggests these FTE by role and this required manager level.
 */
public record WorkloadRuleView(long id, long version, String assistanceTypeCode, String programStatus,
        BigDecimal minAllocated, BigDecimal maxAllocated, BigDecimal managerFte, BigDecimal implementerFte,
        BigDecimal oversightFte, BigDecimal evaluatorFte, Long managerLevelId, String managerLevel, String note) {

    /** Whether a program of this assistance type, status and allocated funding meets every condition. */
    public boolean matches(String assistanceType, String status, BigDecimal allocated) {
        return (assistanceTypeCode == null || assistanceTypeCode.equals(assistanceType))
                && (programStatus == null || programStatus.equals(status))
                && (minAllocated == null || allocated.compareTo(minAllocated) >= 0)
                && (maxAllocated == null || allocated.compareTo(maxAllocated) < 0);
    }

    /** How many conditions the rule sets (the funding band counts as one): the more, the more specific. */
    public int specificity() {
        return (assistanceTypeCode == null ? 0 : 1) + (programStatus == null ? 0 : 1)
                + (minAllocated == null && maxAllocated == null ? 0 : 1);
    }
}
