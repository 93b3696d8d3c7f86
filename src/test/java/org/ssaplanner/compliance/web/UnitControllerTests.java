package org.ssaplanner.compliance.web;


import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentStatus;
import org.ssaplanner.compliance.IncidentView;
import org.ssaplanner.partners.CountryUnits;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;

@WebMvcTest(UnitController.class)
@Import(WebSliceTestConfiguration.class)
class UnitControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PartnerUnitService units;
    @MockitoBean
    HumanRightsService humanRights;
    @MockitoBean
    FindingQueryService findings;
    @MockitoBean
    ReferenceDataService reference;

    @BeforeEach
    void setUp() {
        given(units.get(5)).willReturn(new PartnerUnitSummary(5, 1, "Colombia", "CO", "3rd Brigade", "MILITARY",
                "Military", null, null, true));
        IncidentView credible = new IncidentView(8, 2, 5, LocalDate.of(2026, 4, 1), "Cauca", "Killings", "UN report",
                IncidentCategory.EXTRAJUDICIAL_KILLING, IncidentStatus.CREDIBLE, "evaluator", Instant.now(),
                List.of(new IncidentView.StatusChange(null, IncidentStatus.REPORTED, "evaluator", Instant.now(), null)),
                Instant.now(), "evaluator");
        given(humanRights.incidentsOfUnit(5)).willReturn(List.of(credible));
        given(humanRights.get(8)).willReturn(credible);
        given(humanRights.programsAssisting(5)).willReturn(List.of(new ProgramFacts(77, 1L, 1, "Brigade training", 0, 5L,
                "MILITARY", "TRAINING", Set.of(), Set.of(3L), ProgramStatus.PROPOSED, null, null, BigDecimal.ZERO, BigDecimal.ONE,
                BigDecimal.ZERO, List.of(2027), Map.of())));
        given(findings.findingsForPrograms(any())).willReturn(Map.of(77L, List.of(new Finding(77, 2, "LEAHY_DOD",
                "10 U.S.C. 362", "DoD Leahy", FindingSeverity.BLOCKING, "Recipient unit 3rd Brigade has a credible violation",
                null, LocalDate.now()))));
    }

    @Test
    void everyoneSeesTheRecordAndTheBlockedProgramsButViewersCannotRecord() throws Exception {
        mvc.perform(get("/units/5").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Brigade training")))
                .andExpect(content().string(Matchers.containsString("Recipient unit 3rd Brigade has a credible violation")))
                .andExpect(content().string(Matchers.containsString("Credible gross violation on record")))
                // the program's heading names its findings table: no repeated Compliance findings heading per program
                .andExpect(content().string(Matchers.containsString("aria-labelledby=\"unit-program-77\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Compliance findings<"))))
                // a category is a label (capitalised) in the record
                .andExpect(content().string(Matchers.containsString(">Extrajudicial killing<")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/units/5/incidents\""))));
        mvc.perform(post("/units/5/incidents").with(user("v").roles("VIEWER")).with(csrf())
                .param("incidentDate", "2026-01-01").param("location", "x").param("description", "x").param("source", "x")
                .param("category", "TORTURE")).andExpect(status().isForbidden());
        verify(humanRights, never()).record(any());
    }

    @Test
    void plannersCannotDecideCredibilityEvaluatorsCan() throws Exception {
        mvc.perform(post("/units/5/incidents/8/status").with(user("p").roles("PLANNER")).with(csrf())
                .param("status", "REMEDIATED").param("note", "x").param("version", "2")).andExpect(status().isForbidden());
        verify(humanRights, never()).changeStatus(anyLong(), anyLong(), any(), any());
        mvc.perform(post("/units/5/incidents/8/status").with(user("e").roles("EVALUATOR")).with(csrf())
                .param("status", "REMEDIATED").param("note", "Convictions").param("version", "2"))
                .andExpect(redirectedUrl("/units/5#incident-8"));
        verify(humanRights).changeStatus(8, 2, IncidentStatus.REMEDIATED, "Convictions");
    }

    @Test
    void aPlannerIsRefusedWhateverTheInputAnEvaluatorIsToldTheInputIsBad() throws Exception {
        String[][] inputs = {{}, {"status", "NOT_A_STATUS", "version", "2"}, {"status", "REMEDIATED", "version", "x"},
                {"status", "REMEDIATED"}};
        for (String[] input : inputs) {
            var planner = post("/units/5/incidents/8/status").with(user("p").roles("PLANNER")).with(csrf());
            var evaluator = post("/units/5/incidents/8/status").with(user("e").roles("EVALUATOR")).with(csrf());
            for (int i = 0; i + 1 < input.length; i += 2) {
                planner.param(input[i], input[i + 1]);
                evaluator.param(input[i], input[i + 1]);
            }
            mvc.perform(planner).andExpect(status().isForbidden());
            mvc.perform(evaluator).andExpect(status().isBadRequest());
        }
        verify(humanRights, never()).changeStatus(anyLong(), anyLong(), any(), any());
    }

    @Test
    void anHtmxRequestGetsOnlyTheUnitsOfTheChosenCountry() throws Exception {
        PartnerUnitSummary brigade = units.get(5);
        given(units.unitsOfCountry(1)).willReturn(List.of(brigade));
        given(humanRights.credibleIncidentCounts(List.of(5L))).willReturn(Map.of(5L, 1L));
        mvc.perform(get("/units").param("country", "1").header("HX-Request", "true").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"unit-results\"")))
                .andExpect(content().string(Matchers.containsString("3rd Brigade")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<form"))));
        mvc.perform(get("/units").param("country", "1").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<form")))
                .andExpect(content().string(Matchers.containsString("3rd Brigade")));
    }

    /** Issue 13 item 6: the country is chosen by name among the countries that have units; the address has its code. */
    @Test
    void theListShowsTheCountriesWithUnitsAndChoosesOneByItsCode() throws Exception {
        PartnerUnitSummary brigade = units.get(5);
        given(units.countriesWithUnits()).willReturn(List.of(new CountryUnits(1, "COL", "Colombia", 3),
                new CountryUnits(2, "PER", "Peru", 1)));
        mvc.perform(get("/units").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<option value=\"COL\">Colombia (3 units)</option>")))
                .andExpect(content().string(Matchers.containsString("<option value=\"PER\">Peru (1 unit)</option>")))
                .andExpect(content().string(Matchers.containsString("href=\"/units?country=COL\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("3rd Brigade"))));

        given(reference.countryByCode("COL")).willReturn(Optional.of(new CountryRef(1, "CO", "COL", "Colombia", 9,
                "South America", "Americas")));
        given(units.unitsOfCountry(1)).willReturn(List.of(brigade));
        mvc.perform(get("/units").param("country", "COL").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"COL\" selected=\"selected\">Colombia (3 units)</option>")))
                .andExpect(content().string(Matchers.containsString("3rd Brigade")));
        // the internal id of older links still works
        given(reference.country(1)).willReturn(Optional.of(new CountryRef(1, "CO", "COL", "Colombia", 9,
                "South America", "Americas")));
        mvc.perform(get("/units").param("country", "1").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"COL\" selected=\"selected\">Colombia (3 units)</option>")))
                .andExpect(content().string(Matchers.containsString("3rd Brigade")));
        mvc.perform(get("/units").param("country", "XYZ").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No country has the code “XYZ”.")));
    }
}
