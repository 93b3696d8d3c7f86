package org.ssaplanner.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.accounts.AccountService;
import org.ssaplanner.accounts.PersonalAccessTokenService;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.shared.security.Role;

/**
 * The password form, built from the shared field fragment: a refused change shows the message next to its field,
 * the field is aria-invalid and names the message, and no password typed comes back in the page.
 */
@WebMvcTest(AccountController.class)
@Import(WebSliceTestConfiguration.class)
class PasswordFormFieldsTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountService account;

    @MockitoBean
    PersonalAccessTokenService tokens;

    @Test
    void aRefusedChangeMarksTheFieldAndNeverEchoesAPassword() throws Exception {
        when(account.minPasswordLength()).thenReturn(12);
        when(tokens.suggestedExpiry()).thenReturn(LocalDate.of(2027, 3, 1));
        when(tokens.latestExpiry()).thenReturn(LocalDate.of(2027, 12, 1));
        doThrow(new UserValidationException("confirmPassword", "password.confirmation.mismatch")).when(account)
                .changePassword(any(), any(), any(), any());
        Document page = Jsoup.parse(mvc.perform(post("/account/password").with(csrf())
                        .with(user(TestUsers.user(3, "planner", 7, Role.PLANNER)))
                        .param("currentPassword", "Old-secret-1").param("newPassword", "New-secret-typed")
                        .param("confirmPassword", "Other-secret-typed"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Element confirm = page.getElementById("confirmPassword");
        assertThat(confirm.attr("type")).isEqualTo("password");
        assertThat(confirm.attr("aria-invalid")).isEqualTo("true");
        assertThat(confirm.attr("aria-describedby")).isEqualTo("confirmPassword-error");
        assertThat(page.getElementById("confirmPassword-error").text()).isEqualTo("The two new passwords differ.");
        assertThat(page.getElementById("newPassword").attr("aria-describedby")).isEqualTo("newPassword-help");
        assertThat(page.getElementById("newPassword-help").text()).startsWith("At least 12 characters");
        assertThat(page.getElementById("currentPassword").attr("autocomplete")).isEqualTo("current-password");
        for (Element input : page.select("input[type=password]")) {
            assertThat(input.attr("value")).as(input.id()).isEmpty();
            assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(page.html()).doesNotContain("secret-typed").doesNotContain("Old-secret-1");
    }
}
