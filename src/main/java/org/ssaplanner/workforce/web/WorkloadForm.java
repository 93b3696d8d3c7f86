package org.ssaplanner.workforce.web;

import org.ssaplanner.workforce.ProgramRef;
import org.ssaplanner.workforce.WorkloadCommand;
import org.ssaplanner.workforce.WorkloadRuleView;

/** The form of the workload a program needs in each year of its plan. */
class WorkloadForm extends WorkloadFields {

    static final String[] FIELDS = {"version", "managerFte", "implementerFte", "oversightFte", "evaluatorFte", "managerLevelId"};

    private long version;

    static WorkloadForm from(ProgramRef program) {
        WorkloadForm form = new WorkloadForm();
        form.version = program.version();
        form.workload(program.managerFte(), program.implementerFte(), program.oversightFte(), program.evaluatorFte(),
                program.managerLevelId());
        return form;
    }

    /** The values a workload rule suggests (the version stays: saving it is an edit like any other). */
    void apply(WorkloadRuleView rule) {
        workload(rule.managerFte(), rule.implementerFte(), rule.oversightFte(), rule.evaluatorFte(),
                rule.managerLevelId());
    }

    WorkloadCommand toCommand() {
        return new WorkloadCommand(getManagerFte(), getImplementerFte(), getOversightFte(), getEvaluatorFte(),
                getManagerLevelId());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
