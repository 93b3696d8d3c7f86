package org.ssaplanner.concurrence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.ssaplanner.concurrence.domain.ConcurrenceLogEntry;
import org.ssaplanner.concurrence.domain.ConcurrenceLogRepository;
import org.ssaplanner.concurrence.domain.ConcurrenceRequest;
import org.ssaplanner.concurrence.domain.ConcurrenceRequestRepository;
import org.ssaplanner.concurrence.domain.ConcurrenceReview;
import org.ssaplanner.concurrence.domain.ConcurrenceReviewRepository;
import org.ssaplanner.plans.PlanParticipantsChanged;
import org.ssaplanner.plans.PlanReviewEnded;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSubmittedForReview;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Opens and closes reviews with the plan's review, in the plan's transaction (synchronously: the requests exist when
 * the submitter sees the plan again, and a failure undoes the submission): a submission opens the next round with a
 * request per participating agency; an agency added during review is asked, one removed is withdrawn; approval or
 * return to draft closes the round, keeping its answers, with the decision (and what an approval overrode).
 */
@Component
class PlanReviewListener {

    private final ConcurrenceReviewRepository reviews;
    private final ConcurrenceRequestRepository requests;
    private final ConcurrenceLogRepository log;
    private final ConcurrenceService concurrence;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    PlanReviewListener(ConcurrenceReviewRepository reviews, ConcurrenceRequestRepository requests,
            ConcurrenceLogRepository log, ConcurrenceService concurrence, ApplicationEventPublisher events,
            MessageSource messages) {
        this.reviews = reviews;
        this.requests = requests;
        this.log = log;
        this.concurrence = concurrence;
        this.events = events;
        this.messages = messages;
    }

    @EventListener
    void on(PlanSubmittedForReview event) {
        String actor = CurrentUsers.currentUsernameOrSystem();
        Instant now = Instant.now();
        reviews.findOpen(event.planId()).ifPresent(stale -> close(stale, ReviewOutcome.RETURNED_TO_DRAFT, null, null,
                actor, now));
        ConcurrenceReview review = reviews.saveAndFlush(new ConcurrenceReview(event.planId(),
                reviews.lastRound(event.planId()) + 1, event.reviewDueDate(), actor, now));
        event.participatingAgencyIds().stream().sorted().forEach(agency -> {
            requests.save(new ConcurrenceRequest(review.getId(), agency, now));
            requested(review, agency, actor, now);
        });
    }

    @EventListener
    void on(PlanParticipantsChanged event) {
        reviews.findOpen(event.planId()).ifPresent(review -> {
            String actor = CurrentUsers.currentUsernameOrSystem();
            Instant now = Instant.now();
            Map<Long, ConcurrenceRequest> existing = requests.findByReviewIdOrderById(review.getId()).stream()
                    .collect(Collectors.toMap(ConcurrenceRequest::getAgencyId, Function.identity()));
            Set<Long> participating = event.participatingAgencyIds();
            participating.stream().sorted().forEach(agency -> {
                ConcurrenceRequest request = existing.get(agency);
                if (request == null) {
                    requests.save(new ConcurrenceRequest(review.getId(), agency, now));
                    requested(review, agency, actor, now);
                } else if (!request.isActive()) {
                    request.askAgain(now);
                    requests.save(request);
                    requested(review, agency, actor, now);
                }
            });
            existing.values().stream().filter(ConcurrenceRequest::isActive)
                    .filter(r -> !participating.contains(r.getAgencyId())).forEach(request -> {
                        request.withdraw(now);
                        requests.save(request);
                        log.save(new ConcurrenceLogEntry(review.getPlanId(), review.getId(), request.getAgencyId(),
                                ConcurrenceLogKind.WITHDRAWN, null, null, actor, now));
                    });
        });
    }

    @EventListener
    void on(PlanReviewEnded event) {
        reviews.findOpen(event.planId()).ifPresent(review -> {
            ReviewOutcome outcome = event.outcome() == PlanStatus.APPROVED ? ReviewOutcome.APPROVED
                    : ReviewOutcome.RETURNED_TO_DRAFT;
            String overridden = event.justification() == null ? null
                    : concurrence.verdict(event.planId()).map(this::overridden).orElse(null);
            close(review, outcome, event.justification(), overridden, CurrentUsers.currentUsernameOrSystem(),
                    Instant.now());
        });
    }

    private void close(ConcurrenceReview review, ReviewOutcome outcome, String justification, String overridden,
            String actor, Instant now) {
        review.close(outcome, justification, overridden, actor, now);
        reviews.save(review);
        ConcurrenceLogKind kind = outcome == ReviewOutcome.RETURNED_TO_DRAFT ? ConcurrenceLogKind.RETURNED_TO_DRAFT
                : justification == null ? ConcurrenceLogKind.APPROVED : ConcurrenceLogKind.APPROVED_OVER_OBJECTIONS;
        String text = justification == null ? null : overridden == null ? justification
                : justification + "\n(" + overridden + ")";
        log.save(new ConcurrenceLogEntry(review.getPlanId(), review.getId(), null, kind, null, text, actor, now));
        events.publishEvent(new ReviewDecided(review.getPlanId(), review.getId(), outcome, justification, actor));
    }

    private void requested(ConcurrenceReview review, long agency, String actor, Instant now) {
        log.save(new ConcurrenceLogEntry(review.getPlanId(), review.getId(), agency, ConcurrenceLogKind.REQUESTED,
                null, null, actor, now));
        events.publishEvent(new ConcurrenceRequested(review.getPlanId(), review.getId(), agency,
                review.getDueDate()));
    }

    /** What an approval over objections overrode, e.g. "Did not concur: DOJ. No answer by the due date: DHS." */
    private String overridden(ApprovalRule.Verdict verdict) {
        List<String> parts = new ArrayList<>();
        if (!verdict.nonConcurring().isEmpty()) {
            parts.add(text("concurrence.overridden.nonConcur", String.join(", ", verdict.nonConcurring())));
        }
        if (!verdict.overdue().isEmpty()) {
            parts.add(text("concurrence.overridden.overdue", String.join(", ", verdict.overdue())));
        }
        if (!verdict.pending().isEmpty()) {
            parts.add(text("concurrence.overridden.pending", String.join(", ", verdict.pending())));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
