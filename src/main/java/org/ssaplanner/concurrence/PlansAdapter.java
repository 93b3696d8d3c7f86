package org.ssaplanner.concurrence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.ssaplanner.plans.PlanApproval;
import org.ssaplanner.plans.PlanApprovalGate;
import org.ssaplanner.plans.PlanReviewProgress;

/**
 * The plans module's extension points, answered from the concurrence of the agencies: who may approve a plan in
 * review ({@link ApprovalRule}) and the list's "3 of 5 concurred". A plan in review without an open review (none
 * should exist: the migration opened one for every plan in review) falls back to the administrator's approval.
 */
@Component
class PlansAdapter implements PlanApprovalGate, PlanReviewProgress {

    private final ConcurrenceService concurrence;
    private final MessageSource messages;

    PlansAdapter(ConcurrenceService concurrence, MessageSource messages) {
        this.concurrence = concurrence;
        this.messages = messages;
    }

    @Override
    public PlanApproval approval(long planId) {
        return concurrence.verdict(planId).map(v -> new PlanApproval(v.kind(), reasons(v)))
                .orElse(PlanApproval.administratorOnly());
    }

    @Override
    public Map<Long, Progress> progress(Collection<Long> planIds) {
        return concurrence.progress(planIds);
    }

    private List<String> reasons(ApprovalRule.Verdict verdict) {
        List<String> reasons = new ArrayList<>();
        verdict.nonConcurring().forEach(code -> reasons.add(text("concurrence.reason.nonConcur", code)));
        verdict.overdue().forEach(code -> reasons.add(text("concurrence.reason.overdue", code)));
        verdict.pending().forEach(code -> reasons.add(text("concurrence.reason.pending", code)));
        return reasons;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
