package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ssaplanner.shared.domain.AuditedEntity;
import org.ssaplanner.workforce.AssignmentRole;

/** A person's share (FTE 0.05 to 1.0) of a program's work in one fiscal year, in one role. */
@Entity
@Table(name = "workforce_assignment")
public class Assignment extends AuditedEntity {

    public static final BigDecimal MIN_FTE = new BigDecimal("0.05");
    public static final BigDecimal MAX_FTE = BigDecimal.ONE;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentRole role;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal fte;

    protected Assignment() {
    }

    public Assignment(long personId, long programId, int fiscalYear, AssignmentRole role, BigDecimal fte) {
        if (fte.compareTo(MIN_FTE) < 0 || fte.compareTo(MAX_FTE) > 0) {
            throw new IllegalArgumentException("FTE outside 0.05-1.0");
        }
        this.personId = personId;
        this.programId = programId;
        this.fiscalYear = fiscalYear;
        this.role = role;
        this.fte = fte;
    }

    public long getPersonId() {
        return personId;
    }

    public long getProgramId() {
        return programId;
    }
}
