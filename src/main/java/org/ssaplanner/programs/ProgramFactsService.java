package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.CapabilityKey;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.domain.FundingLine;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.ReadOncePerRequest;

/**
 * What other modules read about programs: the {@link ProgramFacts} compliance evaluates and evaluations
 * builds its program contexts from (one program, a unit's, a plan's, all, loaded in bulk), titles and ids.
 */
@Service
@Transactional(readOnly = true)
public class ProgramFactsService {

    private final ProgramRepository programs;
    private final PlanService plans;

    ProgramFactsService(ProgramRepository programs, PlanService plans) {
        this.programs = programs;
        this.plans = plans;
    }

    /** One program's facts; read once per page view, whose compliance and evaluation sections both ask (issue 18). */
    @PreAuthorize("isAuthenticated()")
    public ProgramFacts facts(long id) {
        return ReadOncePerRequest.get("program.facts." + id, () -> {
            Program program = programs.findById(id).orElseThrow(() -> new NotFoundException("Program", id));
            return facts(program, plans.context(program.getPlanId()));
        });
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProgramFacts> factsForUnit(long unitId) {
        return factsOf(programs.findByRecipientUnitIdOrderById(unitId));
    }

    /** Facts of the programs of one plan, loaded in bulk. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramFacts> factsForPlan(long planId) {
        return factsOf(programs.findByPlanIdOrderById(planId));
    }

    /**
     * The facts of the plan's programs with their category, absorptive capacity and sustainment, for the portfolio
     * assessments: the programs in one statement and their collections batch-fetched, whatever the plan's size a
     * handful of statements (issue 15's "compute all" read each program's detail one by one before).
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramAssessmentFacts> assessmentFactsForPlan(long planId) {
        List<Program> found = programs.findByPlanIdOrderById(planId);
        Map<Long, PlanContext> planById = plans.contexts(Set.of(planId));
        return found.stream().map(p -> new ProgramAssessmentFacts(facts(p, planById.get(p.getPlanId())),
                p.getPrimaryCategory(), p.getAbsorptiveCapacityRating(), p.getSustainer(),
                p.getSustainmentAnnualCost())).toList();
    }

    /**
     * The funding lines of each program of the plan (by program id, lines by fiscal year and account, each kind of
     * money on its own: requested, allocated, obligated, disbursed), loaded in bulk; programs without lines are
     * absent.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<FundingLineView>> fundingLinesForPlan(long planId) {
        Map<Long, List<FundingLineView>> lines = new TreeMap<>();
        for (Program p : programs.findByPlanIdOrderById(planId)) {
            if (!p.getFundingLines().isEmpty()) {
                lines.put(p.getId(), p.getFundingLines().stream().map(ProgramFactsService::view).toList());
            }
        }
        return lines;
    }

    /** The programs of a plan as an export to other systems may show them, in id order, loaded in bulk. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramForExport> forExport(long planId) {
        return programs.findByPlanIdOrderById(planId).stream().map(p -> new ProgramForExport(p.getId(),
                p.getPlanId(), p.getTitle(), p.getDescription(), p.getLeadAgencyId(),
                Set.copyOf(p.getSupportingAgencyIds()), p.getStatus(), p.getStartDate(), p.getEndDate(),
                Set.copyOf(p.getCapabilityDomainCodes()),
                p.getFundingLines().stream().map(ProgramFactsService::view)
                        .sorted(Comparator.comparingInt(FundingLineView::fiscalYear)
                                .thenComparing(FundingLineView::fundingAccount))
                        .toList(),
                p.getUpdatedAt())).toList();
    }

    /**
     * The catalogue cells the plan's programs need: how many programs give each assistance type in each of their
     * capability domains, counted in one statement whatever the plan's size.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<CapabilityKey, Integer> capabilityNeeds(long planId) {
        return programs.capabilityNeeds(planId).stream().collect(Collectors.toMap(
                row -> new CapabilityKey(row.assistanceTypeCode(), row.capabilityDomainCode()),
                row -> Math.toIntExact(row.programs())));
    }

    /** Facts of every program, loaded in bulk (plans in one query, collections batch-fetched). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramFacts> allFacts() {
        return factsOf(programs.findAll());
    }

    /** Titles of the programs that exist among the given ids. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> titles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return programs.titlesOf(ids).stream().collect(Collectors.toMap(ProgramRepository.TitleRow::id,
                ProgramRepository.TitleRow::title));
    }

    /**
     * Every program as a portfolio-wide report counts it: id, partner country and lead agency, read as three
     * numbers a program (two queries), not as entities with their collections.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramPortfolioKey> portfolioKeys() {
        Map<Long, Long> countryOfPlan = plans.countryOfEveryPlan();
        return programs.portfolioRows().stream().map(row -> new ProgramPortfolioKey(row.id(),
                countryOfPlan.getOrDefault(row.planId(), 0L), row.leadAgencyId())).toList();
    }

    /** Those of the programs a planner answers for: led by their agency, or in a plan they conduct. */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> responsibleAmong(Collection<Long> ids, long agencyId, long userId) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(programs.responsibleAmong(ids, agencyId, userId));
    }

    @PreAuthorize("isAuthenticated()")
    public List<Long> allProgramIds() {
        return programs.allIds();
    }

    private List<ProgramFacts> factsOf(List<Program> found) {
        Map<Long, PlanContext> planById = plans.contexts(found.stream().map(Program::getPlanId).collect(Collectors.toSet()));
        return found.stream().map(p -> facts(p, planById.get(p.getPlanId()))).toList();
    }

    private static FundingLineView view(FundingLine f) {
        return new FundingLineView(f.getId(), f.getFiscalYear(), f.getFundingAccount(), f.getRequested(),
                f.getAllocated(), f.getObligated(), f.getDisbursed(), f.getObligatedWhileBlockedBy());
    }

    private static ProgramFacts facts(Program p, PlanContext plan) {
        // unmodifiable: the facts are kept for the rest of a page view and shared by its sections
        SortedMap<Integer, BigDecimal> allocatedByFiscalYear = new TreeMap<>();
        p.getFundingLines().forEach(f -> allocatedByFiscalYear.merge(f.getFiscalYear(), f.getAllocated(), BigDecimal::add));
        return new ProgramFacts(p.getId(), p.getPlanId(), plan == null ? 0 : plan.countryId(), p.getTitle(),
                p.getLeadAgencyId(), p.getRecipientUnitId(), p.getRecipientTypeCode(), p.getAssistanceTypeCode(),
                p.getCapabilityDomainCodes(), p.getAuthorityIds(), p.getStatus(), p.getStartDate(), p.getEndDate(),
                p.total(FundingLine::getRequested), p.total(FundingLine::getAllocated),
                p.total(FundingLine::getObligated),
                p.getFundingLines().stream().map(FundingLine::getFiscalYear).distinct().sorted().toList(),
                Collections.unmodifiableSortedMap(allocatedByFiscalYear));
    }
}
