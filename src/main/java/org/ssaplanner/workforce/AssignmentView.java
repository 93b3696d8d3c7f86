package org.ssaplanner.workforce;

import java.math.BigDecimal;

/** A person's share of a program's work in one fiscal year. */
public record AssignmentView(long id, long personId, String personName, long programId, String programTitle,
        long planId, int fiscalYear, AssignmentRole role, BigDecimal fte, boolean editable) {
}
