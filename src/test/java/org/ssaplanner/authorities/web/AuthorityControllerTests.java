package org.ssaplanner.authorities.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.ssaplanner.authorities.AuthorityFilter;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthorityStatus;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.ProgramCategory;
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
}
