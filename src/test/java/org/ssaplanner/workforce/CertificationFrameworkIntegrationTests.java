package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.Role;

/** The certification framework on PostgreSQL: the seed, and only administrators change it. */
@SsaIntegrationTest
class CertificationFrameworkIntegrationTests {

    @Autowired
    CertificationFrameworkService framework;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void dodLevelsAreSeededWithTheEarlierOnesRetiredAndNoAreaIsClaimedConfirmed() {
        TestUsers.signInAs("viewer", 1, Role.VIEWER);
        assertThat(framework.levels()).filteredOn(l -> l.scheme().equals("DOD_SCW") && !l.retired())
                .extracting(LevelView::name).containsSubsequence("Foundational", "Practitioner", "Expert", "Executive");
        assertThat(framework.levels()).filteredOn(LevelView::retired).extracting(LevelView::code)
                .contains("BASIC", "INTERMEDIATE", "ADVANCED");
        assertThat(framework.areas()).filteredOn(a -> a.code().equals("AME")).singleElement()
                .satisfies(a -> assertThat(a.confirmed()).isFalse());
    }

    @Test
    void onlyAdministratorsChangeTheFrameworkAndBadInputIsRefusedFieldByField() {
        String code = PlanningFixtures.unique("L").replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        LevelCommand level = new LevelCommand("STATE_TEST", code, "Senior", 2, false, null);
        TestUsers.signInAs("planner", 1, Role.PLANNER);
        assertThatThrownBy(() -> framework.addLevel(level)).isInstanceOf(AccessDeniedException.class);

        TestUsers.signInAs("admin", 1, Role.ADMIN);
        long id = framework.addLevel(level);
        assertThat(framework.level(id).label()).isEqualTo("Senior (STATE_TEST)");
        assertThatThrownBy(() -> framework.addLevel(level)).isInstanceOfSatisfying(FieldValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("code:workforce.level.code.taken"));
        assertThatThrownBy(() -> framework.addLevel(new LevelCommand("bad scheme", "X", " ", 0, false, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("scheme", "name", "rank"));
        long version = framework.level(id).version();
        framework.updateLevel(id, version, new LevelCommand("STATE_TEST", code, "Senior", 2, true, "old"));
        assertThat(framework.level(id).retired()).isTrue();
        assertThatThrownBy(() -> framework.updateLevel(id, version, level)).isInstanceOf(StaleEditException.class);
    }
}
