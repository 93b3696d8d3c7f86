package org.ssaplanner.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.compliance.BlockingFindingRaised;
import org.ssaplanner.compliance.BlockingFindingsRaised;
import org.ssaplanner.concurrence.ConcurrenceAnswered;
import org.ssaplanner.concurrence.ConcurrenceRequested;
import org.ssaplanner.concurrence.InvitationAnswered;
import org.ssaplanner.concurrence.ReviewDecided;
import org.ssaplanner.concurrence.ReviewDueDateChanged;
import org.ssaplanner.plans.AgencyInvited;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Turns the other modules' events into notices, after their transaction has committed and in a transaction of its
 * own (Spring Modulith's event publication registry keeps an event until its notice is written). Who receives what:
 * a concurrence request, an overdue request, an invitation and a due date moved go to the concurrence officials of
 * the agency asked (for a due date: of each agency whose answer is awaited); an answer, an invitation answered and a
 * decision go to the plan's conductor (not when the conductor made the decision); a new blocking
 * finding goes to the planners of the program's lead agency (several raised by one recomputation: one notice per
 * planner listing them). Plans' own review events are not listened to: the
 * concurrence module's per-agency events say the same with the agency concerned (two notices for one submission
 * otherwise).
 */
@Component
class NotificationListeners {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListeners.class);

    private final Inbox inbox;
    private final PlanService plans;
    private final UserAccountService users;
    private final AgencyService agencies;
    private final MessageSource messages;

    NotificationListeners(Inbox inbox, PlanService plans, UserAccountService users, AgencyService agencies,
            MessageSource messages) {
        this.inbox = inbox;
        this.plans = plans;
        this.users = users;
        this.agencies = agencies;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ConcurrenceRequested event) {
        SystemAuthentication.run(() -> plan(event.planId()).ifPresent(plan -> inbox.deliver(
                new Inbox.Notice(NotificationKind.CONCURRENCE_REQUESTED, plan.id(), null, event.reviewId(),
                        event.agencyId(), plan.title(), text("notification.detail.requested",
                                agency(event.agencyId()), event.dueDate()), null),
                officials(event.agencyId()))));
    }

    @ApplicationModuleListener
    void on(ConcurrenceAnswered event) {
        SystemAuthentication.run(() -> plan(event.planId()).ifPresent(plan -> inbox.deliver(
                new Inbox.Notice(NotificationKind.CONCURRENCE_ANSWERED, plan.id(), null, event.reviewId(),
                        event.agencyId(), plan.title(), text(event.changed() ? "notification.detail.answerChanged"
                                : "notification.detail.answered", agency(event.agencyId()),
                                text("concurrence.answer." + event.answer())), event.answeredBy()),
                List.of(plan.conductorUserId()))));
    }

    @ApplicationModuleListener
    void on(ReviewDecided event) {
        SystemAuthentication.run(() -> plan(event.planId()).ifPresent(plan -> {
            boolean byConductor = users.findRef(plan.conductorUserId()).map(UserRef::username)
                    .filter(name -> name.equals(event.decidedBy())).isPresent();
            if (byConductor) {
                return;
            }
            String outcome = text("concurrence.outcome." + event.outcome());
            String detail = event.justification() == null ? text("notification.detail.decided", outcome)
                    : text("notification.detail.decidedOverObjections", outcome, event.justification());
            inbox.deliver(new Inbox.Notice(NotificationKind.REVIEW_DECIDED, plan.id(), null, event.reviewId(), null,
                    plan.title(), detail, event.decidedBy()), List.of(plan.conductorUserId()));
        }));
    }

    @ApplicationModuleListener
    void on(AgencyInvited event) {
        SystemAuthentication.run(() -> plan(event.planId()).ifPresent(plan -> inbox.deliver(
                new Inbox.Notice(NotificationKind.AGENCY_INVITED, plan.id(), null, null, event.agencyId(),
                        plan.title(), text("notification.detail.invited", agency(event.agencyId())),
                        event.invitedBy()),
                officials(event.agencyId()))));
    }

    /** The invited agency answered the invitation to take part: the plan's conductor is told (with the reason). */
    @ApplicationModuleListener
    void on(InvitationAnswered event) {
        SystemAuthentication.run(() -> plan(event.planId()).ifPresent(plan -> inbox.deliver(
                new Inbox.Notice(NotificationKind.INVITATION_ANSWERED, plan.id(), null, null, event.agencyId(),
                        plan.title(), event.accepted()
                                ? text("notification.detail.invitationAccepted", agency(event.agencyId()))
                                : text("notification.detail.invitationDeclined", agency(event.agencyId()),
                                        event.reason()),
                        event.answeredBy()),
                List.of(plan.conductorUserId()))));
    }

    /**
     * The review's due date moved (never into the past): the officials of the agencies whose answer is awaited are
     * told, and the review's overdue notices, which no longer hold, are removed (the daily check announces a request
     * again once the new date has passed unanswered).
     */
    @ApplicationModuleListener
    void on(ReviewDueDateChanged event) {
        inbox.withdrawOverdue(event.reviewId());
        SystemAuthentication.run(() -> plan(event.planId()).ifPresent(plan -> event.pendingAgencyIds().stream()
                .sorted().forEach(agencyId -> inbox.deliver(
                        new Inbox.Notice(NotificationKind.REVIEW_DUE_DATE_CHANGED, plan.id(), null, event.reviewId(),
                                agencyId, plan.title(), text("notification.detail.dueDateChanged",
                                        agency(agencyId), event.previousDueDate(), event.dueDate()),
                                event.changedBy()),
                        officials(agencyId)))));
    }

    @ApplicationModuleListener
    void on(BlockingFindingRaised event) {
        SystemAuthentication.run(() -> {
            List<Long> planners = users.activeUsersWithRole(Role.PLANNER).stream()
                    .filter(u -> u.agencyId() == event.leadAgencyId()).map(UserRef::id).toList();
            inbox.deliver(blocking(event), planners);
        });
    }

    /**
     * Several new blocking findings of one recomputation (issue 14, section 4, a digest): each planner of a lead
     * agency gets one notice listing the findings of that agency's programs (a single one is told as usual).
     */
    @ApplicationModuleListener
    void on(BlockingFindingsRaised event) {
        SystemAuthentication.run(() -> {
            Map<Long, List<BlockingFindingRaised>> byAgency = event.findings().stream()
                    .collect(Collectors.groupingBy(BlockingFindingRaised::leadAgencyId, TreeMap::new,
                            Collectors.toList()));
            List<UserRef> planners = users.activeUsersWithRole(Role.PLANNER);
            byAgency.forEach((agencyId, findings) -> {
                List<Long> recipients = planners.stream().filter(u -> u.agencyId() == agencyId).map(UserRef::id)
                        .toList();
                if (findings.size() == 1) {
                    inbox.deliver(blocking(findings.get(0)), recipients);
                    return;
                }
                Set<Long> programIds = findings.stream().map(BlockingFindingRaised::programId)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<Long> planIds = findings.stream().map(BlockingFindingRaised::planId)
                        .collect(Collectors.toCollection(TreeSet::new));
                String subject = text("notification.subject.blockingDigest", findings.size(), programIds.size());
                String detail = findings.stream().map(f -> text("notification.detail.blockingLine",
                        f.programTitle(), f.restrictionCitation(), f.reason())).collect(Collectors.joining("\n"));
                inbox.deliver(new Inbox.Notice(NotificationKind.BLOCKING_FINDING,
                        planIds.size() == 1 ? planIds.iterator().next() : null,
                        programIds.size() == 1 ? programIds.iterator().next() : null, null, agencyId, subject, detail,
                        null), recipients);
            });
        });
    }

    private Inbox.Notice blocking(BlockingFindingRaised event) {
        return new Inbox.Notice(NotificationKind.BLOCKING_FINDING, event.planId(), event.programId(), null,
                event.leadAgencyId(), event.programTitle(),
                text("notification.detail.blocking", event.restrictionCitation(), event.reason()), null);
    }

    /** The enabled concurrence officials of the agency. */
    Collection<Long> officials(long agencyId) {
        return users.concurrenceOfficials(Set.of(agencyId)).getOrDefault(agencyId, List.of()).stream()
                .map(UserRef::id).toList();
    }

    Optional<PlanContext> plan(long planId) {
        try {
            return Optional.of(plans.context(planId));
        } catch (NotFoundException e) {
            LOG.info("No notice for plan {}: it no longer exists", planId);
            return Optional.empty();
        }
    }

    String agency(long agencyId) {
        return agencies.find(agencyId).map(AgencySummary::label).orElse(String.valueOf(agencyId));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
