package org.ssaplanner.plans;

/**
 * Another module's say on approving a plan in interagency review (issue 14: the concurrence module, where every
 * participating agency answers). {@link PlanPermissions} asks it who may approve; {@link PlanService} asks it
 * whether the approval needs a justification. Without such a bean only an administrator approves, as before
 * concurrence existed. The implementing module records the decision from {@link PlanReviewEnded}.
 */
public interface PlanApprovalGate {

    /** What approving the plan (in interagency review) takes now. */
    PlanApproval approval(long planId);
}
