package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ssaplanner.workforce.WorkloadRuleCommand;
import org.ssaplanner.workforce.WorkloadRuleView;

/** The form of a workload rule (create and edit). */
class WorkloadRuleForm {

    static final String[] FIELDS = {"version", "assistanceTypeCode", "programStatus", "minAllocated", "maxAllocated",
        "managerFte", "implementerFte", "oversightFte", "evaluatorFte", "managerLevelId", "note"};

    private long version;
    private String assistanceTypeCode;
    private String programStatus;

    @DecimalMin(value = "0", message = "{workforce.rule.band.negative}")
    private BigDecimal minAllocated;

    @DecimalMin(value = "0", inclusive = false, message = "{workforce.rule.band.negative}")
    private BigDecimal maxAllocated;

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

    @Size(max = 300, message = "{workforce.rule.note.length}")
    private String note;

    /** A new rule's form: no conditions, no workload yet. */
    static WorkloadRuleForm blank() {
        WorkloadRuleForm form = new WorkloadRuleForm();
        form.managerFte = BigDecimal.ZERO;
        form.implementerFte = BigDecimal.ZERO;
        form.oversightFte = BigDecimal.ZERO;
        form.evaluatorFte = BigDecimal.ZERO;
        return form;
    }

    static WorkloadRuleForm from(WorkloadRuleView r) {
        WorkloadRuleForm form = new WorkloadRuleForm();
        form.version = r.version();
        form.assistanceTypeCode = r.assistanceTypeCode();
        form.programStatus = r.programStatus();
        form.minAllocated = r.minAllocated();
        form.maxAllocated = r.maxAllocated();
        form.managerFte = r.managerFte();
        form.implementerFte = r.implementerFte();
        form.oversightFte = r.oversightFte();
        form.evaluatorFte = r.evaluatorFte();
        form.managerLevelId = r.managerLevelId();
        form.note = r.note();
        return form;
    }

    WorkloadRuleCommand toCommand() {
        return new WorkloadRuleCommand(assistanceTypeCode, programStatus, minAllocated, maxAllocated, managerFte,
                implementerFte, oversightFte, evaluatorFte, managerLevelId, note);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getAssistanceTypeCode() {
        return assistanceTypeCode;
    }

    public void setAssistanceTypeCode(String assistanceTypeCode) {
        this.assistanceTypeCode = assistanceTypeCode;
    }

    public String getProgramStatus() {
        return programStatus;
    }

    public void setProgramStatus(String programStatus) {
        this.programStatus = programStatus;
    }

    public BigDecimal getMinAllocated() {
        return minAllocated;
    }

    public void setMinAllocated(BigDecimal minAllocated) {
        this.minAllocated = minAllocated;
    }

    public BigDecimal getMaxAllocated() {
        return maxAllocated;
    }

    public void setMaxAllocated(BigDecimal maxAllocated) {
        this.maxAllocated = maxAllocated;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
