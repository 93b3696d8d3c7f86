package org.ssaplanner.authorities.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.AuthorityDetail;
import org.ssaplanner.authorities.AuthorityDuration;
import org.ssaplanner.authorities.AuthorityFilter;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthorityStatus;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.CarriedExceptionCommand;
import org.ssaplanner.authorities.ExceptionApplies;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;

@WebMvcTest(AuthorityController.class)
@Import(WebSliceTestConfiguration.class)
class AuthorityControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuthorityService authorities;
    @MockitoBean
    AgencyService agencies;
    @MockitoBean
    ReferenceDataService reference;

    @Test
    void everyRoleReadsTheCatalogueWithStatus() throws Exception {
        given(authorities.search(any(), any())).willReturn(new PageImpl<>(List.of(new AuthoritySummary(7, "SEC9",
                "10 U.S.C. 999", "Old authority", Statute.TITLE_10, SourceAct.TITLE_10, ProgramCategory.SECURITY_COOPERATION,
                "O&M", 1, LocalDate.of(2020, 1, 1), null))));
        mvc.perform(get("/authorities").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("10 U.S.C. 999")))
                .andExpect(content().string(Matchers.containsString("Expired")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("New authority"))));
    }

    @Test
    void viewersAndPlannersCannotOpenOrPostTheForm() throws Exception {
        mvc.perform(get("/authorities/new").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/authorities").with(user("p").roles("PLANNER")).with(csrf())
                .param("shortName", "X").param("citation", "Y")).andExpect(status().isForbidden());
        mvc.perform(post("/authorities/3").with(user("p").roles("PLANNER")).with(csrf())
                .param("shortName", "X")).andExpect(status().isForbidden());
        verify(authorities, never()).create(any());
        verify(authorities, never()).update(anyLong(), anyLong(), any());
    }

    @Test
    void adminSeesFieldErrorsAndBusinessRuleErrorsNextToTheField() throws Exception {
        mvc.perform(validPost().param("notificationDays", "400"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("authorityForm", "notificationDays"));
        given(authorities.create(any())).willThrow(new FieldValidationException("citation", "authority.citation.duplicate"));
        mvc.perform(validPost())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("authorityForm", "citation"))
                .andExpect(content().string(Matchers.containsString("Another authority already has this citation.")));
    }

    @Test
    void adminCreatesAndIsRedirected() throws Exception {
        given(authorities.create(any())).willReturn(42L);
        mvc.perform(validPost()).andExpect(redirectedUrl("/authorities/42"));
    }

    private MockHttpServletRequestBuilder validPost() {
        return post("/authorities").with(user("a").roles("ADMIN")).with(csrf())
                .param("shortName", "NEW1").param("citation", "10 U.S.C. 1").param("title", "T")
                .param("statute", "TITLE_10").param("sourceAct", "TITLE_10").param("category", "SECURITY_COOPERATION")
                .param("managingAgencyId", "1").param("fundingAccount", "O&M").param("duration", "PERMANENT");
    }

    @Test
    void theFiltersKeepTheirQueryNamesArriveTrimmedAndTheListIsPagedByShortName() throws Exception {
        given(authorities.search(any(), any())).willReturn(new PageImpl<>(List.of()));
        mvc.perform(get("/authorities").param("q", "  333 ").param("statute", "TITLE_10").param("agency", "2")
                .param("assistanceType", "TRAINING").param("recipientType", " ").param("status", "ACTIVE")
                .param("page", "1").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk());
        verify(authorities).search(new AuthorityFilter("333", Statute.TITLE_10, 2L, "TRAINING", null,
                AuthorityStatus.ACTIVE), PageRequest.of(1, 25, Sort.by("shortName").and(Sort.by("id"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        given(authorities.search(any(), any())).willReturn(new PageImpl<>(List.of(new AuthoritySummary(7, "SEC9",
                "10 U.S.C. 999", "Old authority", Statute.TITLE_10, SourceAct.TITLE_10, ProgramCategory.SECURITY_COOPERATION,
                "O&M", 1, LocalDate.of(2020, 1, 1), null))));
        mvc.perform(get("/authorities").param("statute", "TITLE_10").header("HX-Request", "true")
                .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"authority-results\"")))
                .andExpect(content().string(Matchers.containsString("10 U.S.C. 999")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<form"))));
    }

    @Test
    void onlyAdministratorsRecordTheExceptionsAnAuthorityCarriesAndMistakesShowNextToTheField() throws Exception {
        mvc.perform(post("/authorities/3/exceptions").with(user("p").roles("PLANNER")).with(csrf())
                .param("exceptionId", "5").param("applies", "ALWAYS").param("scope", "s"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/authorities/3/exceptions/9/delete").with(user("p").roles("PLANNER")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(authorities, never()).carryException(anyLong(), any());
        verify(authorities, never()).stopCarrying(anyLong(), anyLong());

        given(authorities.get(3)).willReturn(new AuthorityDetail(3, 0, "INCLE", "22 U.S.C. 2291", "FAA s.481",
                "International Narcotics Control and Law Enforcement", Statute.TITLE_22, SourceAct.FAA,
                ProgramCategory.SECURITY_ASSISTANCE, 1, "INCLE", AuthorityDuration.PERMANENT, null, 15, null, null,
                null, List.of(), List.of("POLICE"), Instant.now(), "system"));
        given(authorities.restrictionsWithExceptions()).willReturn(List.of(new RestrictionDetail(1, 0, "FAA_660",
                "22 U.S.C. 2420, FAA s.660", "Police training prohibition", "summary", true, "SecState",
                RestrictionSeverity.BLOCKING, "recipient_type = POLICE", List.of(new RestrictionDetail.StatutoryException(
                        5, "NARCOTICS_DEA_FBI", "FAA s.660(b)(1)", "Narcotics control")), Instant.now(), "system")));
        mvc.perform(post("/authorities/3/exceptions").with(user("a").roles("ADMIN")).with(csrf())
                .param("applies", "WHEN_CONDITION_HOLDS"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("carriedExceptionForm", "exceptionId", "scope"));
        willThrow(new FieldValidationException("conditionText", "authority.exception.condition.required"))
                .given(authorities).carryException(anyLong(), any());
        mvc.perform(post("/authorities/3/exceptions").with(user("a").roles("ADMIN")).with(csrf())
                .param("exceptionId", "5").param("applies", "WHEN_CONDITION_HOLDS").param("conditionText", " ")
                .param("scope", "narcotics control"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("carriedExceptionForm", "conditionText"))
                .andExpect(content().string(Matchers.containsString("Enter the condition the program must meet.")))
                .andExpect(content().string(Matchers.containsString("narcotics control")))
                .andExpect(content().string(Matchers.containsString("FAA s.660(b)(1) – Narcotics control")));
    }

    @Test
    void anAdministratorRecordsAnExceptionAndIsRedirectedToTheAuthority() throws Exception {
        mvc.perform(post("/authorities/3/exceptions").with(user("a").roles("ADMIN")).with(csrf())
                .param("exceptionId", "5").param("applies", "WHEN_CONDITION_HOLDS")
                .param("conditionText", "capability_domain = COUNTERNARCOTICS").param("scope", "narcotics control"))
                .andExpect(redirectedUrl("/authorities/3"));
        verify(authorities).carryException(3, new CarriedExceptionCommand(5L, ExceptionApplies.WHEN_CONDITION_HOLDS,
                "capability_domain = COUNTERNARCOTICS", "narcotics control"));
        // the removal is confirmed (issue 13: irreversible actions ask first; IrreversibleActionsIntegrationTests)
        mvc.perform(post("/authorities/3/exceptions/9/delete").param("confirm", "true").with(user("a").roles("ADMIN"))
                .with(csrf()))
                .andExpect(redirectedUrl("/authorities/3"));
        verify(authorities).stopCarrying(3, 9);
    }
}
