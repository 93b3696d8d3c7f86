package org.ssaplanner.workforce;

import java.math.BigDecimal;

/** What an administrator enters for a workload rule: conditions (null = any) and the workload it suggests. */
public record WorkloadRuleCommand(String assistanceTypeCode, String programStatus, BigDecimal minAllocated,
        BigDecimal maxAllocated, BigDecimal managerFte, BigDecimal implementerFte, BigDecimal oversightFte,
        BigDecimal evaluatorFte, Long managerLevelId, String note) {
}
