package org.ssaplanner.accounts.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;

/** SSA_ADMIN_PASSWORD must pass the password rules: a refused one stops the first start with the rule's text. */
class InitialAccountsCreatorTests {

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedAdministratorPasswordStopsTheFirstStartSayingWhichRuleFailed() {
        UserAccountService users = mock(UserAccountService.class);
        AgencyService agencies = mock(AgencyService.class);
        given(users.count()).willReturn(0L);
        given(agencies.tree()).willReturn(List.of(new AgencySummary(1, "DOS", "Department of State", null,
                AgencyKind.DEPARTMENT, true, true, 0)));
        given(users.provision(any(), eq("a"), eq(false)))
                .willThrow(new UserValidationException("password", "password.rule.tooShort", 12));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/accounts");
        InitialAccountsCreator creator = new InitialAccountsCreator(users, agencies,
                mock(ObjectProvider.class), "a", false, messages);

        assertThatThrownBy(() -> creator.start()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SSA_ADMIN_PASSWORD")
                .hasMessageContaining("The password is too short: use at least 12 characters.");
    }

}
