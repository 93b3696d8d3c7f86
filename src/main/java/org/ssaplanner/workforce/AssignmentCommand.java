package org.ssaplanner.workforce;

import java.math.BigDecimal;

/** A person's share of a program's work in one fiscal year. */
public record AssignmentCommand(Long personId, Long programId, Integer fiscalYear, AssignmentRole role,
        BigDecimal fte) {
}
