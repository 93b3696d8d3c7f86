package org.ssaplanner.evaluations;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.evaluations.PeriodValidationException.RowError;
import org.ssaplanner.evaluations.ProgressRules.PeriodPoint;
import org.ssaplanner.evaluations.domain.EvaluationRepository;
import org.ssaplanner.evaluations.domain.Indicator;
import org.ssaplanner.evaluations.domain.IndicatorPeriod;
import org.ssaplanner.evaluations.domain.IndicatorRepository;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;

/**
 * Results indicators of programs, their periods, and what they say (progress, balance, outcome
 * evidence). Everyone signed in reads; evaluators and administrators change.
 *
 * <p>Programs and plan outcomes come from the programs and plans modules: unknown programs are 404s and a
 * plan outcome must belong to the program's plan.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    static final String EDITORS = "hasAnyRole('ADMIN', 'EVALUATOR')";

    private final IndicatorRepository indicators;
    private final EvaluationRepository evaluations;
    private final PartnerUnitService units;
    private final ProgramContexts programs;
    private final ObjectProvider<Clock> clock;
    private final EntityManager entityManager;

    IndicatorService(IndicatorRepository indicators, EvaluationRepository evaluations, PartnerUnitService units,
            ProgramContexts programs, ObjectProvider<Clock> clock, EntityManager entityManager) {
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.units = units;
        this.programs = programs;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Guard for the forms that record results (indicators, their periods, evaluations): refuses, with 403, the
     * users who may not save them, so that a form is refused on opening as it would be on saving.
     */
    @PreAuthorize(EDITORS)
    public void checkCanRecord() {
        // the annotation does the work
    }

    /** The program from the programs module. Unknown program: 404. */
    @PreAuthorize("isAuthenticated()")
    public ProgramContext program(long programId) {
        return context(programId);
    }

    /** Plan outcomes an indicator of this program may evidence. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanOutcomeRef> outcomeChoices(long programId) {
        return programs.outcomesOfPlan(context(programId).planId());
    }

    /** Partner units an indicator of this program may be about: the units of the program's country. */
    @PreAuthorize("isAuthenticated()")
    public List<PartnerUnitSummary> unitChoices(long programId) {
        return units.unitsOfCountry(context(programId).countryId());
    }

    @PreAuthorize("isAuthenticated()")
    public ResultsSummary resultsSummary(long programId) {
        ProgramContext program = context(programId);
        List<Indicator> found = indicators.findByProgramIdOrderByNameAsc(programId);
        List<IndicatorDetail> details = toDetails(found, outcomeLabels(program, found));
        Map<MetricLevel, Long> counts = new EnumMap<>(MetricLevel.class);
        for (Object[] row : indicators.countByLevel(programId)) {
            counts.put((MetricLevel) row[0], (Long) row[1]);
        }
        List<LevelCount> balance = Arrays.stream(MetricLevel.values())
                .map(l -> new LevelCount(l, counts.getOrDefault(l, 0L))).toList();
        return new ResultsSummary(programId, program.title(), details, balance,
                evaluations.countByProgramId(programId));
    }

    /**
     * Where each indicator of the given programs stands (level and progress), by program id, read in one statement
     * whatever the number of programs (the portfolio assessments of a plan); programs without indicators are absent.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<IndicatorStanding>> standingsOfPrograms(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<IndicatorStanding>> result = new HashMap<>();
        for (Indicator i : indicators.findByProgramIdInOrderByProgramIdAscNameAscIdAsc(programIds)) {
            result.computeIfAbsent(i.getProgramId(), k -> new ArrayList<>())
                    .add(new IndicatorStanding(i.getId(), i.getProgramId(), i.getLevel(), progress(i).status()));
        }
        return result;
    }

    /** The indicators of the given programs with their periods, by program, name and id, for exports. */
    @PreAuthorize("isAuthenticated()")
    public List<IndicatorForExport> forExport(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return indicators.findByProgramIdInOrderByProgramIdAscNameAscIdAsc(programIds).stream()
                .map(i -> new IndicatorForExport(i.getId(), i.getProgramId(), i.getPlanOutcomeId(), i.getName(),
                        i.getDefinition(), i.getLevel(), i.getMeasure(), i.getDirection(), i.ordinalLevels(),
                        i.baselineValue(), i.getBaselineDate(),
                        i.getPeriods().stream()
                                .sorted(Comparator.comparing(IndicatorPeriod::getStartDate))
                                .map(p -> new IndicatorForExport.Period(p.getStartDate(), p.getEndDate(),
                                        p.target(), p.actual(), p.getComment()))
                                .toList()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public IndicatorDetail indicator(long programId, long indicatorId) {
        ProgramContext program = context(programId);
        List<Indicator> found = List.of(find(programId, indicatorId));
        return toDetails(found, outcomeLabels(program, found)).get(0);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long create(long programId, IndicatorCommand command) {
        ProgramContext program = context(programId);
        Indicator indicator = new Indicator(programId);
        apply(indicator, command, program);
        return indicators.saveAndFlush(indicator).getId();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void update(long programId, long indicatorId, long expectedVersion, IndicatorCommand command) {
        ProgramContext program = context(programId);
        Indicator indicator = find(programId, indicatorId);
        StaleEditException.check("Indicator", indicatorId, expectedVersion, indicator.getVersion());
        apply(indicator, command, program);
        indicators.saveAndFlush(indicator);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void delete(long programId, long indicatorId) {
        context(programId);
        indicators.delete(find(programId, indicatorId));
    }

    /**
     * Replaces the periods of an indicator by the rows of the grid: rows with an id update that period,
     * rows without one add a period, periods not in the rows are removed, fully blank new rows are
     * ignored. All rows are checked first; any error refuses the whole grid and nothing is saved.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public void savePeriods(long programId, long indicatorId, long expectedVersion, List<PeriodCommand> rows) {
        context(programId);
        Indicator indicator = find(programId, indicatorId);
        StaleEditException.check("Indicator", indicatorId, expectedVersion, indicator.getVersion());
        LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemUTC));
        Map<Long, IndicatorPeriod> existing = indicator.getPeriods().stream()
                .collect(Collectors.toMap(IndicatorPeriod::getId, Function.identity()));

        List<RowError> errors = new ArrayList<>();
        List<ValidRow> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PeriodCommand row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            ValidRow checked = check(i, row, indicator, today, existing, seen, errors);
            if (checked != null) {
                valid.add(checked);
            }
        }
        List<ValidRow> byStart = valid.stream().sorted(Comparator.comparing(ValidRow::start)).toList();
        for (int i = 1; i < byStart.size(); i++) {
            if (!byStart.get(i).start().isAfter(byStart.get(i - 1).end())) {
                errors.add(new RowError(byStart.get(i).row(), "start", "period.overlap"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            throw new PeriodValidationException(errors);
        }

        for (IndicatorPeriod period : List.copyOf(indicator.getPeriods())) {
            if (!seen.contains(period.getId())) {
                indicator.removePeriod(period);
            }
        }
        for (ValidRow row : valid) {
            if (row.id() == null) {
                indicator.addPeriod(row.start(), row.end(), row.target(), row.actual(), row.comment());
            } else {
                existing.get(row.id()).update(row.start(), row.end(), row.target(), row.actual(), row.comment());
            }
        }
        // the periods belong to the indicator: a grid saved on an older version is a stale edit
        entityManager.lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        indicators.saveAndFlush(indicator);
    }

    /** Each theory-of-change outcome of the plan with the indicators that evidence it. */
    @PreAuthorize("isAuthenticated()")
    public OutcomeEvidence outcomeEvidence(long planId) {
        List<PlanOutcomeRef> outcomes = programs.outcomesOfPlan(planId);
        if (outcomes.isEmpty()) {
            return new OutcomeEvidence(planId, List.of());
        }
        List<Indicator> evidencing = indicators
                .findByPlanOutcomeIdInOrderByNameAsc(outcomes.stream().map(PlanOutcomeRef::outcomeId).toList());
        // only the titles of the programs whose indicators are listed, as a projection (issue 18, item 4)
        Map<Long, String> titles = programs.titles(evidencing.stream().map(Indicator::getProgramId)
                .collect(Collectors.toSet()));
        Map<Long, List<Indicator>> byOutcome = evidencing.stream()
                .collect(Collectors.groupingBy(Indicator::getPlanOutcomeId));
        List<OutcomeEvidence.Outcome> result = new ArrayList<>();
        for (PlanOutcomeRef outcome : outcomes) {
            List<Indicator> linked = byOutcome.getOrDefault(outcome.outcomeId(), List.of());
            List<OutcomeEvidence.EvidenceIndicator> rows = linked.stream().map(i -> {
                IndicatorProgress progress = progress(i);
                return new OutcomeEvidence.EvidenceIndicator(i.getId(), i.getProgramId(),
                        titles.getOrDefault(i.getProgramId(), "#" + i.getProgramId()), i.getName(), i.getLevel(),
                        progress.status(), progress.latestActual() == null ? null : progress.latestActual().display());
            }).toList();
            boolean measured = linked.stream().anyMatch(i -> i.getLevel().evidencesEffect());
            boolean evidenced = linked.stream().anyMatch(i -> i.getLevel().evidencesEffect()
                    && i.getPeriods().stream().anyMatch(p -> p.actual() != null));
            result.add(new OutcomeEvidence.Outcome(outcome, rows, evidenced ? OutcomeEvidence.State.EVIDENCED
                    : measured ? OutcomeEvidence.State.MEASURED : OutcomeEvidence.State.NO_EVIDENCE));
        }
        return new OutcomeEvidence(planId, result);
    }

    // ---- internals shared with the other services of the module ----

    Indicator require(long programId, long indicatorId) {
        return find(programId, indicatorId);
    }

    /** The program, from the programs module; an unknown program is not found (404). */
    ProgramContext context(long programId) {
        return programs.program(programId).orElseThrow(() -> new NotFoundException("Program", programId));
    }

    /** Labels of every outcome of the program's plan, by outcome id (for the indicators' change history). */
    Map<Long, String> outcomeLabelsOfProgram(long programId) {
        Map<Long, String> labels = new HashMap<>();
        programs.outcomesOfPlan(context(programId).planId()).forEach(o -> labels.put(o.outcomeId(), o.label()));
        return labels;
    }

    /** A partner unit's label, or {@code #id} when there is no such unit (any more). */
    String unitLabel(long unitId) {
        PartnerUnitSummary unit = units.byIds(List.of(unitId)).get(unitId);
        return unit == null ? "#" + unitId : unit.label();
    }

    /** Labels of the program's plan outcomes that the indicators evidence (none asked for when they evidence none). */
    private Map<Long, String> outcomeLabels(ProgramContext program, List<Indicator> found) {
        Map<Long, String> labels = new HashMap<>();
        if (found.stream().anyMatch(i -> i.getPlanOutcomeId() != null)) {
            programs.outcomesOfPlan(program.planId()).forEach(o -> labels.put(o.outcomeId(), o.label()));
        }
        return labels;
    }

    /** The indicators as pages show them, with their plan outcomes' labels (by outcome id) and their units' names. */
    List<IndicatorDetail> toDetails(List<Indicator> found, Map<Long, String> outcomeLabels) {
        Set<Long> unitIds = found.stream().map(Indicator::getPartnerUnitId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, PartnerUnitSummary> unitById = unitIds.isEmpty() ? Map.of() : units.byIds(unitIds);
        return found.stream()
                .sorted(Comparator.comparing((Indicator i) -> i.getLevel().ordinal()).thenComparing(Indicator::getName))
                .map(i -> toDetail(i, outcomeLabels.get(i.getPlanOutcomeId()),
                        i.getPartnerUnitId() == null || !unitById.containsKey(i.getPartnerUnitId()) ? null
                                : unitById.get(i.getPartnerUnitId()).label()))
                .toList();
    }

    private IndicatorDetail toDetail(Indicator i, String outcomeLabel, String unitLabel) {
        List<String> levels = i.ordinalLevels();
        List<PeriodView> periods = i.getPeriods().stream()
                .map(p -> new PeriodView(p.getId(), p.getStartDate(), p.getEndDate(), display(p.target()),
                        display(p.actual()), p.getComment(), i.getMeasure().needsTarget() && p.target() == null))
                .toList();
        return new IndicatorDetail(i.getId(), i.getVersion(), i.getProgramId(), i.getName(), i.getDefinition(),
                i.getLevel(), i.getMeasure(), i.getDirection(), i.getUnitOfMeasure(), levels, display(i.baselineValue()),
                i.getBaselineDate(), i.getDataSource(), i.getPlanOutcomeId(), outcomeLabel, i.getPartnerUnitId(),
                unitLabel, periods, progress(i), chart(i), i.getUpdatedAt(), i.getUpdatedBy());
    }

    static IndicatorProgress progress(Indicator i) {
        return ProgressRules.assess(i.getMeasure(), i.getDirection(), i.ordinalLevels(), i.baselineValue(),
                i.getPeriods().stream()
                        .map(p -> new PeriodPoint(p.getStartDate(), p.getEndDate(), p.target(), p.actual())).toList());
    }

    private static ChartSeries chart(Indicator i) {
        if (i.getMeasure() == IndicatorMeasure.QUALITATIVE) {
            return new ChartSeries(List.of(), List.of(), List.of(), null, List.of());
        }
        List<String> levels = i.ordinalLevels();
        List<IndicatorPeriod> periods = i.getPeriods();
        return new ChartSeries(periods.stream().map(p -> p.getEndDate().toString()).toList(),
                periods.stream().map(p -> MeasureRules.score(i.getMeasure(), levels, p.target())).toList(),
                periods.stream().map(p -> MeasureRules.score(i.getMeasure(), levels, p.actual())).toList(),
                MeasureRules.score(i.getMeasure(), levels, i.baselineValue()), levels);
    }

    private static String display(MeasureValue value) {
        return value == null ? null : value.display();
    }

    private Indicator find(long programId, long indicatorId) {
        return indicators.findByIdAndProgramId(indicatorId, programId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }

    private void apply(Indicator indicator, IndicatorCommand command, ProgramContext program) {
        String name = blankToNull(command.name());
        if (name == null) {
            throw new FieldValidationException("name", "indicator.name.required");
        }
        if (command.level() == null) {
            throw new FieldValidationException("level", "indicator.level.required");
        }
        if (command.measure() == null) {
            throw new FieldValidationException("measure", "indicator.measure.required");
        }
        if (command.direction() == null) {
            throw new FieldValidationException("direction", "indicator.direction.required");
        }
        List<String> levels;
        try {
            levels = command.measure() == IndicatorMeasure.ORDINAL ? MeasureRules.parseLevels(command.ordinalLevels())
                    : List.of();
        } catch (MeasureRules.InvalidValue e) {
            throw new FieldValidationException("ordinalLevels", e.messageKey());
        }
        if (command.measure() == IndicatorMeasure.ORDINAL && levels.size() < 2) {
            throw new FieldValidationException("ordinalLevels", "indicator.ordinalLevels.required");
        }
        MeasureValue baseline;
        try {
            baseline = MeasureRules.parse(command.measure(), levels, command.baselineValue());
        } catch (MeasureRules.InvalidValue e) {
            throw new FieldValidationException("baselineValue", e.messageKey());
        }
        checkExistingPeriods(indicator, command.measure(), levels);
        checkPlanOutcome(command, program);
        checkPartnerUnit(command.partnerUnitId(), program);
        indicator.define(name, blankToNull(command.definition()), command.level(), command.measure(), command.direction(),
                command.measure().numeric() ? blankToNull(command.unitOfMeasure()) : null, levels, blankToNull(command.dataSource()));
        indicator.baseline(baseline, command.baselineDate());
        indicator.link(command.planOutcomeId(), command.partnerUnitId());
    }

    /** Stored period values must stay valid: the measure cannot change under them, nor levels in use disappear. */
    private static void checkExistingPeriods(Indicator indicator, IndicatorMeasure measure, List<String> levels) {
        if (indicator.getId() == null) {
            return;
        }
        List<MeasureValue> values = indicator.getPeriods().stream()
                .flatMap(p -> Stream.of(p.target(), p.actual())).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return;
        }
        if (measure != indicator.getMeasure()) {
            throw new FieldValidationException("measure", "indicator.measure.locked");
        }
        if (measure == IndicatorMeasure.ORDINAL && values.stream().anyMatch(v -> !levels.contains(v.text()))) {
            throw new FieldValidationException("ordinalLevels", "indicator.ordinalLevels.inUse");
        }
    }

    private void checkPlanOutcome(IndicatorCommand command, ProgramContext program) {
        if (command.planOutcomeId() == null) {
            if (command.level().evidencesEffect()) {
                throw new FieldValidationException("planOutcomeId", "indicator.planOutcome.required");
            }
            return;
        }
        if (programs.outcomesOfPlan(program.planId()).stream()
                .noneMatch(o -> o.outcomeId() == command.planOutcomeId())) {
            throw new FieldValidationException("planOutcomeId", "indicator.planOutcome.unknown");
        }
    }

    private void checkPartnerUnit(Long unitId, ProgramContext program) {
        if (unitId == null) {
            return;
        }
        PartnerUnitSummary unit = units.byIds(Set.of(unitId)).get(unitId);
        if (unit == null) {
            throw new FieldValidationException("partnerUnitId", "indicator.partnerUnit.unknown");
        }
        if (unit.countryId() != program.countryId()) {
            throw new FieldValidationException("partnerUnitId", "indicator.partnerUnit.country");
        }
    }

    private record ValidRow(int row, Long id, LocalDate start, LocalDate end, MeasureValue target, MeasureValue actual,
            String comment) {
    }

    private static ValidRow check(int i, PeriodCommand row, Indicator indicator, LocalDate today,
            Map<Long, IndicatorPeriod> existing, Set<Long> seen, List<RowError> errors) {
        int before = errors.size();
        if (row.id() != null && (!existing.containsKey(row.id()) || !seen.add(row.id()))) {
            errors.add(new RowError(i, "start", "period.unknown"));
        }
        if (row.start() == null) {
            errors.add(new RowError(i, "start", "period.start.required"));
        }
        if (row.end() == null) {
            errors.add(new RowError(i, "end", "period.end.required"));
        }
        if (row.start() != null && row.end() != null && row.end().isBefore(row.start())) {
            errors.add(new RowError(i, "end", "period.end.beforeStart"));
        }
        List<String> levels = indicator.ordinalLevels();
        MeasureValue target = null;
        MeasureValue actual = null;
        try {
            target = MeasureRules.parse(indicator.getMeasure(), levels, row.target());
        } catch (MeasureRules.InvalidValue e) {
            errors.add(new RowError(i, "target", e.messageKey()));
        }
        try {
            actual = MeasureRules.parse(indicator.getMeasure(), levels, row.actual());
        } catch (MeasureRules.InvalidValue e) {
            errors.add(new RowError(i, "actual", e.messageKey()));
        }
        if (actual != null && row.start() != null && row.start().isAfter(today)) {
            errors.add(new RowError(i, "actual", "period.actual.notStarted"));
        }
        String comment = blankToNull(row.comment());
        if (comment != null && comment.length() > MeasureRules.MAX_TEXT) {
            errors.add(new RowError(i, "comment", "value.text.tooLong"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new ValidRow(i, row.id(), row.start(), row.end(), target, actual, comment);
    }
}
