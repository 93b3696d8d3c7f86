package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;
import org.ssaplanner.workforce.AssignmentRole;

/**
 * A person's or a position's share (FTE 0.05 to 1.0) of a program's work in one fiscal year, in one role: exactly one
 * of the two is named. A position's share is carried by whoever holds the position in that year.
 */
@Entity
@Audited
@Table(name = "workforce_assignment")
public class Assignment extends AuditedEntity {

    public static final BigDecimal MIN_FTE = new BigDecimal("0.05");
    public static final BigDecimal MAX_FTE = BigDecimal.ONE;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "position_id")
    private Long positionId;

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

    public Assignment(Long personId, Long positionId, long programId, int fiscalYear, AssignmentRole role,
            BigDecimal fte) {
        if (fte.compareTo(MIN_FTE) < 0 || fte.compareTo(MAX_FTE) > 0) {
            throw new IllegalArgumentException("FTE outside 0.05-1.0");
        }
        if ((personId == null) == (positionId == null)) {
            throw new IllegalArgumentException("an assignment names a person or a position");
        }
        this.personId = personId;
        this.positionId = positionId;
        this.programId = programId;
        this.fiscalYear = fiscalYear;
        this.role = role;
        this.fte = fte;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public long getProgramId() {
        return programId;
    }
}
