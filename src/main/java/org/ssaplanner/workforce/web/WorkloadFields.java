package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The workload fields a program's workload form and a workload rule's form share: FTE by role (0 to 20 each) and the
 * certification level the manager needs, with their constraints.
 */
abstract class WorkloadFields {

    @NotNull(message = "{workforce.workload.fte.range}")
    @DecimalMin(value = "0", message = "{workforce.workload.fte.range}")
    @DecimalMax(value = "20", message = "{workforce.workload.fte.range}")
    private BigDecimal managerFte;

    @NotNull(message = "{workforce.workload.fte.range}")
    @DecimalMin(value = "0", message = "{workforce.workload.fte.range}")
    @DecimalMax(value = "20", message = "{workforce.workload.fte.range}")
    private BigDecimal implementerFte;

    @NotNull(message = "{workforce.workload.fte.range}")
    @DecimalMin(value = "0", message = "{workforce.workload.fte.range}")
    @DecimalMax(value = "20", message = "{workforce.workload.fte.range}")
    private BigDecimal oversightFte;

    @NotNull(message = "{workforce.workload.fte.range}")
    @DecimalMin(value = "0", message = "{workforce.workload.fte.range}")
    @DecimalMax(value = "20", message = "{workforce.workload.fte.range}")
    private BigDecimal evaluatorFte;

    private Long managerLevelId;

    /** Sets the workload at once (from a stored workload, a rule, or zero for a new rule). */
    final void workload(BigDecimal manager, BigDecimal implementer, BigDecimal oversight, BigDecimal evaluator,
            Long managerLevel) {
        this.managerFte = manager;
        this.implementerFte = implementer;
        this.oversightFte = oversight;
        this.evaluatorFte = evaluator;
        this.managerLevelId = managerLevel;
    }

    public BigDecimal getManagerFte() {
        return managerFte;
    }

    public void setManagerFte(BigDecimal managerFte) {
        this.managerFte = managerFte;
    }

    public BigDecimal getImplementerFte() {
        return implementerFte;
    }

    public void setImplementerFte(BigDecimal implementerFte) {
        this.implementerFte = implementerFte;
    }

    public BigDecimal getOversightFte() {
        return oversightFte;
    }

    public void setOversightFte(BigDecimal oversightFte) {
        this.oversightFte = oversightFte;
    }

    public BigDecimal getEvaluatorFte() {
        return evaluatorFte;
    }

    public void setEvaluatorFte(BigDecimal evaluatorFte) {
        this.evaluatorFte = evaluatorFte;
    }

    public Long getManagerLevelId() {
        return managerLevelId;
    }

    public void setManagerLevelId(Long managerLevelId) {
        this.managerLevelId = managerLevelId;
    }
}
