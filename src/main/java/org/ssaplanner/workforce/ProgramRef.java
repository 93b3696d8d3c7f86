package org.ssaplanner.workforce;

import java.math.BigDecimal;

/** A program of a plan with the workload it states (zeros and no level when it states none). */
public record ProgramRef(long id, String title, long version, BigDecimal managerFte, BigDecimal implementerFte,
        BigDecimal oversightFte, BigDecimal evaluatorFte, Long managerLevelId, String managerLevel) {
}
