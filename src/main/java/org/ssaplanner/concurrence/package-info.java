/**
 * Interagency concurrence on country plans (issue 14, section 1): when a plan is submitted for interagency review
 * each participating agency gets a request, answered by its concurrence officials; approval follows their answers
 * ({@link org.ssaplanner.concurrence.ApprovalRule}). Plans does not depend on this module: it publishes its review
 * events and asks a {@link org.ssaplanner.plans.PlanApprovalGate}, which this module implements. Publishes
 * {@link org.ssaplanner.concurrence.ConcurrenceRequested}, {@link org.ssaplanner.concurrence.ConcurrenceAnswered},
 * {@link org.ssaplanner.concurrence.ReviewDecided}, {@link org.ssaplanner.concurrence.ReviewDueDateChanged} (the
 * conductor moved the due date) and {@link org.ssaplanner.concurrence.InvitationAnswered}: an agency invited to take
 * part (plans' {@link org.ssaplanner.plans.AgencyInvited}) takes part with its acceptance pending until its
 * concurrence official (or an administrator) accepts or declines; a decline (with its reason) takes the agency out
 * of the plan again (plans' {@code withdrawAgency}). The concurrence package (section 5) is the plan as a PDF,
 * with its programs (programs module) and their compliance roll-up (compliance module).
 */
@ApplicationModule(displayName = "Interagency concurrence", allowedDependencies = {"accounts", "agencies", "plans",
        "programs", "compliance", "reference", "shared"})
package org.ssaplanner.concurrence;

import org.springframework.modulith.ApplicationModule;
