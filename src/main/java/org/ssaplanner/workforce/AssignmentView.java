package org.ssaplanner.workforce;

import java.math.BigDecimal;

/**
 * A person's or a position's share of a program's work in one fiscal year. For a position, {@code personId} and
 * {@code personName} are null and {@code vacant} says whether nobody holds the position in that year.
 */
public record AssignmentView(long id, Long personId, String personName, Long positionId, String positionTitle,
        boolean vacant, long programId, String programTitle, long planId, int fiscalYear, AssignmentRole role,
        BigDecimal fte, boolean editable) {

    public boolean ofPosition() {
        return positionId != null;
    }
}
