package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;
import org.ssaplanner.workforce.WorkloadRuleCommand;

/** A rule that suggests a program's workload (see {@code WorkloadRuleView}); data, edited by administrators. */
@Entity
@Audited
@Table(name = "workforce_workload_rule")
public class WorkloadRule extends AuditedEntity {

    @Column(name = "assistance_type_code", length = 40)
    private String assistanceTypeCode;

    @Column(name = "program_status", length = 20)
    private String programStatus;

    @Column(name = "min_allocated", precision = 19, scale = 2)
    private BigDecimal minAllocated;

    @Column(name = "max_allocated", precision = 19, scale = 2)
    private BigDecimal maxAllocated;

    @Column(name = "manager_fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal managerFte;

    @Column(name = "implementer_fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal implementerFte;

    @Column(name = "oversight_fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal oversightFte;

    @Column(name = "evaluator_fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal evaluatorFte;

    @Column(name = "manager_level_id")
    private Long managerLevelId;

    @Column(length = 300)
    private String note;

    protected WorkloadRule() {
    }

    public WorkloadRule(WorkloadRuleCommand command) {
        describe(command);
    }

    public void describe(WorkloadRuleCommand c) {
        if (c.minAllocated() != null && c.maxAllocated() != null && c.maxAllocated().compareTo(c.minAllocated()) <= 0) {
            throw new IllegalArgumentException("the band's upper bound must lie above its lower bound");
        }
        this.assistanceTypeCode = c.assistanceTypeCode();
        this.programStatus = c.programStatus();
        this.minAllocated = c.minAllocated();
        this.maxAllocated = c.maxAllocated();
        this.managerFte = c.managerFte();
        this.implementerFte = c.implementerFte();
        this.oversightFte = c.oversightFte();
        this.evaluatorFte = c.evaluatorFte();
        this.managerLevelId = c.managerLevelId();
        this.note = c.note();
    }

    public String getAssistanceTypeCode() {
        return assistanceTypeCode;
    }

    public String getProgramStatus() {
        return programStatus;
    }

    public BigDecimal getMinAllocated() {
        return minAllocated;
    }

    public BigDecimal getMaxAllocated() {
        return maxAllocated;
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

    public String getNote() {
        return note;
    }
}
