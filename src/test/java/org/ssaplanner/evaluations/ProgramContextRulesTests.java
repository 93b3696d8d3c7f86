package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.evaluations.domain.EvaluationRepository;
import org.ssaplanner.evaluations.domain.Indicator;
import org.ssaplanner.evaluations.domain.IndicatorRepository;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramPortfolioKey;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.database.SharedReportReads;

/**
 * What the module does once programs and plans exist (through {@link ProgramContexts}, here a
 * stub): outcome evidence per plan outcome, plan-outcome and unit checks, and the portfolio shares.
 * Plain JUnit with mocked repositories.
 */
class ProgramContextRulesTests {

    static final ProgramContext BORDER = new ProgramContext(100, "Border training", 1, "Colombia plan", 57, 4, "INL", null);
    static final ProgramContext JUSTICE = new ProgramContext(101, "Justice advisors", 1, "Colombia plan", 57, 5, "DSCA", null);
    static final ProgramContext OTHER = new ProgramContext(200, "Maritime patrols", 2, "Peru plan", 58, 5, "DSCA", null);

    IndicatorRepository repository = mock(IndicatorRepository.class);
    PartnerUnitService units = mock(PartnerUnitService.class);
    ReferenceDataService reference = mock(ReferenceDataService.class);
    ProgramContexts source = mock(ProgramContexts.class);
    IndicatorService withPrograms;

    static <T> ObjectProvider<T> provider(Class<T> type, T bean) {
        StaticListableBeanFactory factory = bean == null ? new StaticListableBeanFactory()
                : new StaticListableBeanFactory(Map.of("bean", bean));
        return factory.getBeanProvider(type);
    }

    IndicatorService service(ProgramContexts programs) {
        return new IndicatorService(repository, mock(EvaluationRepository.class), units,
                programs, provider(Clock.class, null), mock(EntityManager.class));
    }

    static Indicator indicator(long id, ProgramContext program, String name, MetricLevel level, Long outcome,
            String actual) {
        Indicator i = new Indicator(program.programId());
        i.define(name, null, level, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, null, List.of(), null);
        i.link(outcome, null);
        i.addPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), MeasureValue.ofNumber(BigDecimal.TEN),
                actual == null ? null : MeasureValue.ofNumber(new BigDecimal(actual)), null);
        ReflectionTestUtils.setField(i, "id", id);
        return i;
    }

    @BeforeEach
    void plans() {
        withPrograms = service(source);
        given(source.program(100)).willReturn(Optional.of(BORDER));
        given(source.program(101)).willReturn(Optional.of(JUSTICE));
        given(source.outcomesOfPlan(1)).willReturn(List.of(
                new PlanOutcomeRef(10, 1, "Border posts staffed", ObjectiveCategory.OPERATIONAL),
                new PlanOutcomeRef(11, 1, "Courts hear cases in time", ObjectiveCategory.GOVERNANCE),
                new PlanOutcomeRef(12, 1, "Access for US ships", ObjectiveCategory.TRANSACTIONAL),
                new PlanOutcomeRef(13, 1, "Public trust in police", ObjectiveCategory.GOVERNANCE)));
        given(source.titles(anyCollection())).willReturn(Map.of(BORDER.programId(), BORDER.title(),
                JUSTICE.programId(), JUSTICE.title()));
    }

    @Test
    void eachOutcomeShowsItsEvidenceAndOutcomesWithoutEvidenceAreCalledOut() {
        given(repository.findByPlanOutcomeIdInOrderByNameAsc(List.of(10L, 11L, 12L, 13L))).willReturn(List.of(
                indicator(1, BORDER, "Posts staffed", MetricLevel.OUTCOME, 10L, "12"),
                indicator(2, BORDER, "Officers trained", MetricLevel.OUTPUT, 10L, "300"),
                indicator(3, JUSTICE, "Median days to hearing", MetricLevel.OUTCOME, 11L, null),
                indicator(4, JUSTICE, "Port visits", MetricLevel.OUTPUT, 12L, "4")));

        OutcomeEvidence evidence = withPrograms.outcomeEvidence(1);

        assertThat(evidence.outcomes()).extracting(o -> o.outcome().outcomeId(), OutcomeEvidence.Outcome::state)
                .containsExactly(
                        Tuple.tuple(10L, OutcomeEvidence.State.EVIDENCED),
                        Tuple.tuple(11L, OutcomeEvidence.State.MEASURED),
                        Tuple.tuple(12L, OutcomeEvidence.State.NO_EVIDENCE),
                        Tuple.tuple(13L, OutcomeEvidence.State.NO_EVIDENCE));
        assertThat(evidence.withoutEvidence()).isEqualTo(3);
        assertThat(evidence.outcomes().get(0).indicators())
                .extracting(OutcomeEvidence.EvidenceIndicator::programTitle, OutcomeEvidence.EvidenceIndicator::status)
                .containsExactly(Tuple.tuple("Border training", ProgressStatus.ON_TRACK),
                        Tuple.tuple("Border training", ProgressStatus.ON_TRACK));
    }

    static IndicatorCommand outcomeIndicator(Long planOutcomeId, Long unitId) {
        return new IndicatorCommand("Posts staffed", null, MetricLevel.OUTCOME, IndicatorMeasure.UNIT,
                Direction.HIGHER_IS_BETTER, null, null, null, null, null, planOutcomeId, unitId);
    }

    @Test
    void thePlanOutcomeMustBelongToTheProgramsPlan() {
        given(repository.saveAndFlush(any())).willAnswer(call -> {
            ReflectionTestUtils.setField((Object) call.getArgument(0), "id", 9L);
            return call.getArgument(0);
        });
        assertThatThrownBy(() -> withPrograms.create(100, outcomeIndicator(99L, null)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.planOutcome.unknown"));
        assertThat(withPrograms.create(100, outcomeIndicator(10L, null))).isEqualTo(9L);
    }

    @Test
    void anUnknownProgramIsNotFoundWhenProgramsExist() {
        given(source.program(404)).willReturn(Optional.empty());
        assertThatThrownBy(() -> withPrograms.resultsSummary(404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> withPrograms.create(404, outcomeIndicator(10L, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePartnerUnitMustBeOfTheProgramsCountry() {
        given(units.byIds(any())).willReturn(Map.of(7L,
                new PartnerUnitSummary(7, 58, "Peru", "PE", "Coast Guard 1", "COAST_GUARD", "Coast guard", null, null, true)));
        assertThatThrownBy(() -> withPrograms.create(100, outcomeIndicator(10L, 7L)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.partnerUnit.country"));
    }

    @Test
    void thePortfolioSharesAreByLeadAgencyAndByCountry() {
        given(repository.programsWithLevels(any())).willReturn(List.of(100L, 999L));
        given(reference.countries()).willReturn(List.of(new CountryRef(57, "CO", "COL", "Colombia", 1, "South America", null),
                new CountryRef(58, "PE", "PER", "Peru", 1, "South America", null)));
        given(source.portfolioKeys()).willReturn(List.of(new ProgramPortfolioKey(100, 57, 4),
                new ProgramPortfolioKey(101, 57, 5), new ProgramPortfolioKey(200, 58, 5)));
        AgencyService agencies = mock(AgencyService.class);
        given(agencies.tree()).willReturn(List.of(
                new AgencySummary(4, "INL", "Narcotics and Law Enforcement", null, AgencyKind.BUREAU, true, true, 0),
                new AgencySummary(5, "DSCA", "Defense Security Cooperation Agency", null, AgencyKind.BUREAU, true, true, 0)));
        ResultsReportService reports = new ResultsReportService(repository, withPrograms, units, reference,
                source, mock(HumanRightsService.class), agencies,
                new SharedReportReads(TransactionOperations.withoutTransaction()));

        PortfolioResults portfolio = reports.portfolio();

        assertThat(portfolio.total().programs()).isEqualTo(3);
        assertThat(portfolio.total().withOutcomeEvidence()).isEqualTo(1);
        assertThat(portfolio.byAgency()).extracting(PortfolioResults.Share::label, PortfolioResults.Share::percent)
                .containsExactly(Tuple.tuple("DSCA", 0), Tuple.tuple("INL", 100));
        assertThat(portfolio.byCountry()).extracting(PortfolioResults.Share::label, PortfolioResults.Share::percent)
                .containsExactly(Tuple.tuple("Peru", 0), Tuple.tuple("Colombia", 50));
    }
}
