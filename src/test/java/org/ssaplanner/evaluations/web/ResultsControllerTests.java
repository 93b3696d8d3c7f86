package org.ssaplanner.evaluations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.evaluations.ChartSeries;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorDetail;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorProgress;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.LevelCount;
import org.ssaplanner.evaluations.MeasureValue;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.evaluations.PeriodValidationException;
import org.ssaplanner.evaluations.PeriodView;
import org.ssaplanner.evaluations.ProgramContext;
import org.ssaplanner.evaluations.ProgressStatus;
import org.ssaplanner.evaluations.ResultsHistoryService;
import org.ssaplanner.evaluations.ResultsSummary;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.audit.HistoryEntry;

@WebMvcTest(ResultsController.class)
@Import(WebSliceTestConfiguration.class)
class ResultsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IndicatorService indicators;

    @MockitoBean
    ResultsHistoryService history;

    static IndicatorDetail indicator(long id, MetricLevel level, PeriodView... periods) {
        MeasureValue v = MeasureValue.ofNumber(BigDecimal.valueOf(40));
        IndicatorProgress progress = new IndicatorProgress(ProgressStatus.ON_TRACK, "progress.reason.reached",
                MeasureValue.ofNumber(BigDecimal.TEN), v, LocalDate.of(2025, 12, 31), v, v, 100);
        ChartSeries chart = new ChartSeries(List.of("2025-12-31"), Arrays.asList(BigDecimal.valueOf(40)),
                Arrays.asList(BigDecimal.valueOf(40)), BigDecimal.TEN, List.of());
        return new IndicatorDetail(id, 3, 5, "Border posts staffed <b>", null, level, IndicatorMeasure.PERCENTAGE,
                Direction.HIGHER_IS_BETTER, "%", List.of(), "10", null, null, level.evidencesEffect() ? 77L : null,
                null, null, null, List.of(periods), progress, chart, null, null);
    }

    static PeriodView period(long id, int year, String target, String actual) {
        return new PeriodView(id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), target, actual, null, target == null);
    }

    @BeforeEach
    void data() {
        IndicatorDetail output = indicator(1, MetricLevel.OUTPUT, period(10, 2024, "30", "28"), period(11, 2025, null, "40"));
        given(indicators.resultsSummary(5)).willReturn(new ResultsSummary(5, null, List.of(output),
                List.of(new LevelCount(MetricLevel.INPUT, 0), new LevelCount(MetricLevel.OUTPUT, 1),
                        new LevelCount(MetricLevel.OUTCOME, 0), new LevelCount(MetricLevel.IMPACT, 0)), 2));
        given(indicators.indicator(5, 1)).willReturn(output);
        given(indicators.program(anyLong()))
                .willReturn(new ProgramContext(5, "Border training", 1, "Colombia plan", 57, 4, "INL", null));
        given(indicators.outcomeChoices(anyLong())).willReturn(List.of());
        given(indicators.unitChoices(anyLong())).willReturn(List.of());
    }

    @Test
    void theResultsPageShowsProgressBalanceChartAndTheMissingOutcomeEvidence() throws Exception {
        String html = mvc.perform(get("/programs/5/results").with(user("vic").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No outcome evidence: this program is measured only by inputs and outputs.")))
                .andExpect(content().string(containsString("data-chart=\"{&quot;labels&quot;:[&quot;2025-12-31&quot;]")))
                .andExpect(content().string(containsString("/dist/chart.umd.js")))
                .andExpect(content().string(containsString("Border posts staffed &lt;b&gt;")))
                .andExpect(content().string(containsString("Target missing")))
                .andExpect(content().string(containsString("1 period has no target.")))
                .andExpect(content().string(not(containsString("Add indicator"))))
                .andExpect(content().string(not(containsString("/results/indicators/1/periods"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("style=");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).as("inline script").isFalse();
    }

    @Test
    void evaluatorsSeeTheEditingLinks() throws Exception {
        mvc.perform(get("/programs/5/results").with(user("eva").roles("EVALUATOR")))
                .andExpect(content().string(containsString("Add indicator")))
                .andExpect(content().string(containsString("/programs/5/results/indicators/1/periods")));
    }

    @Test
    void anUnknownProgramGivesTheNotFoundPage() throws Exception {
        given(indicators.resultsSummary(404)).willThrow(new NotFoundException("Program", 404));
        mvc.perform(get("/programs/404/results").with(user("vic").roles("VIEWER"))).andExpect(status().isNotFound());
    }

    @Test
    void theGridShowsEveryPeriodAndOneEmptyRow() throws Exception {
        mvc.perform(get("/programs/5/results/indicators/1/periods").with(user("eva").roles("EVALUATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"rows[2].start\"")))
                .andExpect(content().string(not(containsString("name=\"rows[3].start\""))))
                .andExpect(content().string(containsString("value=\"2024-01-01\"")));
    }

    @Test
    void withoutJavaScriptTheAddRowButtonKeepsWhatWasTypedAndSavesNothing() throws Exception {
        mvc.perform(post("/programs/5/results/indicators/1/periods").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .param("version", "3").param("addRow", "1")
                        .param("rows[0].id", "10").param("rows[0].start", "2024-01-01").param("rows[0].end", "2024-12-31")
                        .param("rows[0].target", "35").param("rows[1].start", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"35\"")))
                .andExpect(content().string(containsString("name=\"rows[2].start\"")))
                .andExpect(content().string(containsString("<html")));
        verify(indicators, never()).savePeriods(anyLong(), anyLong(), anyLong(), anyList());
    }

    @Test
    void htmxGetsOnlyTheGridWithOneMoreRow() throws Exception {
        mvc.perform(post("/programs/5/results/indicators/1/periods/rows").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .header("HX-Request", "true").param("version", "3").param("rows[0].target", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"period-grid\"")))
                .andExpect(content().string(containsString("name=\"rows[1].start\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void allRowsAreSavedAtOnceWithoutTheRemovedOnes() throws Exception {
        mvc.perform(post("/programs/5/results/indicators/1/periods").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .param("version", "3")
                        .param("rows[0].id", "10").param("rows[0].start", "2024-01-01").param("rows[0].end", "2024-12-31")
                        .param("rows[0].remove", "true")
                        .param("rows[1].id", "11").param("rows[1].start", "2025-01-01").param("rows[1].end", "2025-12-31")
                        .param("rows[1].target", "50").param("rows[1].actual", "48"))
                .andExpect(redirectedUrl("/programs/5/results#indicator-1"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<PeriodCommand>> rows = ArgumentCaptor.forClass(List.class);
        verify(indicators).savePeriods(eq(5L), eq(1L), eq(3L), rows.capture());
        assertThat(rows.getValue()).containsExactly(new PeriodCommand(11L, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "50", "48", null));
    }

    @Test
    void rowErrorsAreShownNextToTheirCellAndNothingIsSaved() throws Exception {
        willThrow(new PeriodValidationException(List.of(
                new PeriodValidationException.RowError(0, "actual", "value.percentage.range"))))
                .given(indicators).savePeriods(anyLong(), anyLong(), anyLong(), anyList());
        mvc.perform(post("/programs/5/results/indicators/1/periods").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .param("version", "3")
                        .param("rows[0].id", "10").param("rows[0].remove", "true")
                        .param("rows[1].start", "2025-01-01").param("rows[1].end", "2025-12-31").param("rows[1].actual", "140"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("periodsForm", "rows[1].actual", "value.percentage.range"))
                .andExpect(content().string(containsString("A percentage is between 0 and 100.")))
                .andExpect(content().string(containsString("Nothing was saved.")));
    }

    @Test
    void aBadDateIsAFieldError() throws Exception {
        mvc.perform(post("/programs/5/results/indicators/1/periods").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .param("version", "3").param("rows[0].start", "31/12/2025"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("periodsForm", "rows[0].start"));
        verify(indicators, never()).savePeriods(anyLong(), anyLong(), anyLong(), anyList());
    }

    @Test
    void anOutcomeIndicatorWithoutPlanOutcomeIsRefusedNextToTheField() throws Exception {
        given(indicators.create(eq(5L), any())).willThrow(
                new FieldValidationException("planOutcomeId", "indicator.planOutcome.required"));
        mvc.perform(post("/programs/5/results/indicators").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .param("name", "Cases prosecuted").param("level", "OUTCOME").param("measure", "UNIT")
                        .param("direction", "HIGHER_IS_BETTER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("indicatorForm", "planOutcomeId", "indicator.planOutcome.required"))
                .andExpect(content().string(containsString("An outcome or impact indicator must name the plan outcome it evidences.")));
    }

    @Test
    void aNewIndicatorLeadsToItsPeriods() throws Exception {
        given(indicators.create(eq(5L), any())).willReturn(9L);
        mvc.perform(post("/programs/5/results/indicators").with(user("eva").roles("EVALUATOR")).with(csrf())
                        .param("name", "Officers trained").param("level", "OUTPUT").param("measure", "UNIT")
                        .param("direction", "HIGHER_IS_BETTER").param("baselineValue", "0"))
                .andExpect(redirectedUrl("/programs/5/results/indicators/9/periods"));
    }

    @Test
    void theEditFormShowsTheIndicatorsHistory() throws Exception {
        given(history.indicatorHistory(5, 1)).willReturn(List.of(new HistoryEntry(
                Instant.parse("2026-01-02T10:00:00Z"), "eva", "MOD",
                List.of(new HistoryEntry.FieldChange("name", "Old name", "New name")))));
        mvc.perform(get("/programs/5/results/indicators/1/edit").with(user("eva").roles("EVALUATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change history")))
                .andExpect(content().string(containsString("Old name")));
    }

    @Test
    void theIndicatorFormOffersEveryLevelMeasureAndDirection() throws Exception {
        mvc.perform(get("/programs/5/results/indicators/new").with(user("eva").roles("EVALUATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"IMPACT\"")))
                .andExpect(content().string(containsString("Ordinal (one of defined, ordered levels)")))
                .andExpect(content().string(containsString("Lower is better")))
                // the program always exists, so the plan's outcomes are offered to choose from (the plain number field
                // was for a missing program context, issue 11)
                .andExpect(content().string(containsString("Plan outcome it evidences")));
    }
}
