package org.ssaplanner.evaluations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.evaluations.LevelCount;
import org.ssaplanner.evaluations.OutcomeEvidence;
import org.ssaplanner.evaluations.PlanOutcomeRef;
import org.ssaplanner.evaluations.ProgressStatus;
import org.ssaplanner.evaluations.ResultsSummary;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ObjectiveCategory;

/** The fragments other modules include (program page, plan page) render on their own. */
@WebMvcTest(ResultsFragmentsTests.Host.class)
@Import({WebSliceTestConfiguration.class, ResultsFragmentsTests.Host.class})
class ResultsFragmentsTests {

    @Controller
    static class Host {

        @GetMapping("/test/fragments")
        String host(Model model) {
            model.addAttribute("summary", new ResultsSummary(5, "Border training", List.of(),
                    List.of(new LevelCount(MetricLevel.INPUT, 0), new LevelCount(MetricLevel.OUTPUT, 0),
                            new LevelCount(MetricLevel.OUTCOME, 0), new LevelCount(MetricLevel.IMPACT, 0)), 0));
            PlanOutcomeRef staffed = new PlanOutcomeRef(10, 1, "Border posts staffed", ObjectiveCategory.OPERATIONAL);
            PlanOutcomeRef trust = new PlanOutcomeRef(13, 1, "Public trust in police", ObjectiveCategory.GOVERNANCE);
            model.addAttribute("evidence", new OutcomeEvidence(1, List.of(
                    new OutcomeEvidence.Outcome(staffed, List.of(new OutcomeEvidence.EvidenceIndicator(1, 5,
                            "Border training", "Posts staffed", MetricLevel.OUTCOME, ProgressStatus.ON_TRACK, "12")),
                            OutcomeEvidence.State.EVIDENCED),
                    new OutcomeEvidence.Outcome(trust, List.of(), OutcomeEvidence.State.NO_EVIDENCE))));
            return "evaluations-test/fragment-host";
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theProgramSummaryAndThePlanEvidenceRender() throws Exception {
        String html = mvc.perform(get("/test/fragments").with(user("vic").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No outcome evidence: this program has no indicators yet.")
                .contains("data-level=\"OUTCOME\"")
                .contains("Border posts staffed").contains("Evidenced")
                .contains("data-outcome=\"13\" data-state=\"NO_EVIDENCE\"")
                .contains("1 outcome has no evidence yet.")
                .contains("/programs/5/results#indicator-1")
                .doesNotContain("style=");
    }
}
