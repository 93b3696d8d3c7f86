package org.ssaplanner.plans;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.domain.CountryPlan;
import org.ssaplanner.plans.domain.CountryPlanRepository;
import org.ssaplanner.plans.domain.PlanObjective;
import org.ssaplanner.plans.domain.PlanObjectiveRepository;
import org.ssaplanner.plans.domain.PlanOutcome;
import org.ssaplanner.plans.domain.PlanOutcomeRepository;
import org.ssaplanner.plans.domain.PlanSpecifications;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.ReadOncePerRequest;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;
import org.ssaplanner.shared.security.Role;

/**
 * Country plans and their theory of change. Everyone signed in reads; administrators and planners
 * create plans; administrators and the plan's conductor change a plan (see {@link PlanPermissions}).
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final CountryPlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanOutcomeRepository outcomes;
    private final ReferenceDataService reference;
    private final AgencyService agencies;
    private final UserAccountService users;
    private final ObjectProvider<PlanProgramsView> programsView;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final PlanPermissions permissions;
    private final ObjectProvider<PlanReviewProgress> reviewProgress;

    PlanService(CountryPlanRepository plans, PlanObjectiveRepository objectives, PlanOutcomeRepository outcomes,
            ReferenceDataService reference, AgencyService agencies, UserAccountService users,
            ObjectProvider<PlanProgramsView> programsView, EntityManager entityManager, MessageSource messages,
            PlanPermissions permissions, ObjectProvider<PlanReviewProgress> reviewProgress) {
        this.permissions = permissions;
        this.reviewProgress = reviewProgress;
        this.plans = plans;
        this.objectives = objectives;
        this.outcomes = outcomes;
        this.reference = reference;
        this.agencies = agencies;
        this.users = users;
        this.programsView = programsView;
        this.entityManager = entityManager;
        this.messages = messages;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<PlanSummary> search(PlanFilter filter, Pageable pageable) {
        List<CountryRef> allCountries = reference.countries();
        Set<Long> regionCountries = null;
        if (filter.regionId() != null) {
            Set<Long> regionAndChildren = new HashSet<>();
            regionAndChildren.add(filter.regionId());
            reference.regions().stream().filter(r -> filter.regionId().equals(r.parentId()))
                    .forEach(r -> regionAndChildren.add(r.id()));
            regionCountries = allCountries.stream().filter(c -> regionAndChildren.contains(c.regionId()))
                    .map(CountryRef::id).collect(Collectors.toSet());
        }
        Page<CountryPlan> page = plans.findAll(PlanSpecifications.matching(filter.countryId(), regionCountries,
                filter.status(), filter.conductorAgencyId(), filter.fiscalYear()), pageable);
        Map<Long, CountryRef> countries = allCountries.stream()
                .collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Map<Long, UserRef> conductors = users.refsByIds(page.map(CountryPlan::getConductorUserId).toSet());
        Map<Long, AgencySummary> conductorAgencies = agencies.byIds(page.map(CountryPlan::getConductorAgencyId).toSet());
        return page.map(p -> {
            CountryRef country = countries.get(p.getCountryId());
            UserRef conductor = conductors.get(p.getConductorUserId());
            AgencySummary agency = conductorAgencies.get(p.getConductorAgencyId());
            return new PlanSummary(p.getId(), p.getTitle(), p.getCountryId(), country == null ? "?" : country.name(),
                    country == null ? "?" : country.alpha2(), p.getStartFiscalYear(), p.getEndFiscalYear(),
                    p.getStatus(), p.getConductorUserId(), conductor == null ? "?" : conductor.fullName(),
                    agency == null ? "?" : agency.code(), p.getUpdatedAt());
        });
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        return plans.count();
    }

    /** The outcomes of a plan's theory of change, objective by objective (none for a missing plan). */
    @PreAuthorize("isAuthenticated()")
    public List<PlanOutcomeLabel> outcomeLabels(long planId) {
        return outcomes.labelsOfPlan(planId);
    }

    @PreAuthorize("isAuthenticated()")
    public PlanDetail get(long id) {
        CountryPlan plan = load(id);
        CountryRef country = reference.country(plan.getCountryId()).orElseThrow();
        UserRef conductor = users.findRef(plan.getConductorUserId())
                .orElse(new UserRef(plan.getConductorUserId(), "?", "?", plan.getConductorAgencyId(), "?"));
        List<AgencySummary> participating = agencies.byIds(plan.getParticipatingAgencyIds()).values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        List<PlanProgramRef> programs = programsView.stream().findFirst().map(v -> v.programsOfPlan(id))
                .orElse(List.of());
        Map<Long, PlanProgramRef> programById = programs.stream()
                .collect(Collectors.toMap(PlanProgramRef::id, Function.identity()));
        List<PlanObjective> planObjectives = objectives.findByPlanIdOrderById(id);
        Map<Long, List<PlanOutcome>> outcomesByObjective = planObjectives.isEmpty() ? Map.of()
                : outcomes.findByObjectives(planObjectives.stream().map(PlanObjective::getId).toList()).stream()
                        .collect(Collectors.groupingBy(PlanOutcome::getObjectiveId, LinkedHashMap::new,
                                Collectors.toList()));
        Set<Long> served = new HashSet<>();
        List<PlanDetail.Objective> tree = new ArrayList<>();
        for (PlanObjective objective : planObjectives) {
            List<PlanDetail.Outcome> outcomeViews = new ArrayList<>();
            for (PlanOutcome outcome : outcomesByObjective.getOrDefault(objective.getId(), List.of())) {
                List<PlanProgramRef> linked = outcome.getProgramIds().stream().map(programById::get)
                        .filter(Objects::nonNull).sorted((a, b) -> a.title().compareTo(b.title())).toList();
                linked.forEach(p -> served.add(p.id()));
                outcomeViews.add(new PlanDetail.Outcome(outcome.getId(), outcome.getVersion(), objective.getId(),
                        outcome.getTitle(), outcome.getDescription(), linked, outcome.getUpdatedAt(),
                        outcome.getUpdatedBy()));
            }
            tree.add(new PlanDetail.Objective(objective.getId(), objective.getVersion(), objective.getCategory(),
                    objective.getTitle(), objective.getDescription(), outcomeViews, objective.getUpdatedAt(),
                    objective.getUpdatedBy()));
        }
        List<PlanProgramRef> unserved = programs.stream().filter(p -> !served.contains(p.id())).toList();
        return new PlanDetail(plan.getId(), plan.getVersion(), country, plan.getTitle(), plan.getStartFiscalYear(),
                plan.getEndFiscalYear(), plan.getDesiredEndStates(), conductor, participating, plan.getStatus(), tree,
                programs, unserved, plan.getUpdatedAt(), plan.getUpdatedBy());
    }

    /**
     * What programs need of a plan (country, span, conductor, participating agencies); read once per page view, since
     * several sections of a page ask for it.
     */
    @PreAuthorize("isAuthenticated()")
    public PlanContext context(long id) {
        return ReadOncePerRequest.get("plan.context." + id, () -> toContext(load(id)));
    }

    /** The country of every plan, by plan id: one query, no plan loaded (for reports over the whole portfolio). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> countryOfEveryPlan() {
        return plans.idsAndCountries().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlanContext> contexts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return plans.findWithAgencies(ids).stream().map(PlanService::toContext)
                .collect(Collectors.toMap(PlanContext::id, Function.identity()));
    }

    @PreAuthorize("isAuthenticated()")
    public PortfolioBalance balance(long id) {
        CountryPlan plan = load(id);
        return programsView.stream().findFirst()
                .map(v -> v.balance(id, plan.getStartFiscalYear(), plan.getEndFiscalYear()))
                .orElse(PortfolioBalance.empty());
    }

    /** For pages: may the signed-in user edit this plan (buttons); the services enforce it anyway. */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(long id) {
        return permissions().canEdit(id, currentAuthentication());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canContribute(long id) {
        return permissions().canContribute(id, currentAuthentication());
    }

    /** Guard for the "new plan" page: refuses users who may not create plans. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public void checkCanCreate() {
        // the annotation does the work
    }

    /** Guard for edit pages of the plan and its theory of change. */
    @PreAuthorize("@planPermissions.canEdit(#id, authentication)")
    public void checkCanEdit(long id) {
        load(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public long create(PlanCommand command) {
        CountryPlan plan = new CountryPlan(command.countryId(), command.title().trim(), command.startFiscalYear(),
                command.endFiscalYear(), command.desiredEndStates().trim());
        apply(plan, command);
        return plans.saveAndFlush(plan).getId();
    }

    @PreAuthorize("@planPermissions.canEdit(#id, authentication)")
    @Transactional
    public void update(long id, long expectedVersion, PlanCommand command) {
        CountryPlan plan = load(id);
        StaleEditException.check("CountryPlan", id, expectedVersion, plan.getVersion());
        plan.describe(command.countryId(), command.title().trim(), command.startFiscalYear(), command.endFiscalYear(),
                command.desiredEndStates().trim());
        apply(plan, command);
        plans.saveAndFlush(plan);
    }

    /** For pages: may the signed-in user take this status action (approval: see {@link PlanPermissions}). */
    @PreAuthorize("isAuthenticated()")
    public boolean canTransition(long id, PlanAction action) {
        return permissions().canTransition(id, action, currentAuthentication());
    }

    /**
     * Moves the plan to the action's status. The conductor and administrators submit (a review of
     * {@link CountryPlan#DEFAULT_REVIEW_DAYS} days), return to draft and archive; approval follows the concurrence of
     * the participating agencies ({@link PlanPermissions}, {@link #approve}).
     */
    @PreAuthorize("@planPermissions.canTransition(#id, #action, authentication)")
    @Transactional
    public void transition(long id, PlanAction action) {
        CountryPlan plan = load(id);
        switch (action) {
            case SUBMIT -> plan.submitForReview();
            case RETURN_TO_DRAFT -> plan.returnToDraft();
            case APPROVE -> approve(plan, null);
            case ARCHIVE -> plan.archive();
        }
        plans.saveAndFlush(plan);
    }

    /**
     * Submits a draft for interagency review: each participating agency is asked to concur by the due date, which
     * may not lie in the past (today is allowed).
     */
    @PreAuthorize("@planPermissions.canTransition(#id, T(org.ssaplanner.plans.PlanAction).SUBMIT, authentication)")
    @Transactional
    public void submit(long id, LocalDate reviewDueDate) {
        CountryPlan plan = load(id);
        if (!plan.getStatus().canMoveTo(PlanStatus.INTERAGENCY_REVIEW)) {
            throw new PlanTransitionException(plan.getStatus(), PlanStatus.INTERAGENCY_REVIEW);
        }
        if (reviewDueDate == null) {
            throw new FieldValidationException("reviewDueDate", "plan.review.due.required");
        }
        if (reviewDueDate.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            throw new FieldValidationException("reviewDueDate", "plan.review.due.past");
        }
        plan.submitForReview(reviewDueDate);
        plans.saveAndFlush(plan);
    }

    /**
     * Approves a plan in interagency review. Once every participating agency concurred, its conductor or an
     * administrator approves; over a non-concurrence or an overdue answer only an administrator does, and only with
     * a justification, which is recorded with the decision and shown on the plan for good.
     */
    @PreAuthorize("@planPermissions.canTransition(#id, T(org.ssaplanner.plans.PlanAction).APPROVE, authentication)")
    @Transactional
    public void approve(long id, String justification) {
        CountryPlan plan = load(id);
        approve(plan, justification);
        plans.saveAndFlush(plan);
    }

    /** What approving the plan takes now, for its page; null unless the plan is in interagency review. */
    @PreAuthorize("isAuthenticated()")
    public PlanApproval approval(long id) {
        return load(id).getStatus() == PlanStatus.INTERAGENCY_REVIEW ? permissions.approval(id) : null;
    }

    /** How far the review of each of these plans has come ("3 of 5 concurred"); plans not in review are missing. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlanReviewProgress.Progress> reviewProgress(Collection<Long> planIds) {
        PlanReviewProgress progress = reviewProgress.getIfAvailable();
        return progress == null || planIds.isEmpty() ? Map.of() : progress.progress(planIds);
    }

    private void approve(CountryPlan plan, String justification) {
        if (plan.getStatus() != PlanStatus.INTERAGENCY_REVIEW) {
            throw new PlanTransitionException(plan.getStatus(), PlanStatus.APPROVED);
        }
        String text = blankToNull(justification);
        if (!permissions.approval(plan.getId()).needsJustification()) {
            text = null;
        } else if (text == null) {
            throw new FieldValidationException("justification", "plan.approve.justification.required");
        } else if (text.length() > MAX_JUSTIFICATION) {
            throw new FieldValidationException("justification", "plan.approve.justification.tooLong");
        }
        plan.approve(text == null ? null : text.trim());
    }

    /** Days an interagency review lasts when the submitter names no due date. */
    public static final int DEFAULT_REVIEW_DAYS = CountryPlan.DEFAULT_REVIEW_DAYS;

    /** Longest justification of an approval over objections. */
    public static final int MAX_JUSTIFICATION = 4000;

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public long addObjective(long planId, ObjectiveCommand command) {
        load(planId);
        return objectives.saveAndFlush(new PlanObjective(planId, command.category(), command.title().trim(),
                blankToNull(command.description()))).getId();
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void updateObjective(long planId, long objectiveId, long expectedVersion, ObjectiveCommand command) {
        PlanObjective objective = objectiveOf(planId, objectiveId);
        StaleEditException.check("PlanObjective", objectiveId, expectedVersion, objective.getVersion());
        objective.change(command.category(), command.title().trim(), blankToNull(command.description()));
        objectives.saveAndFlush(objective);
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void removeObjective(long planId, long objectiveId) {
        PlanObjective objective = objectiveOf(planId, objectiveId);
        outcomes.deleteAll(outcomes.findByObjectiveId(objectiveId));
        objectives.delete(objective);
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public long addOutcome(long planId, long objectiveId, OutcomeCommand command) {
        objectiveOf(planId, objectiveId);
        return outcomes.saveAndFlush(new PlanOutcome(objectiveId, command.title().trim(),
                blankToNull(command.description()))).getId();
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void updateOutcome(long planId, long outcomeId, long expectedVersion, OutcomeCommand command) {
        PlanOutcome outcome = outcomeOf(planId, outcomeId);
        StaleEditException.check("PlanOutcome", outcomeId, expectedVersion, outcome.getVersion());
        outcome.change(command.title().trim(), blankToNull(command.description()));
        outcomes.saveAndFlush(outcome);
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void removeOutcome(long planId, long outcomeId) {
        outcomes.delete(outcomeOf(planId, outcomeId));
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void linkProgram(long planId, long outcomeId, long programId) {
        PlanOutcome outcome = outcomeOf(planId, outcomeId);
        boolean inPlan = programsView.stream().findFirst().map(v -> v.programsOfPlan(planId)).orElse(List.of())
                .stream().anyMatch(p -> p.id() == programId);
        if (!inPlan) {
            throw new FieldValidationException("programId", "plan.outcome.program.notInPlan");
        }
        outcome.link(programId);
    }

    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void unlinkProgram(long planId, long outcomeId, long programId) {
        outcomeOf(planId, outcomeId).unlink(programId);
    }

    /**
     * Invites an agency to take part in the plan (issue 14, section 2): it becomes a participating agency, and
     * {@link AgencyInvited} is published for the modules that follow participation (the acceptance by the agency's
     * concurrence official belongs to the concurrence workflow). The conductor and administrators invite; an
     * inactive or unknown agency, one that already takes part, or an archived plan is refused with a message.
     */
    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void inviteAgency(long planId, long agencyId) {
        CountryPlan plan = load(planId);
        AgencySummary agency = agencies.find(agencyId)
                .orElseThrow(() -> new FieldValidationException("agencyId", "plan.invite.unknown"));
        if (!agency.active()) {
            throw new FieldValidationException("agencyId", "plan.invite.inactive", agency.code());
        }
        if (plan.getParticipatingAgencyIds().contains(agencyId)) {
            throw new FieldValidationException("agencyId", "plan.invite.participating", agency.code());
        }
        if (plan.getStatus() == PlanStatus.ARCHIVED) {
            throw new FieldValidationException("agencyId", "plan.invite.archived");
        }
        plan.invite(agencyId, SecurityContextHolder.getContext().getAuthentication().getName());
        plans.saveAndFlush(plan);
    }

    /**
     * Takes an agency out of the plan (issue 14, section 2: its concurrence official declined the invitation to take
     * part): administrators and the agency's own concurrence official ({@link PlanPermissions#canWithdrawAgency}).
     * The conductor's agency always takes part; an archived plan is refused; an agency not taking part is left as
     * it is.
     */
    @PreAuthorize("@planPermissions.canWithdrawAgency(#planId, #agencyId, authentication)")
    @Transactional
    public void withdrawAgency(long planId, long agencyId) {
        CountryPlan plan = load(planId);
        if (plan.getStatus() == PlanStatus.ARCHIVED) {
            throw new FieldValidationException("agencyId", "plan.invite.archived");
        }
        if (plan.getConductorAgencyId() == agencyId) {
            throw new FieldValidationException("agencyId", "plan.withdraw.conductor");
        }
        plan.leave(agencyId);
        plans.saveAndFlush(plan);
    }

    /** Users who may conduct a plan: active planners. */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> eligibleConductors() {
        return users.activeUsersWithRole(Role.PLANNER).stream()
                .sorted((a, b) -> a.fullName().compareTo(b.fullName())).toList();
    }

    /** The plan's changes, field by field: the fields of {@link PlanFields} (also on its 409 page), then its status. */
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        load(id);
        PlanFields.Names names = new PlanFields.Names(
                countryId -> reference.country(countryId).map(CountryRef::name).orElse("?"),
                userId -> users.findRef(userId).map(UserRef::label).orElse("?"),
                agencyId -> agencies.find(agencyId).map(AgencySummary::code).orElse(String.valueOf(agencyId)));
        RecordFields<CountryPlan> fields = PlanFields.describe(names)
                .readFrom((CountryPlan p) -> new PlanCommand(p.getCountryId(), p.getTitle(), p.getStartFiscalYear(),
                        p.getEndFiscalYear(), p.getDesiredEndStates(), p.getConductorUserId(),
                        p.getParticipatingAgencyIds()))
                .and("status", "plan.status", p -> messages.getMessage("plan.status." + p.getStatus().name(), null,
                        p.getStatus().name(), LocaleContextHolder.getLocale()));
        return RecordHistory.of(entityManager, CountryPlan.class, id, fields);
    }

    private void apply(CountryPlan plan, PlanCommand command) {
        if (reference.country(command.countryId()).isEmpty()) {
            throw new FieldValidationException("countryId", "plan.country.unknown");
        }
        if (command.endFiscalYear() < command.startFiscalYear()) {
            throw new FieldValidationException("endFiscalYear", "plan.fiscalYears.order");
        }
        UserRef conductor = eligibleConductors().stream().filter(u -> u.id() == command.conductorUserId())
                .findFirst()
                .orElseThrow(() -> new FieldValidationException("conductorUserId", "plan.conductor.notPlanner"));
        Set<Long> participating = new HashSet<>(command.participatingAgencyIds() == null ? Set.of()
                : command.participatingAgencyIds());
        participating.add(conductor.agencyId());
        Map<Long, AgencySummary> known = agencies.byIds(participating);
        if (known.size() != participating.size()) {
            throw new FieldValidationException("participatingAgencyIds", "plan.agencies.unknown");
        }
        plan.assignConductor(conductor.id(), conductor.agencyId());
        plan.replaceParticipatingAgencies(participating);
    }

    private CountryPlan load(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("Country plan", id));
    }

    private PlanObjective objectiveOf(long planId, long objectiveId) {
        return objectives.findById(objectiveId).filter(o -> o.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Country plan", planId + "/objective/" + objectiveId));
    }

    private PlanOutcome outcomeOf(long planId, long outcomeId) {
        PlanOutcome outcome = outcomes.findById(outcomeId)
                .orElseThrow(() -> new NotFoundException("Country plan", planId + "/outcome/" + outcomeId));
        objectiveOf(planId, outcome.getObjectiveId());
        return outcome;
    }

    private PlanPermissions permissions() {
        return permissions;
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static PlanContext toContext(CountryPlan p) {
        return new PlanContext(p.getId(), p.getTitle(), p.getCountryId(), p.getStartFiscalYear(),
                p.getEndFiscalYear(), p.getConductorUserId(), p.getParticipatingAgencyIds(), p.getStatus());
    }
}
