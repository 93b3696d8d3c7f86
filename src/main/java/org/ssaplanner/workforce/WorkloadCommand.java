package org.ssaplanner.workforce;

import java.math.BigDecimal;

/** The workload a program needs in each year of its plan: FTE by role and its manager's required level. */
public record WorkloadCommand(BigDecimal managerFte, BigDecimal implementerFte, BigDecimal oversightFte,
        BigDecimal evaluatorFte, Long managerLevelId) {
}
