package org.ssaplanner.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
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

import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanProgramRef;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanTransitionException;
import org.ssaplanner.plans.PortfolioBalance;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.Role;

@WebMvcTest({PlanController.class, TheoryOfChangeController.class})
@Import(WebSliceTestConfiguration.class)
class PlanControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanService plans;

    @MockitoBean
    ReferenceDataService reference;

    @MockitoBean
    AgencyService agencies;

    private static final RequestPostProcessor PLANNER =
            user(TestUsers.user(3, "planner", 7, Role.PLANNER));
    private static final RequestPostProcessor VIEWER =
            user(TestUsers.user(4, "viewer", 7, Role.VIEWER));

    private static MockHttpServletRequestBuilder validPlan(String url) {
        return post(url).with(csrf()).param("countryId", "1").param("title", "Colombia plan")
                .param("startFiscalYear", "2027").param("endFiscalYear", "2029")
                .param("desiredEndStates", "Safer ports").param("conductorUserId", "3")
                .param("participatingAgencyIds", "7").param("version", "0");
    }

    @Test
    void theListIsFilteredSortedAndPagedFromItsParameters() throws Exception {
        when(plans.search(any(), any())).thenReturn(Page.empty());
        mvc.perform(get("/plans").param("country", "1").param("status", "DRAFT").param("fy", "2027")
                .param("sort", "title").param("dir", "asc").param("page", "2").with(VIEWER))
                .andExpect(status().isOk()).andExpect(view().name("plans/list"))
                .andExpect(model().attribute("sort", "title")).andExpect(model().attribute("dir", "asc"));
        verify(plans).search(new PlanFilter(1L, null, PlanStatus.DRAFT, null, 2027), PageRequest.of(2, 20,
                Sort.by(Sort.Direction.ASC, "title").and(Sort.by("id"))));
    }

    @Test
    void aNegativePageOrAnUnknownSortIsTheFirstPageNewestFirst() throws Exception {
        when(plans.search(any(), any())).thenReturn(Page.empty());
        mvc.perform(get("/plans").param("sort", "secret").param("dir", "sideways").param("page", "-3").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(model().attribute("sort", "updated")).andExpect(model().attribute("dir", "desc"));
        verify(plans).search(new PlanFilter(null, null, null, null, null), PageRequest.of(0, 20,
                Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        when(plans.search(any(), any())).thenReturn(Page.empty());
        mvc.perform(get("/plans").param("status", "DRAFT").header("HX-Request", "true").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan-results\"")))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void createsAValidPlanAndRedirectsToIt() throws Exception {
        when(plans.create(any())).thenReturn(42L);
        mvc.perform(validPlan("/plans").with(PLANNER))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/plans/42"));
    }

    @Test
    void aSecondConductorIsRefusedWithAFieldMessage() throws Exception {
        mvc.perform(validPlan("/plans").param("conductorUserId", "5").with(PLANNER))
                .andExpect(status().isOk()).andExpect(view().name("plans/form"))
                .andExpect(model().attributeHasFieldErrorCode("planForm", "conductorUserId", "plan.conductor.exactlyOne"));
        verify(plans, never()).create(any());
    }

    @Test
    void missingFieldsAndAReversedSpanAreFieldErrors() throws Exception {
        mvc.perform(post("/plans").with(csrf()).with(PLANNER).param("startFiscalYear", "2029")
                        .param("endFiscalYear", "2027").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("planForm", "title", "countryId", "desiredEndStates"))
                .andExpect(model().attributeHasFieldErrorCode("planForm", "endFiscalYear", "plan.fiscalYears.order"))
                .andExpect(model().attributeHasFieldErrorCode("planForm", "conductorUserId", "plan.conductor.required"));
        verify(plans, never()).create(any(PlanCommand.class));
    }

    /** The service's refusal (stubbed) is answered 403; who may create plans is tested in PlanningIntegrationTests. */
    @Test
    void aRefusalOfThePlanServiceToCreateIsAnswered403AndNothingIsCreated() throws Exception {
        doThrow(new AccessDeniedException("no")).when(plans).checkCanCreate();
        mvc.perform(validPlan("/plans").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/new").with(VIEWER)).andExpect(status().isForbidden());
        verify(plans, never()).create(any());
    }

    /**
     * The service's refusals (stubbed) are answered 403, and where the service does not refuse the controller refuses
     * nothing itself; who may edit plans is tested in PlanningIntegrationTests.
     */
    @Test
    void refusalsOfThePlanServiceToEditOrMoveAPlanAreAnswered403() throws Exception {
        doThrow(new AccessDeniedException("no")).when(plans).checkCanEdit(9L);
        doThrow(new AccessDeniedException("no")).when(plans).transition(eq(9L), any());
        mvc.perform(get("/plans/9/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/plans/9/submit").with(csrf()).with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/plans/9/objectives").with(csrf()).with(VIEWER).param("title", "t").param("category", "GOVERNANCE"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void statusActionsNeedCsrfAndReportIllegalTransitions() throws Exception {
        mvc.perform(post("/plans/9/approve").with(PLANNER)).andExpect(status().isForbidden());
        doThrow(new PlanTransitionException(PlanStatus.DRAFT, PlanStatus.APPROVED)).when(plans)
                .transition(9L, PlanAction.APPROVE);
        mvc.perform(post("/plans/9/approve").with(csrf()).with(PLANNER))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/plans/9"))
                .andExpect(MockMvcResultMatchers.flash()
                        .attribute("flashError", "plan.status.illegal"));
    }

    @Test
    void aStaleSaveShowsTheConflictPageWithBothVersions() throws Exception {
        doThrow(new StaleEditException("CountryPlan", 9L)).when(plans).update(eq(9L), anyLong(), any());
        when(plans.get(9L)).thenReturn(new PlanDetail(9L, 3L, new CountryRef(1, "CO", "COL", "Colombia", 1, "South America", "Americas"),
                "Stored title", 2027, 2029, "Stored end states", new UserRef(3, "planner", "Pat Planner", 7, "INL"),
                List.of(), PlanStatus.DRAFT, List.of(), List.of(), List.of(), Instant.now(), "other"));
        when(reference.countries()).thenReturn(List.of(new CountryRef(1, "CO", "COL", "Colombia", 1, "South America", "Americas")));
        mvc.perform(validPlan("/plans/9").with(PLANNER))
                .andExpect(status().isConflict()).andExpect(view().name("error/conflict"))
                .andExpect(model().attributeExists("rows"))
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.allOf(Matchers.containsString("Stored title"),
                                Matchers.containsString("Colombia plan"))));
    }

    @Test
    void aStaleObjectiveSaveShowsTheConflictPageInsteadOfOverwriting() throws Exception {
        doThrow(new StaleEditException("PlanObjective", 5L)).when(plans).updateObjective(eq(9L), eq(5L), eq(1L), any());
        PlanDetail.Objective stored = new PlanDetail.Objective(5L, 2L, ObjectiveCategory.GOVERNANCE, "Stored objective",
                null, List.of(), Instant.now(), "other");
        when(plans.get(9L)).thenReturn(new PlanDetail(9L, 3L, new CountryRef(1, "CO", "COL", "Colombia", 1, "South America", "Americas"),
                "Plan", 2027, 2029, "End states", new UserRef(3, "planner", "Pat Planner", 7, "INL"),
                List.of(), PlanStatus.DRAFT, List.of(stored), List.of(), List.of(), Instant.now(), "other"));
        mvc.perform(post("/plans/9/objectives/5").with(csrf()).with(PLANNER).param("version", "1")
                        .param("title", "My objective").param("category", "GOVERNANCE"))
                .andExpect(status().isConflict()).andExpect(view().name("error/conflict"))
                .andExpect(content()
                        .string(allOf(containsString("Stored objective"),
                                containsString("My objective"),
                                containsString("/plans/9/objectives/5/edit"))));
    }

    @Test
    void theConductorSeesWhyThereIsNoApproveButton() throws Exception {
        when(plans.get(9L)).thenReturn(new PlanDetail(9L, 3L, new CountryRef(1, "CO", "COL", "Colombia", 1, "South America", "Americas"),
                "Plan", 2027, 2029, "End states", new UserRef(3, "planner", "Pat Planner", 7, "INL"),
                List.of(), PlanStatus.INTERAGENCY_REVIEW, List.of(), List.of(), List.of(), Instant.now(), "other"));
        when(plans.balance(9L)).thenReturn(PortfolioBalance.empty());
        when(plans.canEdit(9L)).thenReturn(true);
        when(plans.canTransition(9L, PlanAction.RETURN_TO_DRAFT)).thenReturn(true);
        when(plans.canTransition(9L, PlanAction.APPROVE)).thenReturn(false);
        mvc.perform(get("/plans/9").with(PLANNER)).andExpect(status().isOk())
                .andExpect(model().attribute("actions", List.of(PlanAction.RETURN_TO_DRAFT)))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"plan-approval-by-others\""),
                                not(containsString("plan-action-approve")))));
    }

    @Test
    void aLargePlanShowsEachOutcomesFirstProgramsAndItsLinkingFormsOnlyForTheOutcomeOpened() throws Exception {
        List<PlanProgramRef> programs = java.util.stream.IntStream.rangeClosed(1, 30)
                .mapToObj(n -> new PlanProgramRef(100 + n, "Program number " + n, "INL", "PROPOSED",
                        ObjectiveCategory.OPERATIONAL, "TACTICAL"))
                .toList();
        PlanDetail.Outcome outcome = new PlanDetail.Outcome(5L, 0L, 4L, "Patrols", null, programs.subList(0, 12),
                Instant.now(), "planner");
        PlanDetail.Objective objective = new PlanDetail.Objective(4L, 0L, ObjectiveCategory.OPERATIONAL,
                "Interdiction", null, List.of(outcome), Instant.now(), "planner");
        when(plans.get(9L)).thenReturn(new PlanDetail(9L, 3L, new CountryRef(1, "CO", "COL", "Colombia", 1,
                "South America", "Americas"), "Plan", 2027, 2029, "End states",
                new UserRef(3, "planner", "Pat Planner", 7, "INL"), List.of(), PlanStatus.DRAFT, List.of(objective),
                programs, programs.subList(12, 30), Instant.now(), "planner"));
        when(plans.balance(9L)).thenReturn(PortfolioBalance.empty());
        when(plans.canEdit(9L)).thenReturn(true);

        String closed = mvc.perform(get("/plans/9").with(PLANNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(occurrences(closed, "data-testid=\"toc-program\"")).isEqualTo(5);
        assertThat(closed).doesNotContain("/plans/9/outcomes/5/programs/101/remove")
                .doesNotContain("data-testid=\"link-program-select\"")
                .contains("/plans/9?outcome=5#outcome-5", "Show all 12 programs and link more",
                        "Program number 25", "and 8 more", "1 of 2")
                .doesNotContain("Program number 26<");

        String open = mvc.perform(get("/plans/9").param("outcome", "5").with(PLANNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(occurrences(open, "data-testid=\"toc-program\"")).isEqualTo(12);
        assertThat(open).contains("/plans/9/outcomes/5/programs/112/remove", "data-testid=\"link-program-select\"");

        String second = mvc.perform(get("/plans/9").param("programsPage", "1").with(PLANNER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Program number 26<", "Program number 30<", "2 of 2");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void unknownPlanIs404() throws Exception {
        when(plans.get(99L)).thenThrow(new NotFoundException("Country plan", 99L));
        mvc.perform(get("/plans/99").with(VIEWER)).andExpect(status().isNotFound());
    }
}
