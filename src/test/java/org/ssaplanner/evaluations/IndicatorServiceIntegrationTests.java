package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.Role;

/** Indicators and periods on the real database, with programs from {@link ResultsTestData}. */
@SsaIntegrationTest
class IndicatorServiceIntegrationTests {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ResultsHistoryService history;

    long programId;
    long planOutcomeId;

    @BeforeEach
    void signIn() {
        ResultsTestData.ProgramRef program = ResultsTestData.newProgram(applicationContext);
        programId = program.programId();
        planOutcomeId = program.planOutcomeId();
        TestUsers.signInAs("evaluator-it", 1, Role.EVALUATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static IndicatorCommand outcome(String name, Long planOutcomeId) {
        return new IndicatorCommand(name, "Share of border posts with trained staff", MetricLevel.OUTCOME,
                IndicatorMeasure.PERCENTAGE, Direction.HIGHER_IS_BETTER, "%", null, "20", LocalDate.of(2024, 1, 1),
                "Ministry records", planOutcomeId, null);
    }

    static IndicatorCommand output(String name) {
        return new IndicatorCommand(name, null, MetricLevel.OUTPUT, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER,
                "officers", null, "0", null, null, null, null);
    }

    static PeriodCommand row(Long id, int year, String target, String actual) {
        return new PeriodCommand(id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), target, actual, null);
    }

    @Test
    void anOutcomeIndicatorMustNameThePlanOutcomeItEvidences() {
        assertThatThrownBy(() -> indicators.create(programId, outcome("No link", null)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.planOutcome.required"));
        long id = indicators.create(programId, outcome("Linked", planOutcomeId));
        IndicatorDetail detail = indicators.indicator(programId, id);
        assertThat(detail.planOutcomeId()).isEqualTo(planOutcomeId);
        assertThat(detail.baseline()).isEqualTo("20");
    }

    @Test
    void periodsAreSavedAllOrNothing() {
        long id = indicators.create(programId, outcome("Grid", planOutcomeId));
        long version = indicators.indicator(programId, id).version();
        indicators.savePeriods(programId, id, version,
                List.of(row(null, 2024, "30", "28"), row(null, 2025, "50", "55"), row(null, 2026, "70", null)));
        IndicatorDetail saved = indicators.indicator(programId, id);
        assertThat(saved.periods()).extracting(PeriodView::actual).containsExactly("28", "55", null);
        assertThat(saved.progress().status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(saved.version()).isGreaterThan(version);

        List<PeriodView> p = saved.periods();
        assertThatThrownBy(() -> indicators.savePeriods(programId, id, saved.version(), List.of(
                row(p.get(0).id(), 2024, "30", "29"),
                row(p.get(1).id(), 2025, "50", "155"),
                new PeriodCommand(null, LocalDate.of(2028, 6, 1), LocalDate.of(2028, 1, 1), null, null, null))))
                .isInstanceOfSatisfying(PeriodValidationException.class, e -> assertThat(e.errors())
                        .extracting(PeriodValidationException.RowError::row, PeriodValidationException.RowError::field,
                                PeriodValidationException.RowError::messageKey)
                        .containsExactly(
                                Tuple.tuple(1, "actual", "value.percentage.range"),
                                Tuple.tuple(2, "end", "period.end.beforeStart")));

        IndicatorDetail unchanged = indicators.indicator(programId, id);
        assertThat(unchanged.periods()).extracting(PeriodView::actual).containsExactly("28", "55", null);
        assertThat(unchanged.version()).isEqualTo(saved.version());
    }

    @Test
    void actualsForAPeriodThatHasNotStartedAreRefusedAndMissingTargetsFlagged() {
        long id = indicators.create(programId, output("Officers trained"));
        int next = LocalDate.now().getYear() + 1;
        assertThatThrownBy(() -> indicators.savePeriods(programId, id, 0, List.of(row(null, next, "10", "3"))))
                .isInstanceOfSatisfying(PeriodValidationException.class,
                        e -> assertThat(e.errors()).extracting(PeriodValidationException.RowError::messageKey)
                                .containsExactly("period.actual.notStarted"));
        indicators.savePeriods(programId, id, 0, List.of(row(null, 2024, null, "3")));
        IndicatorDetail detail = indicators.indicator(programId, id);
        assertThat(detail.periods()).singleElement().satisfies(p -> assertThat(p.targetMissing()).isTrue());
        assertThat(detail.progress().reasonKey()).isEqualTo("progress.reason.noTarget");
    }

    @Test
    void removedRowsAreDeletedAndBlankNewRowsIgnored() {
        long id = indicators.create(programId, output("Courses"));
        indicators.savePeriods(programId, id, 0, List.of(row(null, 2023, "1", "1"), row(null, 2024, "2", "2")));
        IndicatorDetail before = indicators.indicator(programId, id);
        indicators.savePeriods(programId, id, before.version(), List.of(
                row(before.periods().get(1).id(), 2024, "2", "3"), new PeriodCommand(null, null, null, " ", "", null)));
        assertThat(indicators.indicator(programId, id).periods()).extracting(PeriodView::actual).containsExactly("3");
    }

    @Test
    void staleGridsAndEditsAreRefused() {
        long id = indicators.create(programId, output("Stale"));
        indicators.savePeriods(programId, id, 0, List.of(row(null, 2024, "2", "2")));
        assertThatThrownBy(() -> indicators.savePeriods(programId, id, 0, List.of()))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> indicators.update(programId, id, 0, output("Stale 2")))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void theMeasureCannotChangeUnderStoredValues() {
        long id = indicators.create(programId, output("Locked"));
        indicators.savePeriods(programId, id, 0, List.of(row(null, 2024, "200", "150")));
        IndicatorCommand asPercentage = new IndicatorCommand("Locked", null, MetricLevel.OUTPUT,
                IndicatorMeasure.PERCENTAGE, Direction.HIGHER_IS_BETTER, null, null, null, null, null, null, null);
        long version = indicators.indicator(programId, id).version();
        assertThatThrownBy(() -> indicators.update(programId, id, version, asPercentage))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.measure.locked"));
    }

    @Test
    void theSummaryCountsLevelsAndFlagsMissingOutcomeEvidence() {
        indicators.create(programId, output("Trained"));
        indicators.create(programId, output("Equipped"));
        ResultsSummary onlyOutputs = indicators.resultsSummary(programId);
        assertThat(onlyOutputs.noOutcomeEvidence()).isTrue();
        assertThat(onlyOutputs.balance()).extracting(LevelCount::count).containsExactly(0L, 2L, 0L, 0L);

        indicators.create(programId, outcome("Effect", planOutcomeId));
        ResultsSummary withOutcome = indicators.resultsSummary(programId);
        assertThat(withOutcome.noOutcomeEvidence()).isFalse();
        assertThat(withOutcome.balance()).extracting(LevelCount::count).containsExactly(0L, 2L, 1L, 0L);
        assertThat(withOutcome.indicators()).extracting(IndicatorDetail::name).containsExactly("Equipped", "Trained", "Effect");
    }

    @Test
    void onlyEvaluatorsAndAdministratorsChangeIndicatorsEveryoneReads() {
        long id = indicators.create(programId, output("Read me"));
        for (Role role : List.of(Role.PLANNER, Role.VIEWER)) {
            TestUsers.signInAs("someone", 1, role);
            assertThatThrownBy(() -> indicators.create(programId, output("Nope"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.savePeriods(programId, id, 0, List.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(indicators.indicator(programId, id).name()).isEqualTo("Read me");
        }
        TestUsers.signInAs("admin-it", 1, Role.ADMIN);
        indicators.update(programId, id, 0, output("Renamed"));
        assertThat(history.indicatorHistory(programId, id)).first()
                .satisfies(entry -> assertThat(entry.changedBy()).isEqualTo("admin-it"));
        // issue 13: the history names fields by their labels, values by theirs (Output, not OUTPUT)
        assertThat(history.indicatorHistory(programId, id)).last().satisfies(created -> {
            assertThat(created.changes()).allSatisfy(c -> assertThat(c.labelKey()).startsWith("indicator."));
            assertThat(created.changes()).filteredOn(c -> c.field().equals("level")).singleElement()
                    .satisfies(c -> assertThat(c.after()).isEqualTo("Output"));
        });
    }

    @Test
    void anIndicatorOfAnotherProgramIsNotFound() {
        long id = indicators.create(programId, output("Mine"));
        assertThatThrownBy(() -> indicators.indicator(programId + 1, id))
                .isInstanceOf(NotFoundException.class);
    }
}
