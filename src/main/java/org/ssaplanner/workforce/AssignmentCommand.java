package org.ssaplanner.workforce;

import java.math.BigDecimal;

/**
 * A share of a program's work in one fiscal year, carried by a person or by a position (exactly one of
 * {@code personId} and {@code positionId}).
 */
public record AssignmentCommand(Long personId, Long programId, Integer fiscalYear, AssignmentRole role,
        BigDecimal fte, Long positionId) {

    /** A person's share. */
    public AssignmentCommand(Long personId, Long programId, Integer fiscalYear, AssignmentRole role, BigDecimal fte) {
        this(personId, programId, fiscalYear, role, fte, null);
    }

    /** A position's share, carried by whoever holds the position in that year. */
    public static AssignmentCommand ofPosition(Long positionId, Long programId, Integer fiscalYear,
            AssignmentRole role, BigDecimal fte) {
        return new AssignmentCommand(null, programId, fiscalYear, role, fte, positionId);
    }
}
