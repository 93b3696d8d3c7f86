package org.ssaplanner.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.Role;

/** Method security and rules of the user service, on the real database. */
@SsaIntegrationTest
class UserAccountServiceIntegrationTests {

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PLANNER", "EVALUATOR", "VIEWER"})
    void onlyAdministratorsManageUsers(Role role) {
        TestUsers.signInAs("someone", 1, role);
        assertThatThrownBy(() -> users.search(UserFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(command("x" + role.name().toLowerCase())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> users.get(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void usernamesAreUniqueCaseInsensitively() {
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
        String name = "dup." + UUID.randomUUID().toString().substring(0, 8);
        users.create(command(name));
        assertThatThrownBy(() -> users.create(command(name.toUpperCase())))
                .isInstanceOfSatisfying(UserValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.username.duplicate"));
    }

    @Test
    void changesAreRecordedWithWhoAndWhenAndStaleEditsAreRefused() {
        TestUsers.signInAs("history-admin", 1, Role.ADMIN);
        CreatedUser created = users.create(command("hist." + UUID.randomUUID().toString().substring(0, 8)));
        UserDetail before = users.get(created.id());
        users.update(created.id(), before.version(), new UserCommand(before.username(), "Renamed Person", null, null,
                before.agencyId(), EnumSet.of(Role.PLANNER, Role.EVALUATOR)));

        UserDetail after = users.get(created.id());
        assertThat(after.fullName()).isEqualTo("Renamed Person");
        assertThat(after.updatedBy()).isEqualTo("history-admin");
        assertThat(users.history(created.id())).first().satisfies(entry -> {
            assertThat(entry.changedBy()).isEqualTo("history-admin");
            assertThat(entry.changes()).extracting(c -> c.field()).contains("fullName", "roles");
            // issue 13: labelled fields, role names rather than codes
            assertThat(entry.changes()).filteredOn(c -> c.field().equals("roles")).singleElement().satisfies(c -> {
                assertThat(c.labelKey()).isEqualTo("user.roles");
                assertThat(c.after()).isEqualTo("Evaluator, Planner");
            });
        });
        assertThatThrownBy(() -> users.update(created.id(), before.version(), new UserCommand(before.username(),
                "Lost Update", null, null, before.agencyId(), EnumSet.of(Role.PLANNER))))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aResetPasswordIsNewAndRandom() {
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
        CreatedUser created = users.create(command("reset." + UUID.randomUUID().toString().substring(0, 8)));
        String first = users.resetPassword(created.id());
        String second = users.resetPassword(created.id());
        assertThat(first).hasSize(18).isNotEqualTo(second).isNotEqualTo(created.oneTimePassword());
    }

    private UserCommand command(String username) {
        long agencyId = agencies.tree().stream().filter(a -> a.code().equals("DSCA")).findFirst().orElseThrow().id();
        return new UserCommand(username, "Test Person", null, null, agencyId, EnumSet.of(Role.PLANNER));
    }
}
