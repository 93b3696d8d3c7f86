package org.ssaplanner.evaluations.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentStatus;
import org.ssaplanner.compliance.IncidentView;
import org.ssaplanner.evaluations.PartnerPerformance;
import org.ssaplanner.evaluations.PortfolioResults;
import org.ssaplanner.evaluations.ProgramContext;
import org.ssaplanner.evaluations.ResultsReportService;
import org.ssaplanner.partners.PartnerUnitNotFoundException;
import org.ssaplanner.partners.PartnerUnitSummary;

@WebMvcTest(ResultsReportController.class)
@Import(WebSliceTestConfiguration.class)
class ResultsReportControllerTests {

    static final PartnerUnitSummary UNIT = new PartnerUnitSummary(3, 1, "Colombia", "CO", "Border Brigade 4", "MILITARY",
            "Military", null, null, true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResultsReportService reports;

    @Test
    void withoutIncidentsOrIndicatorsThePageSaysSo() throws Exception {
        given(reports.partnerPerformance(3)).willReturn(new PartnerPerformance(UNIT, List.of(), List.of(), List.of()));
        mvc.perform(get("/units/3/performance").with(user("vic").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Border Brigade 4")))
                .andExpect(content().string(containsString("No incidents recorded for this unit.")))
                .andExpect(content().string(containsString("No indicators are about this unit.")));
    }

    @Test
    void incidentsAndProgramsAreListed() throws Exception {
        given(reports.partnerPerformance(3)).willReturn(new PartnerPerformance(UNIT, List.of(),
                List.of(new ProgramContext(8, "Border training", 2, "Colombia plan", 1, 4, "INL", 3L)),
                List.of(new IncidentView(1, 0, 3, LocalDate.of(2025, 3, 2), null, "Detainee abuse", "NGO report",
                        IncidentCategory.TORTURE, IncidentStatus.CREDIBLE, null, null, List.of(), null, null))));
        mvc.perform(get("/units/3/performance").with(user("vic").roles("VIEWER")))
                .andExpect(content().string(containsString("Detainee abuse")))
                .andExpect(content().string(containsString("CREDIBLE")))
                .andExpect(content().string(containsString("/programs/8/results")));
    }

    @Test
    void anUnknownUnitGivesTheNotFoundPage() throws Exception {
        given(reports.partnerPerformance(99)).willThrow(new PartnerUnitNotFoundException(99));
        mvc.perform(get("/units/99/performance").with(user("vic").roles("VIEWER"))).andExpect(status().isNotFound());
    }

    @Test
    void thePortfolioShowsSharesByAgencyAndCountry() throws Exception {
        given(reports.portfolio()).willReturn(new PortfolioResults(new PortfolioResults.Share("", 4, 1),
                List.of(new PortfolioResults.Share("DSCA", 3, 0), new PortfolioResults.Share("INL", 1, 1)),
                List.of(new PortfolioResults.Share("Colombia", 4, 1)), Instant.parse("2026-12-01T10:00:00Z")));
        mvc.perform(get("/reports/results").with(user("vic").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of 4 programs (25%) has outcome or impact evidence.")))
                .andExpect(content().string(containsString("INL")))
                .andExpect(content().string(containsString("100%")))
                .andExpect(content().string(containsString("Figures as of 2026-12-01 10:00:00 UTC.")));
    }

    @Test
    void withoutProgramsThePortfolioSaysNoneOfNone() throws Exception {
        given(reports.portfolio()).willReturn(new PortfolioResults(new PortfolioResults.Share("", 0, 0), List.of(), List.of(),
                Instant.parse("2026-12-01T10:00:00Z")));
        mvc.perform(get("/reports/results").with(user("vic").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 of 0 programs (0%) have outcome or impact evidence.")));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/reports/results")).andExpect(status().is3xxRedirection());
    }
}
