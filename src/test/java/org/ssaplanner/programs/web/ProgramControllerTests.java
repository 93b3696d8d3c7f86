package org.ssaplanner.programs.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.programs.CategorySuggestion;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramDetail;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramFilter;
import org.ssaplanner.programs.ProgramSearchService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramSort;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.programs.TaxonomyService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.ConflictRow;
import org.ssaplanner.shared.security.Role;

@WebMvcTest({ProgramListController.class, ProgramEditController.class})
@Import(WebSliceTestConfiguration.class)
class ProgramControllerTests {

    private static final RequestPostProcessor PLANNER = user(TestUsers.user(3, "planner", 7, Role.PLANNER));
    private static final RequestPostProcessor EVALUATOR = user(TestUsers.user(5, "evaluator", 8, Role.EVALUATOR));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgramService programs;

    @MockitoBean
    ProgramStatusService programStatus;

    @MockitoBean
    ProgramDetailService programDetails;

    @MockitoBean
    ProgramSearchService programSearch;

    @MockitoBean
    PlanService plans;

    @MockitoBean
    TaxonomyService taxonomy;

    @MockitoBean
    AgencyService agencies;

    @MockitoBean
    ReferenceDataService reference;

    @MockitoBean
    PartnerUnitService units;

    @BeforeEach
    void plan() {
        when(programs.checkCanCreate(1L)).thenReturn(new PlanContext(1L, "Plan", 10L, 2027, 2029, 3L, Set.of(7L),
                PlanStatus.DRAFT));
    }

    private static MockHttpServletRequestBuilder validProgram() {
        return programWithPrimary("OPERATIONAL").param("endDate", "2028-12-31");
    }

    private static MockHttpServletRequestBuilder programWithPrimary(String primary) {
        return post("/plans/1/programs").with(csrf()).param("title", "Boats").param("leadAgencyId", "7")
                .param("authorityIds", "1").param("assistanceTypeCode", "TRAINING").param("recipientTypeCode", "MILITARY")
                .param("categories", "OPERATIONAL").param("primaryCategory", primary).param("horizon", "TACTICAL")
                .param("priority", "HIGH").param("risk", "LOW").param("startDate", "2027-01-01")
                .param("version", "0");
    }

    @Test
    void createsAValidProgram() throws Exception {
        when(programs.create(anyLong(), any())).thenReturn(12L);
        mvc.perform(validProgram().with(PLANNER)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programs/12"));
    }

    @Test
    void primaryOutsideTheSelectionEndBeforeStartAndNegativeCostAreFieldErrors() throws Exception {
        mvc.perform(programWithPrimary("GOVERNANCE").with(PLANNER).param("endDate", "2026-01-01")
                        .param("sustainmentAnnualCost", "-5"))
                .andExpect(status().isOk()).andExpect(view().name("programs/form"))
                .andExpect(model().attributeHasFieldErrorCode("programForm", "primaryCategory", "program.primary.notSelected"))
                .andExpect(model().attributeHasFieldErrorCode("programForm", "endDate", "program.dates.order"))
                .andExpect(model().attributeHasFieldErrors("programForm", "sustainmentAnnualCost"));
        verify(programs, never()).create(anyLong(), any());
    }

    @Test
    void noCategoryAndNoAuthorityAreFieldErrors() throws Exception {
        mvc.perform(post("/plans/1/programs").with(csrf()).with(PLANNER).param("title", "x").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("programForm", "categories", "program.categories.required"))
                .andExpect(model().attributeHasFieldErrorCode("programForm", "authorityIds", "program.authorities.required"))
                .andExpect(model().attributeHasFieldErrors("programForm", "leadAgencyId", "assistanceTypeCode", "horizon",
                        "startDate", "endDate"))
                // a select says what to choose, a date field asks for a date (not "Enter a value.")
                .andExpect(content().string(containsString("Choose an assistance type.")))
                .andExpect(content().string(containsString("Choose the lead agency.")))
                .andExpect(content().string(containsString("Choose a horizon.")))
                .andExpect(content().string(containsString("Enter a date.")));
    }

    @Test
    void serviceRuleViolationsBecomeFieldErrors() throws Exception {
        when(programs.create(anyLong(), any())).thenThrow(new FieldValidationException("leadAgencyId",
                "program.lead.notParticipating"));
        mvc.perform(validProgram().with(PLANNER)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("programForm", "leadAgencyId", "program.lead.notParticipating"));
    }

    /**
     * The service's refusals (stubbed) are answered 403; who may change programs is tested in
     * PlanningIntegrationTests.
     */
    @Test
    void refusalsOfTheProgramServiceToCreateOrEditAreAnswered403AndNothingIsCreated() throws Exception {
        when(programs.checkCanCreate(1L)).thenThrow(new AccessDeniedException("no"));
        doThrow(new AccessDeniedException("no")).when(programs).checkCanEdit(12L);
        mvc.perform(validProgram().with(EVALUATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/1/programs/new").with(EVALUATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/programs/12/edit").with(EVALUATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/programs/12/funding").with(csrf()).with(EVALUATOR).param("fiscalYear", "2027"))
                .andExpect(status().isForbidden());
        verify(programs, never()).create(anyLong(), any());
    }

    @Test
    void negativeFundingIsAFieldErrorAndNothingIsSaved() throws Exception {
        when(programDetails.get(12L)).thenReturn(detail());
        when(programDetails.suggestion(12L)).thenReturn(new CategorySuggestion(List.of(ObjectiveCategory.OPERATIONAL), List.of("rule")));
        when(programs.canEdit(12L)).thenReturn(true);
        mvc.perform(post("/programs/12/funding").with(csrf()).with(PLANNER).param("fiscalYear", "2027")
                        .param("fundingAccount", "INCLE").param("requested", "-1").param("allocated", "0")
                        .param("obligated", "0").param("disbursed", "0"))
                .andExpect(status().isOk()).andExpect(view().name("programs/detail"))
                .andExpect(model().attributeHasFieldErrors("fundingLineForm", "requested"));
        verify(programs, never()).saveFundingLine(anyLong(), any(FundingLineCommand.class));
    }

    static ProgramDetail detail() {
        return new ProgramDetail(12L, 0L, 1L, "Plan", 10L, "Colombia", 2027, 2029, "Boats", null, 7L, "INL – Narcotics",
                Set.of(), List.of(), Set.of(1L), List.of(), "TRAINING", "Training", null, null, "MILITARY", "Military",
                Set.of(), List.of(), Set.of(ObjectiveCategory.OPERATIONAL), ObjectiveCategory.OPERATIONAL, Horizon.TACTICAL,
                Level.HIGH, Level.LOW, ProgramStatus.PROPOSED, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), null,
                null, null, null, List.of(), new ProgramDetail.Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO), Instant.now(), "planner");
    }

    @Test
    void aStaleSaveShowsTheProgramConflictPage() throws Exception {
        when(programDetails.get(12L)).thenReturn(detail());
        when(plans.context(1L)).thenReturn(new PlanContext(1L, "Plan", 10L, 2027, 2029, 3L, Set.of(7L), PlanStatus.DRAFT));
        doThrow(new StaleEditException("Program", 12L)).when(programs)
                .update(ArgumentMatchers.eq(12L), anyLong(), any());
        mvc.perform(post("/programs/12").with(csrf()).with(PLANNER).param("title", "My new title").param("leadAgencyId", "7")
                        .param("authorityIds", "1").param("assistanceTypeCode", "TRAINING").param("categories", "OPERATIONAL")
                        .param("primaryCategory", "OPERATIONAL").param("horizon", "TACTICAL").param("priority", "HIGH")
                        .param("risk", "LOW").param("startDate", "2027-01-01").param("endDate", "2028-01-01")
                        .param("version", "0"))
                .andExpect(status().isConflict()).andExpect(view().name("error/conflict"))
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.allOf(Matchers.containsString("My new title"),
                                Matchers.containsString("Boats"))))
                // labels, not codes, from the program's one field description (ProgramFields)
                .andExpect(model().attribute("rows", Matchers.hasItem(new ConflictRow("program.horizon", "Tactical",
                        "Tactical"))));
    }

    @Test
    void htmxGetsOnlyTheResultsFragment() throws Exception {
        when(programSearch.search(any(), any(ListSort.class), any())).thenReturn(Page.empty());
        mvc.perform(get("/programs").param("country", "CO").param("q", "maritime").header("HX-Request", "true").with(EVALUATOR))
                .andExpect(status().isOk()).andExpect(view().name("programs/list :: results"));
        when(reference.countries()).thenReturn(List.of());
        mvc.perform(get("/programs").with(EVALUATOR)).andExpect(status().isOk()).andExpect(view().name("programs/list"));
    }

    @Test
    void theSearchParametersKeepTheirNamesAndArePassedAsOneFilterWithThePage() throws Exception {
        when(programSearch.search(any(), any(ListSort.class), any())).thenReturn(Page.empty());
        mvc.perform(get("/programs").param("country", " co ").param("agency", "3").param("authority", "4")
                        .param("assistanceType", "TRAINING").param("recipientType", "").param("domain", "MARITIME")
                        .param("category", "OPERATIONAL").param("status", "ACTIVE").param("horizon", "TACTICAL")
                        .param("fy", "2027").param("q", " boats ").param("sort", "TITLE").param("page", "2")
                        .header("HX-Request", "true").with(EVALUATOR))
                .andExpect(status().isOk()).andExpect(model().attribute("sort", ProgramSort.TITLE));
        verify(programSearch).search(new ProgramFilter("co", 3L, 4L, "TRAINING", null, "MARITIME",
                ObjectiveCategory.OPERATIONAL, ProgramStatus.ACTIVE, Horizon.TACTICAL, 2027, "boats"),
                ProgramSearchService.order(ProgramSort.TITLE, null), PageRequest.of(2, 20));
    }

    @Test
    void withoutParametersTheSearchShowsTheFirstTwentyMostRecentlyUpdatedAndPagesStayBounded() throws Exception {
        when(programSearch.search(any(), any(ListSort.class), any())).thenReturn(Page.empty());
        mvc.perform(get("/programs").header("HX-Request", "true").with(EVALUATOR)).andExpect(status().isOk());
        mvc.perform(get("/programs").param("page", "-3").header("HX-Request", "true").with(EVALUATOR))
                .andExpect(status().isOk());
        verify(programSearch, times(2)).search(ProgramFilter.none(),
                ProgramSearchService.order(ProgramSort.UPDATED, null), PageRequest.of(0, 20));
        mvc.perform(get("/programs").param("size", "5000").header("HX-Request", "true").with(EVALUATOR))
                .andExpect(status().isOk());
        verify(programSearch).search(ProgramFilter.none(),
                ProgramSearchService.order(ProgramSort.UPDATED, null), PageRequest.of(0, 100));
    }

    @Test
    void anUnknownFilterValueIsABadRequest() throws Exception {
        mvc.perform(get("/programs").param("status", "NOT_A_STATUS").with(EVALUATOR)).andExpect(status().isBadRequest());
        mvc.perform(get("/programs").param("sort", "NOPE").with(EVALUATOR)).andExpect(status().isBadRequest());
        verify(programSearch, never()).search(any(), any(ListSort.class), any());
    }
}
