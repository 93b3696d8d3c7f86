package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.ssaplanner.workforce.ProgramRef;
import org.ssaplanner.workforce.WorkloadCommand;
import org.ssaplanner.workforce.WorkloadRuleView;

/** The form of the workload a program needs in each year of its plan. */
class WorkloadForm {

    static final String[] FIELDS = {"version", "managerFte", "implementerFte", "oversightFte", "evaluatorFte", "managerLevelId"};

    private long version;

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

    static WorkloadForm from(ProgramRef program) {
        WorkloadForm form = new WorkloadForm();
        form.version = program.version();
        form.managerFte = program.managerFte();
        form.implementerFte = program.implementerFte();
        form.oversightFte = program.oversightFte();
        form.evaluatorFte = program.evaluatorFte();
        form.managerLevelId = program.managerLevelId();
        return form;
    }

    /** The values a workload rule suggests (the version stays: saving it is an edit like any other). */
    void apply(WorkloadRuleView rule) {
        this.managerFte = rule.managerFte();
        this.implementerFte = rule.implementerFte();
        this.oversightFte = rule.oversightFte();
        this.evaluatorFte = rule.evaluatorFte();
        this.managerLevelId = rule.managerLevelId();
    }

    WorkloadCommand toCommand() {
        return new WorkloadCommand(managerFte, implementerFte, oversightFte, evaluatorFte, managerLevelId);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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
