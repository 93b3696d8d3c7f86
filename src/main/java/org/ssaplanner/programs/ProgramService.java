package org.ssaplanner.programs;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.partners.PartnerUnitValidationException;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramValidationException.Violation;
import org.ssaplanner.programs.domain.AuthorityDirectory;
import org.ssaplanner.programs.domain.FundingLine;
import org.ssaplanner.programs.domain.FundingRules;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.programs.domain.ProgramSearch;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordHistory;

/**
 * Programs inside country plans: create, edit, status, funding, objective categories, search, and
 * the read API the compliance module needs. Permissions: see {@link ProgramPermissions}.
 */
@Service
@Transactional(readOnly = true)
public class ProgramService {

    private final ProgramRepository programs;
    private final ProgramSearch search;
    private final PlanService plans;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final PartnerUnitService units;
    private final AuthorityDirectory authorities;
    private final TaxonomyService taxonomy;
    private final ObjectProvider<ProgramActivationGuard> guards;
    private final ApplicationEventPublisher events;
    private final ProgramPermissions permissions;
    private final EntityManager entityManager;
    private final ObjectProvider<ProgramOrigin> origins;

    ProgramService(ProgramRepository programs, ProgramSearch search, PlanService plans, AgencyService agencies,
            ReferenceDataService reference, PartnerUnitService units, AuthorityDirectory authorities,
            TaxonomyService taxonomy, ObjectProvider<ProgramActivationGuard> guards, ApplicationEventPublisher events,
            ProgramPermissions permissions, EntityManager entityManager, ObjectProvider<ProgramOrigin> origins) {
        this.programs = programs;
        this.search = search;
        this.plans = plans;
        this.agencies = agencies;
        this.reference = reference;
        this.units = units;
        this.authorities = authorities;
        this.taxonomy = taxonomy;
        this.guards = guards;
        this.events = events;
        this.permissions = permissions;
        this.entityManager = entityManager;
        this.origins = origins;
    }

    // ---------------------------------------------------------------- reading

    @PreAuthorize("isAuthenticated()")
    public Page<ProgramSummary> search(ProgramFilter filter, ProgramSort sort, Pageable pageable) {
        return search(filter, sort, pageable, null, null);
    }

    /** Programs found by text that are led by the agency or in a plan the user conducts (waiver requests). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramSummary> searchResponsible(String text, long agencyId, long userId, int limit) {
        ProgramFilter filter = new ProgramFilter(null, null, null, null, null, null, null, null, null, null, text);
        return search(filter, ProgramSort.TITLE, PageRequest.of(0, limit), agencyId, userId).getContent();
    }

    /** The program's lead agency id and its plan's conductor user id, if the program exists. */
    @PreAuthorize("isAuthenticated()")
    public Optional<long[]> responsibility(long id) {
        List<Long> plan = programs.planOf(id);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new long[] {programs.leadAgencyOf(id).get(0), plans.context(plan.get(0)).conductorUserId()});
    }

    private Page<ProgramSummary> search(ProgramFilter filter, ProgramSort sort, Pageable pageable,
            Long responsibleAgencyId, Long responsibleUserId) {
        Long countryId = null;
        if (filter.country() != null && !filter.country().isBlank()) {
            countryId = reference.countryByCode(filter.country()).map(CountryRef::id).orElse(-1L);
        }
        Page<ProgramSearch.Row> rows = search.search(new ProgramSearch.Criteria(countryId, filter.agencyId(),
                filter.authorityId(), blankToNull(filter.assistanceTypeCode()), blankToNull(filter.recipientTypeCode()),
                blankToNull(filter.capabilityDomainCode()), filter.category() == null ? null : filter.category().name(),
                filter.status() == null ? null : filter.status().name(),
                filter.horizon() == null ? null : filter.horizon().name(), filter.fiscalYear(), filter.text(),
                responsibleAgencyId, responsibleUserId),
                ProgramSearch.Order.valueOf(sort.name()), pageable);
        if (rows.isEmpty()) {
            return rows.map(r -> null);
        }
        Map<Long, CountryRef> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Map<Long, AgencySummary> agencyById = agencies.byIds(rows.map(ProgramSearch.Row::leadAgencyId).toSet());
        return rows.map(r -> {
            CountryRef country = countries.get(r.countryId());
            AgencySummary lead = agencyById.get(r.leadAgencyId());
            return new ProgramSummary(r.id(), r.title(), r.planId(), r.planTitle(),
                    country == null ? "?" : country.name(), country == null ? "?" : country.alpha2(),
                    lead == null ? "?" : lead.code(), r.assistanceTypeCode(), ObjectiveCategory.valueOf(r.primaryCategory()),
                    Horizon.valueOf(r.horizon()), ProgramStatus.valueOf(r.status()), r.startDate(), r.endDate(),
                    r.allocated());
        });
    }

    @PreAuthorize("isAuthenticated()")
    public ProgramDetail get(long id) {
        Program p = load(id);
        PlanContext plan = plans.context(p.getPlanId());
        CountryRef country = reference.country(plan.countryId()).orElseThrow();
        Set<Long> agencyIds = new HashSet<>(p.getSupportingAgencyIds());
        agencyIds.add(p.getLeadAgencyId());
        Map<Long, AgencySummary> agencyById = agencies.byIds(agencyIds);
        Map<Long, AuthorityOption> authorityById = authorities.byIds(p.getAuthorityIds());
        PartnerUnitSummary unit = p.getRecipientUnitId() == null ? null : units.get(p.getRecipientUnitId());
        Map<String, String> domainNames = names(reference.capabilityDomains());
        List<FundingLineView> lines = p.getFundingLines().stream().map(ProgramService::view).toList();
        return new ProgramDetail(p.getId(), p.getVersion(), p.getPlanId(), plan.title(), plan.countryId(),
                country.name(), plan.startFiscalYear(), plan.endFiscalYear(), p.getTitle(), p.getDescription(),
                p.getLeadAgencyId(), label(agencyById.get(p.getLeadAgencyId())), p.getSupportingAgencyIds(),
                p.getSupportingAgencyIds().stream().map(agencyById::get).filter(Objects::nonNull)
                        .map(AgencySummary::label).sorted().toList(),
                p.getAuthorityIds(), authorityById.values().stream()
                        .sorted(Comparator.comparing(AuthorityOption::shortName)).toList(),
                p.getAssistanceTypeCode(), names(reference.assistanceTypes()).get(p.getAssistanceTypeCode()),
                p.getRecipientUnitId(), unit == null ? null : unit.label(), p.getRecipientTypeCode(),
                names(reference.recipientTypes()).get(p.getRecipientTypeCode()), p.getCapabilityDomainCodes(),
                p.getCapabilityDomainCodes().stream().map(domainNames::get).filter(Objects::nonNull).sorted().toList(),
                p.getCategories(), p.getPrimaryCategory(), p.getHorizon(), p.getPriority(), p.getRisk(), p.getStatus(),
                p.getStartDate(), p.getEndDate(), p.getAbsorptiveCapacityAssessment(), p.getAbsorptiveCapacityRating(),
                p.getSustainer(), p.getSustainmentAnnualCost(), lines,
                new ProgramDetail.Totals(p.total(FundingLine::getRequested), p.total(FundingLine::getAllocated),
                        p.total(FundingLine::getObligated), p.total(FundingLine::getDisbursed)),
                p.getUpdatedAt(), p.getUpdatedBy());
    }

    /** The objective categories the taxonomy suggests for the program as stored. */
    @PreAuthorize("isAuthenticated()")
    public CategorySuggestion suggestion(long id) {
        Program p = load(id);
        return taxonomy.suggest(p.getAssistanceTypeCode(), p.getRecipientTypeCode(), p.getCapabilityDomainCodes());
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuthorityOption> authorityOptions() {
        return authorities.all();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(long id) {
        return permissions.canEdit(id, SecurityContextHolder.getContext().getAuthentication());
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    public void checkCanEdit(long id) {
        load(id);
    }

    /** Guard of the "new program" page: the user may add programs to this plan (for some lead agency). */
    @PreAuthorize("@planPermissions.canContribute(#planId, authentication)")
    public PlanContext checkCanCreate(long planId) {
        return plans.context(planId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        load(id);
        Map<String, Function<Program, Object>> fields = new LinkedHashMap<>();
        fields.put("title", Program::getTitle);
        fields.put("description", Program::getDescription);
        fields.put("leadAgency", p -> agencyCode(p.getLeadAgencyId()));
        fields.put("supportingAgencies", p -> p.getSupportingAgencyIds().stream().map(this::agencyCode).sorted().toList());
        fields.put("authorities", p -> authorities.byIds(p.getAuthorityIds()).values().stream()
                .map(AuthorityOption::shortName).sorted().toList());
        fields.put("assistanceType", Program::getAssistanceTypeCode);
        fields.put("recipientUnit", Program::getRecipientUnitId);
        fields.put("recipientType", Program::getRecipientTypeCode);
        fields.put("capabilityDomains", p -> p.getCapabilityDomainCodes().stream().sorted().toList());
        fields.put("categories", p -> p.getCategories().stream().map(Enum::name).sorted().toList());
        fields.put("primaryCategory", Program::getPrimaryCategory);
        fields.put("horizon", Program::getHorizon);
        fields.put("priority", Program::getPriority);
        fields.put("risk", Program::getRisk);
        fields.put("status", Program::getStatus);
        fields.put("startDate", Program::getStartDate);
        fields.put("endDate", Program::getEndDate);
        fields.put("absorptiveCapacityAssessment", Program::getAbsorptiveCapacityAssessment);
        fields.put("absorptiveCapacityRating", Program::getAbsorptiveCapacityRating);
        fields.put("sustainer", Program::getSustainer);
        fields.put("sustainmentAnnualCost", Program::getSustainmentAnnualCost);
        fields.put("funding (requested / allocated / obligated / disbursed)", p -> p.getFundingLines().stream()
                .map(FundingLine::describe).toList());
        return RecordHistory.of(entityManager, Program.class, id, fields);
    }

    // ---------------------------------------------------------------- changing

    /**
     * A draft of a new program in the plan from a {@link ProgramOrigin}'s reference (e.g. an imported activity);
     * empty when no origin knows the reference.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramDraft> draft(PlanContext plan, String reference) {
        ProgramOrigin origin = origins.getIfAvailable();
        return origin == null ? Optional.empty() : origin.draft(plan, reference);
    }

    /**
     * Creates a program from a {@link ProgramOrigin}'s reference (e.g. an imported ForeignAssistance.gov activity)
     * and lets the origin record it (the link to the activity), in one transaction.
     */
    @PreAuthorize("@programPermissions.canCreate(#planId, #command.leadAgencyId(), authentication)")
    @Transactional
    public long createFrom(long planId, ProgramCommand command, String reference) {
        long id = create(planId, command);
        ProgramOrigin origin = origins.getIfAvailable();
        if (origin == null) {
            throw new IllegalArgumentException("No program origin knows " + reference);
        }
        origin.created(id, reference);
        return id;
    }

    @PreAuthorize("@programPermissions.canCreate(#planId, #command.leadAgencyId(), authentication)")
    @Transactional
    public long create(long planId, ProgramCommand command) {
        PlanContext plan = plans.context(planId);
        Program program = new Program(planId);
        apply(program, plan, command);
        long id = programs.saveAndFlush(program).getId();
        events.publishEvent(new ProgramChanged(id));
        return id;
    }

    @PreAuthorize("@programPermissions.canSave(#id, #command.leadAgencyId(), authentication)")
    @Transactional
    public void update(long id, long expectedVersion, ProgramCommand command) {
        Program program = load(id);
        StaleEditException.check("Program", id, expectedVersion, program.getVersion());
        apply(program, plans.context(program.getPlanId()), command);
        programs.saveAndFlush(program);
        events.publishEvent(new ProgramChanged(id));
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void transition(long id, ProgramAction action) {
        Program program = load(id);
        if (action.target() == ProgramStatus.ACTIVE && program.getStatus().canMoveTo(ProgramStatus.ACTIVE)) {
            List<String> reasons = new ArrayList<>(program.missingForActivation());
            guards.orderedStream().forEach(guard -> reasons.addAll(guard.blockingReasons(id)));
            if (!reasons.isEmpty()) {
                throw new ProgramTransitionException(reasons);
            }
        }
        program.moveTo(action.target());
        programs.saveAndFlush(program);
        events.publishEvent(new ProgramChanged(id));
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void saveFundingLine(long id, FundingLineCommand line) {
        Program program = load(id);
        PlanContext plan = plans.context(program.getPlanId());
        List<Violation> violations = FundingRules.check(line, plan.startFiscalYear(), plan.endFiscalYear());
        if (!violations.isEmpty()) {
            throw new ProgramValidationException(violations);
        }
        program.saveFundingLine(line);
        programs.saveAndFlush(program);
        events.publishEvent(new ProgramChanged(id));
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void removeFundingLine(long id, long lineId) {
        Program program = load(id);
        if (!program.removeFundingLine(lineId)) {
            throw new ProgramNotFoundException(id + "/funding/" + lineId);
        }
        programs.saveAndFlush(program);
        events.publishEvent(new ProgramChanged(id));
    }

    /**
     * The planner accepts the taxonomy's suggestion: the suggested categories are added and the
     * suggested primary becomes primary. Refused on a stale page (the suggestion shown may be outdated).
     */
    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void acceptSuggestedCategories(long id, long expectedVersion) {
        Program program = load(id);
        StaleEditException.check("Program", id, expectedVersion, program.getVersion());
        CategorySuggestion suggestion = taxonomy.suggest(program.getAssistanceTypeCode(),
                program.getRecipientTypeCode(), program.getCapabilityDomainCodes());
        if (suggestion.isEmpty()) {
            return;
        }
        Set<ObjectiveCategory> categories = EnumSet.noneOf(ObjectiveCategory.class);
        categories.addAll(program.getCategories());
        categories.addAll(suggestion.categories());
        program.classify(categories, suggestion.primary());
        programs.saveAndFlush(program);
        events.publishEvent(new ProgramChanged(id));
    }

    // ---------------------------------------------------------------- compliance contract

    @PreAuthorize("isAuthenticated()")
    public ProgramComplianceFacts facts(long id) {
        Program program = load(id);
        return facts(program, plans.context(program.getPlanId()));
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProgramComplianceFacts> factsForUnit(long unitId) {
        return factsOf(programs.findByRecipientUnitIdOrderById(unitId));
    }

    /** Facts of the programs of one plan, loaded in bulk. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramComplianceFacts> factsForPlan(long planId) {
        return factsOf(programs.findByPlanIdOrderById(planId));
    }

    /** Facts of every program, loaded in bulk (plans in one query, collections batch-fetched). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramComplianceFacts> allFacts() {
        return factsOf(programs.findAll());
    }

    private List<ProgramComplianceFacts> factsOf(List<Program> found) {
        Map<Long, PlanContext> planById = plans.contexts(found.stream().map(Program::getPlanId).collect(Collectors.toSet()));
        return found.stream().map(p -> facts(p, planById.get(p.getPlanId()))).toList();
    }

    /** Titles of the programs that exist among the given ids. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> titles(Collection<Long> ids) {
        return programs.findAllById(ids).stream().collect(Collectors.toMap(Program::getId, Program::getTitle));
    }

    @PreAuthorize("isAuthenticated()")
    public List<Long> allProgramIds() {
        return programs.allIds();
    }

    // ---------------------------------------------------------------- internals

    private void apply(Program program, PlanContext plan, ProgramCommand c) {
        List<Violation> violations = new ArrayList<>();
        if (!plan.participatingAgencyIds().contains(c.leadAgencyId())) {
            violations.add(new Violation("leadAgencyId", "program.lead.notParticipating"));
        }
        Set<Long> supporting = c.supportingAgencyIds() == null ? Set.of() : c.supportingAgencyIds();
        if (agencies.byIds(supporting).size() != supporting.size()) {
            violations.add(new Violation("supportingAgencyIds", "program.agencies.unknown"));
        }
        Set<Long> authorityIds = c.authorityIds() == null ? Set.of() : c.authorityIds();
        if (authorityIds.isEmpty()) {
            violations.add(new Violation("authorityIds", "program.authorities.required"));
        } else if (authorities.byIds(authorityIds).size() != authorityIds.size()) {
            violations.add(new Violation("authorityIds", "program.code.unknown"));
        }
        if (!names(reference.assistanceTypes()).containsKey(c.assistanceTypeCode())) {
            violations.add(new Violation("assistanceTypeCode", "program.code.unknown"));
        }
        Set<String> domains = c.capabilityDomainCodes() == null ? Set.of() : c.capabilityDomainCodes();
        if (!names(reference.capabilityDomains()).keySet().containsAll(domains)) {
            violations.add(new Violation("capabilityDomainCodes", "program.code.unknown"));
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            violations.add(new Violation("endDate", "program.dates.order"));
        }
        if (c.categories() == null || c.categories().isEmpty()) {
            violations.add(new Violation("categories", "program.categories.required"));
        } else if (c.primaryCategory() == null || !c.categories().contains(c.primaryCategory())) {
            violations.add(new Violation("primaryCategory", "program.primary.notSelected"));
        }
        if (c.sustainmentAnnualCost() != null && c.sustainmentAnnualCost().signum() < 0) {
            violations.add(new Violation("sustainmentAnnualCost", "funding.amount.negative"));
        }
        boolean addsUnit = c.newUnit() != null && c.newUnit().name() != null && !c.newUnit().name().isBlank();
        Long unitId = c.recipientUnitId();
        String recipientType = blankToNull(c.recipientTypeCode());
        if (!addsUnit && unitId != null) {
            PartnerUnitSummary unit = units.byIds(List.of(unitId)).get(unitId);
            if (unit == null || unit.countryId() != plan.countryId()) {
                violations.add(new Violation("recipientUnitId", "program.unit.otherCountry"));
            } else if (recipientType == null) {
                recipientType = unit.forceTypeCode();
            }
        }
        if (addsUnit && recipientType == null) {
            recipientType = blankToNull(c.newUnit().forceTypeCode());
        }
        if (recipientType == null || !names(reference.recipientTypes()).containsKey(recipientType)) {
            violations.add(new Violation("recipientTypeCode", "program.recipientType.required"));
        }
        if (!violations.isEmpty()) {
            throw new ProgramValidationException(violations);
        }
        if (addsUnit) {
            try {
                unitId = units.create(new PartnerUnitCommand(plan.countryId(), c.newUnit().name().trim(),
                        c.newUnit().forceTypeCode(), null, null));
            } catch (PartnerUnitValidationException e) {
                throw new ProgramValidationException("newUnit" + capitalize(e.field()), e.messageKey());
            }
        }
        program.describe(c.title().trim(), blankToNull(c.description()), c.leadAgencyId(), supporting, authorityIds,
                c.assistanceTypeCode(), unitId, recipientType, domains, c.horizon(), c.priority(), c.risk(),
                c.startDate(), c.endDate());
        program.classify(c.categories(), c.primaryCategory());
        program.sustainmentCase(blankToNull(c.absorptiveCapacityAssessment()), c.absorptiveCapacityRating(),
                blankToNull(c.sustainer()), c.sustainmentAnnualCost());
    }

    private ProgramComplianceFacts facts(Program p, PlanContext plan) {
        return new ProgramComplianceFacts(p.getId(), p.getPlanId(), plan == null ? 0 : plan.countryId(), p.getTitle(),
                p.getLeadAgencyId(), p.getRecipientUnitId(), p.getRecipientTypeCode(), p.getAssistanceTypeCode(),
                p.getCapabilityDomainCodes(), p.getAuthorityIds(), p.getStatus(), p.getStartDate(), p.getEndDate(),
                p.total(FundingLine::getRequested), p.total(FundingLine::getAllocated),
                p.total(FundingLine::getObligated),
                p.getFundingLines().stream().map(FundingLine::getFiscalYear).distinct().sorted().toList(),
                p.getFundingLines().stream().collect(Collectors.toMap(FundingLine::getFiscalYear,
                        FundingLine::getAllocated, BigDecimal::add, TreeMap::new)));
    }

    private Program load(long id) {
        return programs.findById(id).orElseThrow(() -> new ProgramNotFoundException(id));
    }

    private String agencyCode(long id) {
        return agencies.find(id).map(AgencySummary::code).orElse(String.valueOf(id));
    }

    private static FundingLineView view(FundingLine f) {
        return new FundingLineView(f.getId(), f.getFiscalYear(), f.getFundingAccount(), f.getRequested(),
                f.getAllocated(), f.getObligated(), f.getDisbursed());
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
    }

    private static String label(AgencySummary agency) {
        return agency == null ? "?" : agency.label();
    }

    private static String capitalize(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
