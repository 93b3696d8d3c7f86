package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;

/** The workload a program needs in each fiscal year of its plan: FTE by role, and its manager's required level. */
@Entity
@Audited
@Table(name = "workforce_program_workload")
public class ProgramWorkload extends AuditedEntity {

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "manager_fte", nullable = false)
    private BigDecimal managerFte = BigDecimal.ZERO;

    @Column(name = "implementer_fte", nullable = false)
    private BigDecimal implementerFte = BigDecimal.ZERO;

    @Column(name = "oversight_fte", nullable = false)
    private BigDecimal oversightFte = BigDecimal.ZERO;

    @Column(name = "evaluator_fte", nullable = false)
    private BigDecimal evaluatorFte = BigDecimal.ZERO;

    @Column(name = "manager_level_id")
    private Long managerLevelId;

    protected ProgramWorkload() {
    }

    public ProgramWorkload(long programId) {
        this.programId = programId;
    }

    public void describe(BigDecimal manager, BigDecimal implementer, BigDecimal oversight, BigDecimal evaluator,
            Long managerLevelId) {
        this.managerFte = manager;
        this.implementerFte = implementer;
        this.oversightFte = oversight;
        this.evaluatorFte = evaluator;
        this.managerLevelId = managerLevelId;
    }

    public long getProgramId() {
        return programId;
    }

    public BigDecimal getManagerFte() {
        return managerFte;
    }

    public BigDecimal getImplementerFte() {
        return implementerFte;
    }

    public BigDecimal getOversightFte() {
        return oversightFte;
    }

    public BigDecimal getEvaluatorFte() {
        return evaluatorFte;
    }

    public Long getManagerLevelId() {
        return managerLevelId;
    }
}
