package org.ssaplanner.portfolio;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.evaluations.EvaluationService;
import org.ssaplanner.evaluations.EvaluationSummary;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.IndicatorStanding;
import org.ssaplanner.interchange.ArmsCompetition;
import org.ssaplanner.interchange.CompetitionService;
import org.ssaplanner.interchange.CountryContextService;
import org.ssaplanner.interchange.CountryContextYear;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramAssessmentFacts;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Computes each program's factors and recommendation (issue 15, sections 1 to 4 and 6) from the public APIs of the
 * other modules and keeps them in {@code portfolio_assessment}, a read model the recommendations table and the
 * dashboards page, filter and aggregate in SQL (a constant number of statements per page). Computing is an explicit
 * step (a plan's when its review opens or its priorities change, the whole portfolio by an administrator): what a
 * page shows carries the time it was computed. A recommendation is only ever shown; nothing is applied.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final JdbcTemplate jdbc;
    private final PlanService plans;
    private final ProgramFactsService programFacts;
    private final AgencyService agencies;
    private final FindingQueryService findings;
    private final HumanRightsService humanRights;
    private final AuthorityService authorities;
    private final IndicatorService indicators;
    private final EvaluationService evaluations;
    private final CountryContextService countryContext;
    private final CompetitionService competition;
    private final ReferenceDataService reference;
    private final RuleService rules;
    private final EntityManager entityManager;
    private final AssessmentRuns runs;

    AssessmentService(EntityManager entityManager, JdbcTemplate jdbc, PlanService plans, ProgramFactsService programFacts,
            AgencyService agencies, FindingQueryService findings, HumanRightsService humanRights,
            AuthorityService authorities, IndicatorService indicators, EvaluationService evaluations,
            CountryContextService countryContext, CompetitionService competition, ReferenceDataService reference,
            RuleService rules, AssessmentRuns runs) {
        this.runs = runs;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.plans = plans;
        this.programFacts = programFacts;
        this.agencies = agencies;
        this.findings = findings;
        this.humanRights = humanRights;
        this.authorities = authorities;
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.countryContext = countryContext;
        this.competition = competition;
        this.reference = reference;
        this.rules = rules;
    }

    // ---- reading

    /** The program's assessment as last computed; empty when never computed. One statement. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramAssessment> assessment(long programId) {
        return jdbc.query("select * from portfolio_assessment where program_id = ?", ROW, programId).stream()
                .findFirst();
    }

    /** The assessments of a plan's programs, by title. One statement. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramAssessment> assessmentsOfPlan(long planId) {
        return jdbc.query("select * from portfolio_assessment where plan_id = ? order by program_title, program_id", ROW,
                planId);
    }

    /** The recommendations table: filtered, ordered and paged in SQL (two statements: the page and the count). */
    @PreAuthorize("isAuthenticated()")
    public Page<ProgramAssessment> recommendations(PortfolioFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args, "a");
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<ProgramAssessment> rows = jdbc.query("select a.* from portfolio_assessment a" + where
                + " order by a.priority nulls last, a.country_name, a.program_title, a.program_id limit ? offset ?",
                ROW, pageArgs.toArray());
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : jdbc.queryForObject("select count(*) from portfolio_assessment a" + where, Long.class,
                        args.toArray());
        return new PageImpl<>(rows, pageable, total);
    }

    /** The figures of {@code /portfolio}, aggregated in SQL (three statements). */
    @PreAuthorize("isAuthenticated()")
    public PortfolioDashboard dashboard(PortfolioFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args, "a");
        List<Object[]> byCategory = jdbc.query("select coalesce(a.primary_category, '') as label, f.fiscal_year,"
                + " sum(f.allocated) from portfolio_assessment a join portfolio_assessment_funding f"
                + " on f.program_id = a.program_id" + where + " group by 1, 2 order by 1, 2",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)}, args.toArray());
        List<Object[]> byAgency = jdbc.query("select a.agency_label as label, f.fiscal_year, sum(f.allocated)"
                + " from portfolio_assessment a join portfolio_assessment_funding f on f.program_id = a.program_id"
                + where + " group by 1, 2 order by 1, 2",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)}, args.toArray());
        List<PortfolioDashboard.Cell> cells = jdbc.query("select a.priority, a.performance, count(*),"
                + " coalesce(sum(a.allocated), 0), max(case a.risk when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end)"
                + " from portfolio_assessment a" + where + " group by 1, 2 order by 1 nulls last, 2",
                (rs, i) -> new PortfolioDashboard.Cell((Integer) rs.getObject(1),
                        Performance.valueOf(rs.getString(2)), rs.getLong(3), rs.getBigDecimal(4),
                        RiskLevel.values()[rs.getInt(5) - 1]), args.toArray());
        List<Integer> years = new ArrayList<>(new TreeSet<>(
                Stream.concat(byCategory.stream(), byAgency.stream()).map(r -> (Integer) r[1])
                        .toList()));
        return new PortfolioDashboard(years, funding(byCategory, years), funding(byAgency, years), cells);
    }

    private static List<PortfolioDashboard.FundingRow> funding(List<Object[]> rows, List<Integer> years) {
        Map<String, Map<Integer, BigDecimal>> byLabel = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byLabel.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((Integer) row[1], (BigDecimal) row[2]);
        }
        List<PortfolioDashboard.FundingRow> result = new ArrayList<>();
        byLabel.forEach((label, amounts) -> {
            List<BigDecimal> values = years.stream().map(y -> amounts.getOrDefault(y, BigDecimal.ZERO)).toList();
            result.add(new PortfolioDashboard.FundingRow(label, values,
                    values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        });
        return result;
    }

    private static String where(PortfolioFilter filter, List<Object> args, String alias) {
        List<String> conditions = new ArrayList<>();
        if (filter.planId() != null) {
            conditions.add(alias + ".plan_id = ?");
            args.add(filter.planId());
        }
        if (filter.regionId() != null) {
            conditions.add(alias + ".region_id = ?");
            args.add(filter.regionId());
        }
        if (filter.fiscalYear() != null) {
            conditions.add("? between " + alias + ".first_fiscal_year and " + alias + ".last_fiscal_year");
            args.add(filter.fiscalYear());
        }
        if (filter.agencyId() != null) {
            conditions.add(alias + ".lead_agency_id = ?");
            args.add(filter.agencyId());
        }
        if (filter.recommendation() != null) {
            conditions.add(alias + ".recommendation = ?");
            args.add(filter.recommendation().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    // ---- computing

    /** Computes the assessments of a plan's programs again; returns how many. */
    @PreAuthorize("@portfolioPermissions.canReviewPlan(#planId, authentication)")
    @Transactional
    public int assessPlan(long planId) {
        return computePlan(planId);
    }

    /**
     * Computes the assessment of every program again, in the caller's transaction (administrators; the page starts
     * {@link #startAssessAll} instead); returns how many.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int assessAll() {
        Map<String, Context> contexts = new HashMap<>();
        int count = 0;
        for (long planId : allPlanIds()) {
            count += computePlan(planId, contexts);
        }
        return count;
    }

    /**
     * Starts "compute all" in the background (administrators): every plan's assessments again, one plan per
     * transaction, as the user who started it; the run's progress is {@link #latestRun}. Refused with
     * {@link AssessmentRunningException} while a run is in progress on any instance. Returns the run's id.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long startAssessAll() {
        List<Long> planIds = allPlanIds();
        long runId = runs.start(CurrentUsers.currentUsernameOrSystem(), planIds.size());
        runs.submit(runId, planIds, SecurityContextHolder.getContext().getAuthentication(), this::computePlan);
        return runId;
    }

    /** The latest run of "compute all" with its progress; empty when none ever ran. One or two statements. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AssessmentRun> latestRun() {
        return runs.latest();
    }

    /** Every plan, in id order (those without programs too: their stale assessments, if any, go). */
    private List<Long> allPlanIds() {
        return new ArrayList<>(new TreeSet<>(plans.countryOfEveryPlan().keySet()));
    }

    /** Computes again the assessments of the plans of a country (after its tier changed). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int assessCountry(long countryId) {
        Map<String, Context> contexts = new HashMap<>();
        int count = 0;
        for (Map.Entry<Long, Long> plan : new TreeMap<>(plans.countryOfEveryPlan()).entrySet()) {
            if (plan.getValue() == countryId) {
                count += computePlan(plan.getKey(), contexts);
            }
        }
        return count;
    }

    /** For the services of this module, which check their own rights first. */
    int computePlan(long planId) {
        return computePlan(planId, new HashMap<>());
    }

    /**
     * Computes the plan's assessments again with a constant number of statements whatever its programs: one read for
     * each kind of fact for all the plan's programs (facts, indicators, evaluations, findings, incidents,
     * authorities, priorities, overrides) and the writes in three batches. {@code contexts} keeps the partner
     * countries' context (governance, conflict, burden, competition) for the other plans of a run: the imported data
     * do not change under it, and 2,000 plans share 203 countries.
     */
    int computePlan(long planId, Map<String, Context> contexts) {
        PlanDetail plan = plans.get(planId);
        List<ProgramAssessmentFacts> programs = programFacts.assessmentFactsForPlan(planId);
        jdbc.update("delete from portfolio_assessment where plan_id = ?", planId);
        if (programs.isEmpty()) {
            releaseEntities();
            return 0;
        }
        List<ProgramFacts> facts = programs.stream().map(ProgramAssessmentFacts::facts).toList();
        List<Long> ids = facts.stream().map(ProgramFacts::programId).toList();
        CountryRef country = reference.country(plan.country().id())
                .orElseThrow(() -> new NotFoundException("Country", plan.country().id()));
        Map<Long, Integer> objectivePriorities = new HashMap<>();
        jdbc.query("select objective_id, priority from portfolio_objective_priority where plan_id = ?",
                rs -> {
                    objectivePriorities.put(rs.getLong(1), rs.getInt(2));
                }, planId);
        Map<Long, Integer> overrides = new HashMap<>();
        jdbc.query("select program_id, priority from portfolio_priority_override where program_id = any (?)",
                rs -> {
                    overrides.put(rs.getLong(1), rs.getInt(2));
                }, (Object) ids.toArray(Long[]::new));
        Integer tier = currentTier(country.id());
        Map<Long, List<Finding>> findingsByProgram = findings.findingsForPrograms(ids);
        Set<Long> authorityIds = facts.stream().flatMap(f -> f.authorityIds().stream()).collect(Collectors.toSet());
        Map<Long, AuthoritySummary> authorityById = authorities.byIds(authorityIds);
        Set<Long> units = facts.stream().map(ProgramFacts::recipientUnitId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Long> incidents = humanRights.credibleIncidentCounts(units);
        Map<Long, AgencySummary> agencyById = agencies.byIds(facts.stream().map(ProgramFacts::leadAgencyId)
                .collect(Collectors.toSet()));
        Map<Long, List<IndicatorStanding>> standings = indicators.standingsOfPrograms(ids);
        Map<Long, EvaluationSummary> latestEvaluations = evaluations.latestEvaluations(ids);
        Context context = contexts.computeIfAbsent(country.alpha3(), this::context);
        List<RecommendationRule> ruleList = rules.enabledRules();
        Map<Long, List<PriorityDerivation.Link>> links = links(plan, objectivePriorities);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> assessmentRows = new ArrayList<>(programs.size());
        List<Object[]> domainRows = new ArrayList<>();
        List<Object[]> fundingRows = new ArrayList<>();
        for (ProgramAssessmentFacts program : programs) {
            ProgramFacts f = program.facts();
            PriorityDerivation derivation = PriorityDerivation.derive(links.getOrDefault(f.programId(), List.of()));
            Integer override = overrides.get(f.programId());
            Integer priority = derivation.effective(override);
            String derivationText = Phrase.encode(override == null ? derivation.phrases()
                    : derivation.overriddenBy(override));

            Optional<EvaluationSummary> latest = Optional.ofNullable(latestEvaluations.get(f.programId()));
            PerformanceRules.Result performance = PerformanceRules.assess(standings
                    .getOrDefault(f.programId(), List.of()).stream()
                    .map(i -> new PerformanceRules.Indicator(i.level(), i.status())).toList(),
                    latest.map(EvaluationSummary::effectRating).orElse(null));

            List<Finding> programFindings = findingsByProgram.getOrDefault(f.programId(), List.of());
            int blocking = (int) programFindings.stream().filter(x -> x.severity() == FindingSeverity.BLOCKING).count();
            int warnings = (int) programFindings.stream().filter(x -> x.severity() == FindingSeverity.WARNING).count();
            int credible = f.recipientUnitId() == null ? 0 : incidents.getOrDefault(f.recipientUnitId(), 0L).intValue();
            Sustainment sustainment = program.sustainer() == null || program.sustainer().isBlank()
                    ? Sustainment.MISSING
                    : program.sustainmentAnnualCost() == null ? Sustainment.UNFUNDED : Sustainment.PLANNED;
            LocalDate sunset = f.authorityIds().stream().map(authorityById::get).filter(Objects::nonNull)
                    .map(AuthoritySummary::sunsetDate).filter(Objects::nonNull)
                    .filter(d -> f.endDate() == null || d.isBefore(f.endDate())).min(Comparator.naturalOrder())
                    .orElse(null);
            String capacity = program.absorptiveCapacityRating() == null ? null
                    : program.absorptiveCapacityRating().name();
            RiskRules.Result risk = RiskRules.assess(new RiskRules.Facts(blocking, warnings, credible, capacity,
                    sustainment, sunset != null, context.governance, context.conflictIntensity));

            RecommendationRule.Factors factors = new RecommendationRule.Factors(priority, performance.performance(),
                    risk.level(), context.competitorShare, context.competitorRising, tier);
            RecommendationRule rule = RecommendationRule.first(ruleList, factors).orElse(null);
            int firstYear = f.fiscalYears().isEmpty() ? plan.startFiscalYear()
                    : Math.min(plan.startFiscalYear(), f.fiscalYears().stream().min(Integer::compare).orElseThrow());
            int lastYear = f.fiscalYears().isEmpty() ? plan.endFiscalYear()
                    : Math.max(plan.endFiscalYear(), f.fiscalYears().stream().max(Integer::compare).orElseThrow());
            BigDecimal allocated = f.totalAllocated() == null ? BigDecimal.ZERO : f.totalAllocated();
            AgencySummary agency = agencyById.get(f.leadAgencyId());
            assessmentRows.add(new Object[] {f.programId(), planId, country.id(), country.regionId(), f.leadAgencyId(),
                    f.title(), plan.title(), country.name(), agency == null ? "?" : agency.label(),
                    program.primaryCategory() == null ? null : program.primaryCategory().name(), firstYear, lastYear,
                    priority, derivation.priority(), cut(derivationText, 4000), override != null, tier,
                    performance.performance().name(), performance.onTrack(), performance.offTrack(),
                    performance.noData(), performance.indicators(), performance.outcomeIndicators(),
                    performance.effectRating(), latest.map(e -> Date.valueOf(e.date())).orElse(null),
                    risk.level().name(), blocking, warnings, credible, capacity, sustainment.name(),
                    sunset == null ? null : Date.valueOf(sunset), context.governance, context.governanceYear,
                    context.conflictIntensity, context.conflictYear, context.militaryBurden,
                    context.militaryBurdenYear, context.competitorShare, context.competitorRising,
                    rule == null ? null : rule.recommendation().name(), rule == null ? null : rule.id(),
                    rule == null ? null : rule.name(), cut(ReasonText.stored(factors, rule), 4000), allocated, now});
            for (String domain : f.capabilityDomainCodes()) {
                domainRows.add(new Object[] {f.programId(), domain});
            }
            for (Map.Entry<Integer, BigDecimal> year : f.allocatedByFiscalYear().entrySet()) {
                fundingRows.add(new Object[] {f.programId(), year.getKey(), year.getValue()});
            }
        }
        jdbc.batchUpdate("insert into portfolio_assessment (program_id, plan_id, country_id, region_id, lead_agency_id,"
                + " program_title, plan_title, country_name, agency_label, primary_category, first_fiscal_year,"
                + " last_fiscal_year, priority, derived_priority, priority_derivation, priority_overridden,"
                + " country_tier, performance, on_track, off_track, no_data, indicators, outcome_indicators,"
                + " effect_rating, effect_rating_date, risk, blocking_findings, warning_findings, credible_incidents,"
                + " absorptive_capacity, sustainment, authority_sunset, governance, governance_year,"
                + " conflict_intensity, conflict_year, military_burden, military_burden_year, competitor_share,"
                + " competitor_rising, recommendation, rule_id, rule_name, reasons, allocated, computed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assessmentRows, ASSESSMENT_TYPES);
        if (!domainRows.isEmpty()) {
            jdbc.batchUpdate("insert into portfolio_assessment_domain (program_id, domain_code) values (?, ?)",
                    domainRows, new int[] {Types.BIGINT, Types.VARCHAR});
        }
        if (!fundingRows.isEmpty()) {
            jdbc.batchUpdate("insert into portfolio_assessment_funding (program_id, fiscal_year, allocated)"
                    + " values (?, ?, ?)", fundingRows, new int[] {Types.BIGINT, Types.INTEGER, Types.NUMERIC});
        }
        releaseEntities();
        return facts.size();
    }

    /** The SQL types of {@code portfolio_assessment}'s columns in the insert's order (nulls need them in a batch). */
    private static final int[] ASSESSMENT_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
        Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.BOOLEAN, Types.INTEGER, Types.VARCHAR,
        Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.DATE,
        Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DATE,
        Types.NUMERIC, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.NUMERIC, Types.INTEGER, Types.NUMERIC,
        Types.BOOLEAN, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.TIMESTAMP};

    /**
     * Lets go of the entities the other modules' services loaded into this transaction for the plan. A computation
     * of many plans in one transaction (the whole portfolio, a region's review) otherwise keeps every program, plan and
     * indicator it read, and every query's automatic flush checks them all again: on the benchmark's 5,000 programs
     * "compute all" had not finished after twelve minutes (bench/README.md). This module changes no entity (it writes
     * with SQL); anything a caller changed before is flushed first, so nothing is lost.
     */
    private void releaseEntities() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Per program of the plan: every objective it serves and through which outcome, with the objective's priority. */
    static Map<Long, List<PriorityDerivation.Link>> links(PlanDetail plan, Map<Long, Integer> objectivePriorities) {
        Map<Long, List<PriorityDerivation.Link>> links = new HashMap<>();
        for (PlanDetail.Objective objective : plan.objectives()) {
            for (PlanDetail.Outcome outcome : objective.outcomes()) {
                outcome.programs().forEach(p -> links.computeIfAbsent(p.id(), k -> new ArrayList<>())
                        .add(new PriorityDerivation.Link(objective.id(), objective.title(), outcome.id(),
                                outcome.title(), objectivePriorities.get(objective.id()))));
            }
        }
        return links;
    }

    /**
     * The outcomes of the plan that would lose their only program if this one were cut (the effect of a cut on the
     * theory of change).
     */
    @PreAuthorize("isAuthenticated()")
    public List<Phrase> outcomesLosingTheirOnlyProgram(long planId, long programId) {
        List<Phrase> lost = new ArrayList<>();
        for (PlanDetail.Objective objective : plans.get(planId).objectives()) {
            for (PlanDetail.Outcome outcome : objective.outcomes()) {
                if (outcome.programs().size() == 1 && outcome.programs().get(0).id() == programId) {
                    lost.add(Phrase.of("portfolio.cut.outcome", outcome.title(), objective.title()));
                }
            }
        }
        return lost;
    }

    Integer currentTier(long countryId) {
        List<Integer> tier = jdbc.queryForList("select tier from portfolio_country_tier where country_id = ?"
                + " order by set_at desc, id desc limit 1", Integer.class, countryId);
        return tier.isEmpty() ? null : tier.get(0);
    }

    /** A country's context as the risk and the rules weigh it. */
    record Context(BigDecimal governance, Integer governanceYear, Integer conflictIntensity,
            Integer conflictYear, BigDecimal militaryBurden, Integer militaryBurdenYear, BigDecimal competitorShare,
            Boolean competitorRising) {
    }

    private Context context(String alpha3) {
        List<CountryContextYear> years = countryContext.years(alpha3);
        BigDecimal governance = null;
        Integer governanceYear = null;
        Integer conflict = null;
        Integer conflictYear = null;
        BigDecimal burden = null;
        Integer burdenYear = null;
        List<CountryContextYear> covered = new ArrayList<>();
        for (CountryContextYear year : years) {
            if (!year.governanceEstimates().isEmpty()) {
                governance = year.governanceEstimates().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(year.governanceEstimates().size()), 2, RoundingMode.HALF_UP);
                governanceYear = year.year();
            }
            if (year.conflictIntensity() != null) {
                covered.add(year);
            }
            if (year.militaryBurden() != null) {
                burden = year.militaryBurden().setScale(2, RoundingMode.HALF_UP);
                burdenYear = year.year();
            }
        }
        if (!covered.isEmpty()) {
            List<CountryContextYear> recent = covered.subList(Math.max(0, covered.size() - RiskRules.CONFLICT_YEARS),
                    covered.size());
            conflict = recent.stream().mapToInt(CountryContextYear::conflictIntensity).max().orElse(0);
            conflictYear = recent.get(recent.size() - 1).year();
        }
        BigDecimal share = null;
        Boolean rising = null;
        try {
            ArmsCompetition arms = competition.competition(competition.recipient(alpha3));
            Optional<ArmsCompetition.Trend> together = arms.trends().stream()
                    .filter(t -> t.role() == ArmsCompetition.Role.COMPETITOR && t.iso3() == null).findFirst();
            if (together.isPresent()) {
                share = together.get().last10().share();
                BigDecimal change = together.get().change5();
                rising = change == null ? null : change.signum() > 0;
            }
        } catch (NotFoundException e) {
            // no arms register for the country: competition unknown
        }
        return new Context(governance, governanceYear, conflict, conflictYear, burden, burdenYear, share, rising);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static final RowMapper<ProgramAssessment> ROW = AssessmentService::row;

    private static ProgramAssessment row(ResultSet rs, int i) throws SQLException {
        return new ProgramAssessment(rs.getLong("program_id"), rs.getLong("plan_id"), rs.getLong("country_id"),
                rs.getString("program_title"), rs.getString("plan_title"), rs.getString("country_name"),
                rs.getString("agency_label"), rs.getString("primary_category"), rs.getInt("first_fiscal_year"),
                rs.getInt("last_fiscal_year"), integer(rs, "priority"), integer(rs, "derived_priority"),
                rs.getString("priority_derivation"), rs.getBoolean("priority_overridden"), integer(rs, "country_tier"),
                Performance.valueOf(rs.getString("performance")), rs.getInt("on_track"), rs.getInt("off_track"),
                rs.getInt("no_data"), rs.getInt("indicators"), rs.getInt("outcome_indicators"),
                integer(rs, "effect_rating"), date(rs, "effect_rating_date"), RiskLevel.valueOf(rs.getString("risk")),
                rs.getInt("blocking_findings"), rs.getInt("warning_findings"), rs.getInt("credible_incidents"),
                rs.getString("absorptive_capacity"), Sustainment.valueOf(rs.getString("sustainment")),
                date(rs, "authority_sunset"), rs.getBigDecimal("governance"), integer(rs, "governance_year"),
                integer(rs, "conflict_intensity"), integer(rs, "conflict_year"), rs.getBigDecimal("military_burden"),
                integer(rs, "military_burden_year"), rs.getBigDecimal("competitor_share"),
                (Boolean) rs.getObject("competitor_rising"),
                rs.getString("recommendation") == null ? null : Recommendation.valueOf(rs.getString("recommendation")),
                (Long) rs.getObject("rule_id"), rs.getString("rule_name"), rs.getString("reasons"),
                rs.getBigDecimal("allocated"), rs.getTimestamp("computed_at").toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

}
