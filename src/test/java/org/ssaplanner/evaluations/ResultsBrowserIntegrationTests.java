package org.ssaplanner.evaluations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.ssaplanner.BrowserTestSupport;

/**
 * The evaluator's part of the journey that needs no programs module: on a made-up program id,
 * add an outcome indicator with baseline, three periods through the grid (adding a row with htmx),
 * see progress, chart and balance; record a mid-term evaluation with a PDF. (The full journey through
 * program and plan pages follows when those modules are merged.)
 */
class ResultsBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void anEvaluatorMeasuresAnOutcomeAndRecordsAMidTermEvaluation() {
        ResultsTestData.ProgramRef program = ResultsTestData.newProgram(applicationContext);
        long programId = program.programId();
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() == 404 && !r.url().endsWith("/favicon.ico")) {
                consoleErrors.add("404 " + r.url());
            }
        });
        signIn("admin", "Test-Admin-Password-1");

        page.navigate("/programs/" + programId + "/results");
        assertThat(page.getByTestId("no-outcome-evidence")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add indicator")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Border posts with trained staff");
        page.getByLabel("Level", new Page.GetByLabelOptions().setExact(true)).selectOption("OUTCOME");
        page.getByLabel("Measure", new Page.GetByLabelOptions().setExact(true)).selectOption("PERCENTAGE");
        page.getByLabel("Baseline value").fill("20");
        page.getByLabel("Baseline date").fill("2024-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#planOutcomeId-error")).containsText("must name the plan outcome");
        page.getByLabel("Plan outcome it evidences").selectOption(String.valueOf(program.planOutcomeId()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Indicator added");
        int year = LocalDate.now().getYear();
        fillRow(0, year - 2, "30", "28");
        page.getByTestId("add-row").click();
        assertThat(page.locator("input[name='rows[1].start']")).isVisible();
        assertThat(page.locator("input[name='rows[0].actual']")).hasValue("28");
        fillRow(1, year - 1, "50", "55");
        page.getByTestId("add-row").click();
        fillRow(2, year + 1, "70", "60");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save all")).click();
        assertThat(page.locator("#rows\\[2\\]\\.actual-error")).containsText("has not started");
        page.locator("input[name='rows[2].actual']").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save all")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("All periods saved");
        assertThat(page.getByTestId("no-outcome-evidence")).hasCount(0);
        assertThat(page.getByTestId("progress-status").first()).hasText("On track");
        assertThat(page.getByTestId("progress-percent")).hasText("70%");
        assertThat(page.locator("[data-testid=results-balance] tr[data-level=OUTCOME] td").first()).hasText("1");
        assertThat(page.locator("canvas.results-chart[data-drawn=true]")).hasCount(1);
        // the chart draws the baseline (20, the value entered above) as its own line, inside the y axis
        Assertions.assertThat(page.evaluate("() => window.Chart.getChart(document.querySelector('canvas.results-chart'))"
                + ".data.datasets.map(d => d.label + ' ' + d.data.join(','))"))
                .asList().contains("Baseline 20,20,20");
        Assertions.assertThat(((Number) page.evaluate("() => window.Chart.getChart(document.querySelector('canvas.results-chart'))"
                + ".scales.y.min")).doubleValue()).isLessThanOrEqualTo(20);
        screenshot("evaluations-results");

        page.navigate("/programs/" + programId + "/evaluations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an evaluation")).click();
        page.getByLabel("Type").selectOption("MID_TERM_EVALUATION");
        page.getByLabel("Method").fill("Document review, site visits to 12 border posts");
        page.getByLabel("4 – Good").check();
        page.getByLabel("3 – Partial").check();
        page.getByLabel("Findings").fill("Trained staff are deployed at most posts.");
        page.getByLabel("Files").setInputFiles(new FilePayload("mid-term.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Evaluation recorded");
        assertThat(page.getByTestId("quality-rating")).containsText("4 of 5: Good");
        assertThat(page.getByTestId("evidence-files")).containsText("mid-term.pdf");
        screenshot("evaluations-detail");

        // the program page carries progress, the chart and the balance; the plan page the evidence
        page.navigate("/programs/" + programId);
        assertThat(page.getByTestId("results-summary")).isVisible();
        assertThat(page.getByTestId("progress-percent")).hasText("70%");
        assertThat(page.locator("[data-testid=results-balance] tr[data-level=OUTCOME] td").first()).hasText("1");
        assertThat(page.locator("canvas.results-chart[data-drawn=true]")).hasCount(1);
        screenshot("program-page-results");
        page.navigate("/plans/" + program.planId());
        sectionOnDemand("plan-evidence", "outcome-evidence");
        assertThat(page.locator("[data-testid=outcome-evidence] li[data-outcome='" + program.planOutcomeId() + "']"))
                .hasAttribute("data-state", "EVIDENCED");
        assertThat(page.getByTestId("outcome-evidence")).containsText("Evidenced");
        screenshot("plan-page-evidence");
        Assertions.assertThat(consoleErrors).as("browser console errors (CSP, scripts)").isEmpty();
    }

    private void fillRow(int row, int year, String target, String actual) {
        page.locator("input[name='rows[" + row + "].start']").fill(year + "-01-01");
        page.locator("input[name='rows[" + row + "].end']").fill(year + "-12-31");
        page.locator("input[name='rows[" + row + "].target']").fill(target);
        page.locator("input[name='rows[" + row + "].actual']").fill(actual);
    }
}
