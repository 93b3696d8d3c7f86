package org.ssaplanner.portfolio.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.portfolio.Decision;
import org.ssaplanner.portfolio.DecisionCommand;
import org.ssaplanner.portfolio.Recommendation;

/** The decision on one program of a review. The service checks what each kind of decision requires. */
class DecisionForm {

    static final String[] FIELDS = {"version", "decision", "reason", "owner", "followUpDate", "hypothesis",
        "successIndicator", "experimentReviewDate", "stopCriterion", "closurePlan"};

    private long version;
    private Recommendation decision;
    private String reason;
    private String owner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpDate;
    private String hypothesis;
    private String successIndicator;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate experimentReviewDate;
    private String stopCriterion;
    private String closurePlan;

    static DecisionForm from(Decision d, Recommendation recommended) {
        DecisionForm form = new DecisionForm();
        form.version = d.version();
        form.decision = d.decision() != null ? d.decision() : recommended;
        form.reason = d.reason();
        form.owner = d.owner();
        form.followUpDate = d.followUpDate();
        form.hypothesis = d.hypothesis();
        form.successIndicator = d.successIndicator();
        form.experimentReviewDate = d.experimentReviewDate();
        form.stopCriterion = d.stopCriterion();
        form.closurePlan = d.closurePlan();
        return form;
    }

    DecisionCommand toCommand() {
        return new DecisionCommand(decision, reason, owner, followUpDate, hypothesis, successIndicator,
                experimentReviewDate, stopCriterion, closurePlan);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Recommendation getDecision() {
        return decision;
    }

    public void setDecision(Recommendation decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public String getHypothesis() {
        return hypothesis;
    }

    public void setHypothesis(String hypothesis) {
        this.hypothesis = hypothesis;
    }

    public String getSuccessIndicator() {
        return successIndicator;
    }

    public void setSuccessIndicator(String successIndicator) {
        this.successIndicator = successIndicator;
    }

    public LocalDate getExperimentReviewDate() {
        return experimentReviewDate;
    }

    public void setExperimentReviewDate(LocalDate experimentReviewDate) {
        this.experimentReviewDate = experimentReviewDate;
    }

    public String getStopCriterion() {
        return stopCriterion;
    }

    public void setStopCriterion(String stopCriterion) {
        this.stopCriterion = stopCriterion;
    }

    public String getClosurePlan() {
        return closurePlan;
    }

    public void setClosurePlan(String closurePlan) {
        this.closurePlan = closurePlan;
    }
}
