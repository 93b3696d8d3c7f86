package org.ssaplanner.accounts.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserFilter;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.security.Role;

@WebMvcTest(UserAdminController.class)
@Import(WebSliceTestConfiguration.class)
class UserAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAccountService users;

    @MockitoBean
    AgencyService agencies;

    @BeforeEach
    void agencies() {
        List<AgencySummary> tree = List.of(new AgencySummary(1, "DOS", "Department of State", null,
                AgencyKind.DEPARTMENT, true, true, 0));
        given(agencies.tree()).willReturn(tree);
        given(agencies.activeAgencies()).willReturn(tree);
        given(users.search(any(), any())).willReturn(Page.empty());
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLANNER", "EVALUATOR", "VIEWER"})
    void everyRoleButAdminIsForbidden(String role) throws Exception {
        mvc.perform(get("/admin/users").with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user("someone").roles(role)).with(csrf()).param("username", "x"))
                .andExpect(status().isForbidden());
        verify(users, never()).create(any());
    }

    @Test
    void adminSeesTheUserListWithStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void thePagerKeepsTheFilters() throws Exception {
        given(users.search(any(), any())).willReturn(new PageImpl<>(List.of(),
                PageRequest.of(0, 20), 45));
        mvc.perform(get("/admin/users").param("q", "smith").param("role", "PLANNER").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/users?q=smith&amp;role=PLANNER&amp;page=1")))
                .andExpect(content().string(containsString("Page 1 of 3 (45 in all)")));
    }

    @Test
    void theFiltersArriveTrimmedAndTheListIsPagedByUserName() throws Exception {
        mvc.perform(get("/admin/users").param("q", "  smith ").param("agency", "3").param("role", "PLANNER")
                .param("status", "disabled").param("page", "2").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(model().attribute("q", "smith"));
        verify(users).search(new UserFilter("smith", 3L, Role.PLANNER, false),
                PageRequest.of(2, 20, Sort.by("username").and(Sort.by("id"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/admin/users").param("q", "smith").header("HX-Request", "true")
                .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"user-results\"")))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).param("username", "new.user"))
                .andExpect(status().isForbidden());
        verify(users, never()).create(any());
    }

    @Test
    void aTakenUsernameIsShownNextToTheField() throws Exception {
        given(users.create(any(UserCommand.class)))
                .willThrow(new UserValidationException("username", "user.username.duplicate"));
        mvc.perform(validUser())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.username.duplicate"))
                .andExpect(content().string(containsString("This username is taken.")))
                .andExpect(content().string(containsString("id=\"username-error\"")));
    }

    @Test
    void missingFieldsAreReportedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "bad name!").param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "username", "fullName", "email", "agencyId",
                        "roles"))
                .andExpect(content().string(containsString("Choose at least one role.")));
        verify(users, never()).create(any());
    }

    @Test
    void aNewUserIsSavedAndItsPasswordShownOnceAfterRedirect() throws Exception {
        given(users.create(any(UserCommand.class))).willReturn(new CreatedUser(42, "new.user", "Secret-One-Time"));
        mvc.perform(validUser())
                .andExpect(redirectedUrl("/admin/users/42"))
                .andExpect(flash().attribute("oneTimePassword", "Secret-One-Time"));
        // the blank e-mail and job title arrive as null (TrimmedText), as the service stored them before
        verify(users).create(eq(new UserCommand("new.user", "New User", null, null, 1L,
                EnumSet.of(Role.PLANNER))));
    }

    private RequestBuilder validUser() {
        return post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                .param("username", "new.user").param("fullName", "New User").param("email", "")
                .param("jobTitle", "").param("agencyId", "1").param("roles", "PLANNER");
    }
}
