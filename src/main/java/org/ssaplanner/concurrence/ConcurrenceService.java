package org.ssaplanner.concurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.concurrence.domain.Concern;
import org.ssaplanner.concurrence.domain.ConcurrenceInvitation;
import org.ssaplanner.concurrence.domain.ConcurrenceInvitationRepository;
import org.ssaplanner.concurrence.domain.ConcurrenceLogEntry;
import org.ssaplanner.concurrence.domain.ConcurrenceLogRepository;
import org.ssaplanner.concurrence.domain.ConcurrenceRequest;
import org.ssaplanner.concurrence.domain.ConcurrenceRequestRepository;
import org.ssaplanner.concurrence.domain.ConcurrenceReview;
import org.ssaplanner.concurrence.domain.ConcurrenceReviewRepository;
import org.ssaplanner.concurrence.domain.ConcurrenceSnapshot;
import org.ssaplanner.concurrence.domain.ConcurrenceSnapshotRepository;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanProgramRef;
import org.ssaplanner.plans.PlanReviewProgress;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Interagency concurrence on country plans (issue 14, section 1). Everyone signed in reads a plan's concurrence; a
 * concurrence official answers for their own agency while the plan is in review ({@link ConcurrencePermissions}).
 * Requests are opened and closed with the plan's review ({@link PlanReviewListener}); approval follows the answers
 * ({@link ApprovalRule}, through the plans module's approval gate).
 */
@Service
@Transactional(readOnly = true)
public class ConcurrenceService {

    /** Longest comments or reasons of an answer. */
    public static final int MAX_COMMENTS = 4000;

    private final ConcurrenceReviewRepository reviews;
    private final ConcurrenceRequestRepository requests;
    private final ConcurrenceLogRepository log;
    private final PlanService plans;
    private final AgencyService agencies;
    private final UserAccountService users;
    private final ConcurrencePermissions permissions;
    private final ApplicationEventPublisher events;
    private final ConcurrenceSnapshotRepository snapshots;
    private final PlanRendering rendering;
    private final ConcurrenceInvitationRepository invitations;

    ConcurrenceService(ConcurrenceReviewRepository reviews, ConcurrenceRequestRepository requests,
            ConcurrenceLogRepository log, PlanService plans, AgencyService agencies, UserAccountService users,
            ConcurrencePermissions permissions, ApplicationEventPublisher events,
            ConcurrenceSnapshotRepository snapshots, PlanRendering rendering,
            ConcurrenceInvitationRepository invitations) {
        this.invitations = invitations;
        this.snapshots = snapshots;
        this.rendering = rendering;
        this.reviews = reviews;
        this.requests = requests;
        this.log = log;
        this.plans = plans;
        this.agencies = agencies;
        this.users = users;
        this.permissions = permissions;
        this.events = events;
    }

    /** The concurrence panel of the plan: every agency's answer, decisions, history, and the answer form's options. */
    /**
     * For the home page of a concurrence official: how many open requests wait for their agency's answer; empty
     * for a user who holds no such duty.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> awaitingMyAgency() {
        return CurrentUsers.current().flatMap(permissions::officialAgency).map(requests::countAwaitingAnswer);
    }

    @PreAuthorize("isAuthenticated()")
    public ConcurrencePanel panel(long planId) {
        PlanDetail plan = plans.get(planId);
        List<ConcurrencePanel.Option> objectives = plan.objectives().stream()
                .map(o -> new ConcurrencePanel.Option(o.id(), o.title())).toList();
        List<ConcurrencePanel.Option> programs = plan.programs().stream()
                .map(p -> new ConcurrencePanel.Option(p.id(), p.title())).toList();
        return build(planId, plan.title(), plan.status(), plan.conductor().id(),
                reviews.findByPlanIdOrderByRoundNumberDesc(planId), true, objectives, programs);
    }

    /** The summary on the plan page (no history, no form options); null if the plan was never submitted. */
    @PreAuthorize("isAuthenticated()")
    public ConcurrencePanel summary(long planId) {
        List<ConcurrenceReview> all = reviews.findByPlanIdOrderByRoundNumberDesc(planId);
        if (all.isEmpty()) {
            return null;
        }
        PlanContext plan = plans.context(planId);
        return build(planId, plan.title(), plan.status(), plan.conductorUserId(), all, false, List.of(), List.of());
    }

    /** Guard of the answer form: refuses (403) users who do not answer for this agency on this plan. */
    @PreAuthorize("@concurrencePermissions.canAnswer(#planId, #agencyId, authentication)")
    public void checkCanAnswer(long planId, Long agencyId) {
        plans.context(planId);
    }

    /**
     * Records (or changes) the answer of the official's agency. Refused: a plan not in review or an agency not asked
     * ({@link ConcurrenceClosedException}), a missing answer or missing comments/reasons, objectives or programs not
     * of this plan ({@link FieldValidationException}), an answer changed meanwhile by someone else
     * ({@link StaleEditException}). Nothing is saved when refused.
     */
    @PreAuthorize("@concurrencePermissions.canAnswer(#planId, #command.agencyId(), authentication)")
    @Transactional
    public void answer(long planId, AnswerCommand command) {
        PlanContext plan = plans.context(planId);
        if (plan.status() != PlanStatus.INTERAGENCY_REVIEW) {
            throw new ConcurrenceClosedException("concurrence.closed");
        }
        ConcurrenceReview review = reviews.findOpen(planId)
                .orElseThrow(() -> new ConcurrenceClosedException("concurrence.closed"));
        ConcurrenceRequest request = requests.findByReviewIdAndAgencyId(review.getId(), command.agencyId())
                .filter(ConcurrenceRequest::isActive)
                .orElseThrow(() -> new ConcurrenceClosedException("concurrence.notAsked"));
        StaleEditException.check("ConcurrenceRequest", request.getId(), command.expectedVersion(),
                request.getVersion());
        if (command.answer() == null) {
            throw new FieldValidationException("answer", "concurrence.answer.required");
        }
        String comments = command.comments() == null || command.comments().isBlank() ? null
                : command.comments().trim();
        if (command.answer().needsText() && comments == null) {
            throw new FieldValidationException("comments", command.answer() == ConcurrenceAnswer.NON_CONCUR
                    ? "concurrence.reasons.required" : "concurrence.comments.required");
        }
        if (comments != null && comments.length() > MAX_COMMENTS) {
            throw new FieldValidationException("comments", "concurrence.comments.tooLong");
        }
        List<Concern> concerns = concerns(planId, command);
        CurrentUser me = CurrentUsers.require();
        boolean changed = request.getAnswer() != null;
        Instant now = Instant.now();
        request.answer(command.answer(), comments, me.id(), me.getUsername(), now, concerns);
        requests.saveAndFlush(request);
        String concernText = concerns.isEmpty() ? null
                : concerns.stream().map(Concern::getLabel).collect(Collectors.joining("; "));
        String text = comments == null ? concernText
                : concernText == null ? comments : comments + "\n(" + concernText + ")";
        log.save(new ConcurrenceLogEntry(planId, review.getId(), command.agencyId(),
                changed ? ConcurrenceLogKind.ANSWER_CHANGED : ConcurrenceLogKind.ANSWERED, command.answer(), text,
                me.getUsername(), now));
        ConcurrenceSnapshot snapshot = snapshots.findByReviewIdAndAgencyId(review.getId(), command.agencyId())
                .orElseGet(() -> new ConcurrenceSnapshot(planId, review.getId(), command.agencyId()));
        snapshot.take(command.answer(), PlanRendering.write(rendering.render(planId)), me.getUsername(), now);
        snapshots.save(snapshot);
        events.publishEvent(new ConcurrenceAnswered(planId, review.getId(), command.agencyId(), command.answer(),
                me.getUsername(), changed));
    }

    /**
     * What changed in the plan since the agency last concurred (issue 14, section 1, item g): the plan as the agency
     * saw it at its last concurrence in an earlier review (its last answer of any kind there if it never concurred)
     * compared field by field with the plan now. Answers of the review still open are not the baseline: the
     * official sees what changed since the previous round, before and after answering in this one. Everyone signed
     * in reads it (as they read the plan and its concurrence); an unknown plan or agency is 404.
     */
    @PreAuthorize("isAuthenticated()")
    public PlanChanges changes(long planId, long agencyId) {
        PlanContext plan = plans.context(planId);
        AgencySummary agency = agencies.byIds(List.of(agencyId)).get(agencyId);
        if (agency == null) {
            throw new NotFoundException("Agency", agencyId);
        }
        Optional<ConcurrenceSnapshot> baseline = baseline(planId, agencyId);
        if (baseline.isEmpty()) {
            return new PlanChanges(planId, plan.title(), agencyId, agency.code(), agency.name(), null, List.of());
        }
        ConcurrenceSnapshot then = baseline.get();
        int round = reviews.findById(then.getReviewId()).map(ConcurrenceReview::getRound).orElse(0);
        return new PlanChanges(planId, plan.title(), agencyId, agency.code(), agency.name(),
                new PlanChanges.Baseline(round, then.getAnswer(), then.getTakenBy(), then.getTakenAt()),
                PlanRendering.compare(PlanRendering.read(then.getContent()), rendering.render(planId)));
    }

    private Optional<ConcurrenceSnapshot> baseline(long planId, long agencyId) {
        Long open = reviews.findOpen(planId).map(ConcurrenceReview::getId).orElse(null);
        List<ConcurrenceSnapshot> earlier = snapshots.findByPlanIdAndAgencyIdOrderByTakenAtDescIdDesc(planId, agencyId)
                .stream().filter(s -> !Objects.equals(s.getReviewId(), open)).toList();
        return earlier.stream().filter(s -> s.getAnswer().concurs()).findFirst()
                .or(() -> earlier.stream().findFirst());
    }

    private List<Concern> concerns(long planId, AnswerCommand command) {
        if (command.objectiveIds().isEmpty() && command.programIds().isEmpty()) {
            return List.of();
        }
        PlanDetail plan = plans.get(planId);
        Map<Long, String> objectives = plan.objectives().stream()
                .collect(Collectors.toMap(PlanDetail.Objective::id, PlanDetail.Objective::title));
        Map<Long, String> programs = plan.programs().stream()
                .collect(Collectors.toMap(PlanProgramRef::id, PlanProgramRef::title));
        if (!objectives.keySet().containsAll(command.objectiveIds())) {
            throw new FieldValidationException("objectiveIds", "concurrence.concern.unknown");
        }
        if (!programs.keySet().containsAll(command.programIds())) {
            throw new FieldValidationException("programIds", "concurrence.concern.unknown");
        }
        List<Concern> concerns = new ArrayList<>();
        command.objectiveIds().stream().sorted()
                .forEach(id -> concerns.add(new Concern(Concern.OBJECTIVE, id, objectives.get(id))));
        command.programIds().stream().sorted()
                .forEach(id -> concerns.add(new Concern(Concern.PROGRAM, id, programs.get(id))));
        return concerns;
    }

    private ConcurrencePanel build(long planId, String title, PlanStatus status, long conductorId,
            List<ConcurrenceReview> all, boolean withHistory, List<ConcurrencePanel.Option> objectives,
            List<ConcurrencePanel.Option> programs) {
        ConcurrenceReview latest = all.isEmpty() ? null : all.get(0);
        LocalDate today = today();
        List<ConcurrenceRequest> current = latest == null ? List.of()
                : requests.findByReviewIdOrderById(latest.getId()).stream().filter(ConcurrenceRequest::isActive)
                        .toList();
        List<ConcurrenceLogEntry> lines = withHistory ? log.findByPlanIdOrderByLoggedAtDescIdDesc(planId) : List.of();
        Set<Long> agencyIds = new HashSet<>();
        current.forEach(r -> agencyIds.add(r.getAgencyId()));
        lines.stream().map(ConcurrenceLogEntry::getAgencyId).filter(Objects::nonNull).forEach(agencyIds::add);
        Map<Long, AgencySummary> agencyById = agencyIds.isEmpty() ? Map.of() : agencies.byIds(agencyIds);
        Set<Long> answerers = current.stream().map(ConcurrenceRequest::getAnsweredByUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, UserRef> answeredBy = answerers.isEmpty() ? Map.of() : users.refsByIds(answerers);
        Map<Long, List<UserRef>> officials = users.concurrenceOfficials(
                current.stream().map(ConcurrenceRequest::getAgencyId).toList());
        boolean open = latest != null && latest.isOpen();
        boolean late = latest != null && ApprovalRule.overdue(latest.getDueDate(), today);
        List<ConcurrencePanel.RequestView> views = current.stream().map(r -> {
            AgencySummary agency = agencyById.get(r.getAgencyId());
            UserRef by = r.getAnsweredByUserId() == null ? null : answeredBy.get(r.getAnsweredByUserId());
            List<Concern> concerns = r.getConcerns().stream()
                    .sorted((a, b) -> (a.getKind() + a.getLabel()).compareTo(b.getKind() + b.getLabel())).toList();
            return new ConcurrencePanel.RequestView(r.getId(), r.getVersion(), r.getAgencyId(),
                    agency == null ? "?" : agency.code(), agency == null ? "?" : agency.name(), r.getAnswer(),
                    r.getComments(), by != null ? by.label() : r.getAnsweredBy(), r.getAnsweredAt(),
                    open && late && r.getAnswer() == null, concerns.stream().map(Concern::getLabel).toList(),
                    concerns.stream().filter(c -> c.getKind().equals(Concern.OBJECTIVE)).map(Concern::getRefId)
                            .collect(Collectors.toSet()),
                    concerns.stream().filter(c -> c.getKind().equals(Concern.PROGRAM)).map(Concern::getRefId)
                            .collect(Collectors.toSet()),
                    officials.getOrDefault(r.getAgencyId(), List.of()).stream().map(UserRef::fullName).toList());
        }).sorted((a, b) -> a.agencyCode().compareTo(b.agencyCode())).toList();
        ConcurrencePanel.Review review = latest == null ? null : new ConcurrencePanel.Review(latest.getId(),
                latest.getRound(), latest.getDueDate(), open, open && late, latest.getOpenedBy(), latest.getOpenedAt(),
                latest.getOutcome(), latest.getClosedBy(), latest.getClosedAt(), latest.getVersion(),
                open && status == PlanStatus.INTERAGENCY_REVIEW && withHistory && plans.canEdit(planId));
        List<ConcurrencePanel.Decision> decisions = all.stream().filter(r -> !r.isOpen())
                .map(r -> new ConcurrencePanel.Decision(r.getRound(), r.getOutcome(), r.getJustification(),
                        r.getOverridden(), r.getClosedBy(), r.getClosedAt()))
                .toList();
        Map<Long, Integer> roundOf = all.stream()
                .collect(Collectors.toMap(ConcurrenceReview::getId, ConcurrenceReview::getRound));
        List<ConcurrencePanel.LogLine> history = lines.stream().map(l -> new ConcurrencePanel.LogLine(l.getLoggedAt(),
                l.getActor(), l.getKind(), roundOf.getOrDefault(l.getReviewId(), 0),
                l.getAgencyId() == null ? null : Optional.ofNullable(agencyById.get(l.getAgencyId()))
                        .map(AgencySummary::code).orElse("?"),
                l.getAnswer(), l.getText())).toList();
        Long answerable = null;
        if (open && status == PlanStatus.INTERAGENCY_REVIEW) {
            Optional<CurrentUser> me = CurrentUsers.current();
            if (me.isPresent() && me.get().id() != conductorId) {
                answerable = permissions.officialAgency(me.get())
                        .filter(agency -> current.stream().anyMatch(r -> r.getAgencyId() == agency)).orElse(null);
            }
        }
        // agencies that answered on an earlier review: what changed since (one statement, from the second review on)
        Set<Long> comparable = latest == null || (all.size() < 2 && latest.isOpen()) ? Set.of()
                : Set.copyOf(snapshots.agenciesWithEarlierSnapshot(planId, open ? latest.getId() : -1L));
        PlanChanges answerableChanges = withHistory && answerable != null && comparable.contains(answerable)
                ? changes(planId, answerable) : null;
        return new ConcurrencePanel(planId, title, status, review, views, decisions, history, answerable, objectives,
                programs, comparable, answerableChanges);
    }

    /**
     * The plan's invitations to take part (issue 14, section 2), newest first, with what the signed-in user may
     * answer (the invited agency's concurrence official, an administrator). Everyone signed in reads them.
     */
    @PreAuthorize("isAuthenticated()")
    public PlanInvitations invitations(long planId) {
        plans.context(planId);
        List<ConcurrenceInvitation> all = invitations.findByPlanIdOrderByInvitedAtDescIdDesc(planId);
        Map<Long, AgencySummary> byId = all.isEmpty() ? Map.of()
                : agencies.byIds(all.stream().map(ConcurrenceInvitation::getAgencyId).collect(Collectors.toSet()));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<Long, Boolean> mayAnswer = new HashMap<>();
        return new PlanInvitations(planId, all.stream().map(i -> {
            AgencySummary agency = byId.get(i.getAgencyId());
            boolean answerable = i.isPending() && mayAnswer.computeIfAbsent(i.getAgencyId(),
                    a -> permissions.canAnswerInvitation(planId, a, authentication));
            return new PlanInvitations.Invitation(i.getId(), i.getVersion(), i.getAgencyId(),
                    agency == null ? "?" : agency.code(), agency == null ? "?" : agency.name(), i.getStatus(),
                    i.getInvitedBy(), i.getInvitedAt(), i.getAnsweredBy(), i.getAnsweredAt(), i.getReason(),
                    answerable);
        }).toList());
    }

    /** The pending invitations of the plan (for the plan page's section); null when there are none. */
    @PreAuthorize("isAuthenticated()")
    public PlanInvitations pendingInvitations(long planId) {
        PlanInvitations all = invitations(planId);
        List<PlanInvitations.Invitation> pending = all.pending();
        return pending.isEmpty() ? null : new PlanInvitations(planId, pending);
    }

    /**
     * The latest decline of each agency that declined an invitation to the plan and does not take part now (for the
     * suggestions, which show the decline with its reason and who).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, DeclinedInvitation> declinedInvitations(long planId) {
        Set<Long> participating = plans.context(planId).participatingAgencyIds();
        Map<Long, DeclinedInvitation> declined = new HashMap<>();
        invitations.findByPlanIdOrderByInvitedAtDescIdDesc(planId).stream()
                .filter(i -> !participating.contains(i.getAgencyId()))
                .forEach(i -> {
                    if (!declined.containsKey(i.getAgencyId()) && i.getStatus() == InvitationStatus.DECLINED) {
                        declined.put(i.getAgencyId(), new DeclinedInvitation(i.getAgencyId(), i.getReason(),
                                i.getAnsweredBy(), i.getAnsweredAt()));
                    }
                });
        return declined;
    }

    /** Guard of the invitation answer: the invited agency's concurrence official and administrators (else 403). */
    @PreAuthorize("@concurrencePermissions.canAnswerInvitation(#planId, #agencyId, authentication)")
    public void checkCanAnswerInvitation(long planId, Long agencyId) {
        plans.context(planId);
    }

    /**
     * Accepts or declines the agency's pending invitation to take part in the plan. Accepting keeps the agency
     * taking part. Declining (a reason is required) ends its participation (a concurrence request of an open review
     * is withdrawn) and the plan's suggestions show the decline with its reason and who. Refused: no pending
     * invitation (answered already, withdrawn, or an archived plan: {@link ConcurrenceClosedException}), no choice
     * or no reason for a decline ({@link FieldValidationException}), an invitation changed meanwhile
     * ({@link StaleEditException}). Nothing is saved when refused.
     */
    @PreAuthorize("@concurrencePermissions.canAnswerInvitation(#planId, #command.agencyId(), authentication)")
    @Transactional
    public void answerInvitation(long planId, InvitationAnswerCommand command) {
        PlanContext plan = plans.context(planId);
        ConcurrenceInvitation invitation = invitations.findByPlanIdOrderByInvitedAtDescIdDesc(planId).stream()
                .filter(i -> i.getAgencyId() == command.agencyId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Invitation", planId + "/" + command.agencyId()));
        if (invitation.getStatus() == InvitationStatus.WITHDRAWN) {
            throw new ConcurrenceClosedException("invitation.withdrawn");
        }
        if (!invitation.isPending()) {
            throw new ConcurrenceClosedException("invitation.alreadyAnswered");
        }
        if (plan.status() == PlanStatus.ARCHIVED) {
            throw new ConcurrenceClosedException("invitation.closed");
        }
        StaleEditException.check("ConcurrenceInvitation", invitation.getId(), command.expectedVersion(),
                invitation.getVersion());
        if (command.accept() == null) {
            throw new FieldValidationException("accept", "invitation.choice.required");
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (!command.accept() && reason == null) {
            throw new FieldValidationException("reason", "invitation.reason.required");
        }
        if (reason != null && reason.length() > MAX_COMMENTS) {
            throw new FieldValidationException("reason", "invitation.reason.tooLong", MAX_COMMENTS);
        }
        CurrentUser me = CurrentUsers.require();
        invitation.answer(command.accept(), reason, me.id(), me.getUsername(),
                Instant.now());
        invitations.saveAndFlush(invitation);
        if (!command.accept()) {
            plans.withdrawAgency(planId, command.agencyId());
        }
        events.publishEvent(new InvitationAnswered(planId, command.agencyId(), command.accept(), reason,
                me.getUsername()));
    }

    /**
     * Moves the due date of the plan's open review (the conductor, administrators): not in the past, recorded in the
     * history with the previous date, and the officials of the agencies whose answer is pending are told; the
     * overdue marks follow the new date. Refused: a plan not in review ({@link ConcurrenceClosedException}), no date
     * or a past one ({@link FieldValidationException}), a review changed meanwhile ({@link StaleEditException}).
     */
    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void changeDueDate(long planId, long expectedVersion, LocalDate dueDate) {
        PlanContext plan = plans.context(planId);
        ConcurrenceReview review = reviews.findOpen(planId)
                .filter(r -> plan.status() == PlanStatus.INTERAGENCY_REVIEW)
                .orElseThrow(() -> new ConcurrenceClosedException("concurrence.due.closed"));
        StaleEditException.check("ConcurrenceReview", review.getId(), expectedVersion, review.getVersion());
        if (dueDate == null) {
            throw new FieldValidationException("dueDate", "concurrence.due.required");
        }
        if (dueDate.isBefore(today())) {
            throw new FieldValidationException("dueDate", "concurrence.due.past");
        }
        LocalDate previous = review.getDueDate();
        if (previous.equals(dueDate)) {
            return;
        }
        review.changeDueDate(dueDate);
        reviews.saveAndFlush(review);
        String actor = CurrentUsers.currentUsernameOrSystem();
        log.save(new ConcurrenceLogEntry(planId, review.getId(), null, ConcurrenceLogKind.DUE_DATE_CHANGED, null,
                previous + " → " + dueDate, actor, Instant.now()));
        Set<Long> pending = requests.findByReviewIdOrderById(review.getId()).stream()
                .filter(ConcurrenceRequest::isActive).filter(r -> r.getAnswer() == null)
                .map(ConcurrenceRequest::getAgencyId).collect(Collectors.toSet());
        events.publishEvent(new ReviewDueDateChanged(planId, review.getId(), previous, dueDate, pending, actor));
    }

    /** Progress of the open reviews of these plans, for the plan list. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlanReviewProgress.Progress> progress(Collection<Long> planIds) {
        LocalDate today = today();
        return reviews.progressOfOpenReviews(planIds).stream().collect(Collectors.toMap(row -> (Long) row[0],
                row -> new PlanReviewProgress.Progress(((Number) row[2]).intValue(),
                        ((Number) row[1]).intValue(), ((Number) row[3]).intValue() > 0,
                        ((Number) row[4]).intValue() > 0 && ApprovalRule.overdue((LocalDate) row[5], today)),
                (a, b) -> a));
    }

    /** Requests past their review's due date without an answer (open reviews only), for the overdue notices. */
    @PreAuthorize("isAuthenticated()")
    public List<OverdueRequest> overdueRequests() {
        return requests.unansweredDueBefore(today()).stream().map(row -> new OverdueRequest((Long) row[0],
                (Long) row[1], (Long) row[2], (LocalDate) row[3])).toList();
    }

    /** The rule's verdict for the plan's open review, with the agencies' codes; empty without an open review. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ApprovalRule.Verdict> verdict(long planId) {
        return reviews.findOpen(planId).map(review -> {
            List<ConcurrenceRequest> active = requests.findByReviewIdOrderById(review.getId()).stream()
                    .filter(ConcurrenceRequest::isActive).toList();
            Map<Long, AgencySummary> byId = active.isEmpty() ? Map.of()
                    : agencies.byIds(active.stream().map(ConcurrenceRequest::getAgencyId).toList());
            List<ApprovalRule.Request> rule = active.stream()
                    .map(r -> new ApprovalRule.Request(Optional.ofNullable(byId.get(r.getAgencyId()))
                            .map(AgencySummary::code).orElse("?"), r.getAnswer()))
                    .sorted((a, b) -> a.agencyCode().compareTo(b.agencyCode())).toList();
            return ApprovalRule.evaluate(rule, review.getDueDate(), today());
        });
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
