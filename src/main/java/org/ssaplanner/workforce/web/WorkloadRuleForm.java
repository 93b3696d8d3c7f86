package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ssaplanner.workforce.WorkloadRuleCommand;
import org.ssaplanner.workforce.WorkloadRuleView;

/** The form of a workload rule (create and edit). */
class WorkloadRuleForm extends WorkloadFields {

    static final String[] FIELDS = {"version", "assistanceTypeCode", "programStatus", "minAllocated", "maxAllocated",
        "managerFte", "implementerFte", "oversightFte", "evaluatorFte", "managerLevelId", "note"};

    private long version;
    private String assistanceTypeCode;
    private String programStatus;

    @DecimalMin(value = "0", message = "{workforce.rule.band.negative}")
    private BigDecimal minAllocated;

    @DecimalMin(value = "0", inclusive = false, message = "{workforce.rule.band.negative}")
    private BigDecimal maxAllocated;

    @Size(max = 300, message = "{workforce.rule.note.length}")
    private String note;

    /** A new rule's form: no conditions, no workload yet. */
    static WorkloadRuleForm blank() {
        WorkloadRuleForm form = new WorkloadRuleForm();
        form.workload(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
        return form;
    }

    static WorkloadRuleForm from(WorkloadRuleView r) {
        WorkloadRuleForm form = new WorkloadRuleForm();
        form.version = r.version();
        form.assistanceTypeCode = r.assistanceTypeCode();
        form.programStatus = r.programStatus();
        form.minAllocated = r.minAllocated();
        form.maxAllocated = r.maxAllocated();
        form.workload(r.managerFte(), r.implementerFte(), r.oversightFte(), r.evaluatorFte(), r.managerLevelId());
        form.note = r.note();
        return form;
    }

    WorkloadRuleCommand toCommand() {
        return new WorkloadRuleCommand(assistanceTypeCode, programStatus, minAllocated, maxAllocated, getManagerFte(),
                getImplementerFte(), getOversightFte(), getEvaluatorFte(), getManagerLevelId(), note);
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
