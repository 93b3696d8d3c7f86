package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserFilter;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.Role;

/** Five wrong passwords lock the account for the configured time; administrators see and lift the lock. */
@SsaIntegrationTest
class LoginLockoutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilAnAdminUnlocksIt() throws Exception {
        CreatedUser user = createUser();

        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(user.username()).password("wrong-" + attempt)).andExpect(unauthenticated());
        }
        signInAsAdmin();
        assertThat(users.get(user.id()).locked()).isFalse();
        TestUsers.signOut();

        mvc.perform(formLogin("/login").user(user.username()).password("wrong-5")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(user.username()).password(user.oneTimePassword()))
                .andExpect(unauthenticated());

        signInAsAdmin();
        assertThat(users.get(user.id()).locked()).isTrue();
        assertThat(users.search(new UserFilter(user.username(), null, null, null),
                PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(summary -> assertThat(summary.locked()).isTrue());
        users.unlock(user.id());
        TestUsers.signOut();

        mvc.perform(formLogin("/login").user(user.username()).password(user.oneTimePassword()))
                .andExpect(authenticated().withUsername(user.username()));
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfFailures() throws Exception {
        CreatedUser user = createUser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(user.username()).password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(user.username()).password(user.oneTimePassword())).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(user.username()).password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(user.username()).password(user.oneTimePassword())).andExpect(authenticated());
    }

    @Test
    void theFirstAdministratorSignsInWithThePasswordFromConfiguration() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("Test-Admin-Password-1"))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    private CreatedUser createUser() {
        signInAsAdmin();
        try {
            long agencyId = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
            return users.create(new UserCommand("lockout." + UUID.randomUUID().toString().substring(0, 8), "Lockout Test",
                    null, null, agencyId, EnumSet.of(Role.PLANNER)));
        } finally {
            TestUsers.signOut();
        }
    }

    private void signInAsAdmin() {
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
    }
}
