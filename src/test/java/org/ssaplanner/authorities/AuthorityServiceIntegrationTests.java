package org.ssaplanner.authorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.security.Role;

@SsaIntegrationTest
class AuthorityServiceIntegrationTests {

    @Autowired
    AuthorityService authorities;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcTemplate jdbc;

    long dsca;
    /** Authorities this test created; removed afterwards because other tests check the seeded catalogue exactly. */
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void signIn() {
        TestUsers.signInAs("authority-admin", 1, Role.ADMIN);
        dsca = agencies.tree().stream().filter(a -> a.code().equals("DSCA")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void cleanUp() {
        TestUsers.signOut();
        created.forEach(id -> jdbc.update("delete from authority where id = ?", id));
    }

    @Test
    void seededCatalogueIsSearchableByStatuteAgencyTypesAndText() {
        var title22 = authorities.search(new AuthorityFilter(null, Statute.TITLE_22, null, null, null, null), PageRequest.of(0, 100));
        assertThat(title22.getContent()).extracting(AuthoritySummary::shortName).contains("INCLE", "IMET", "PKO", "ATA", "FMF")
                .doesNotContain("SEC333");
        var police = authorities.search(new AuthorityFilter(null, null, null, null, "POLICE", null), PageRequest.of(0, 100));
        assertThat(police.getContent()).extracting(AuthoritySummary::shortName).contains("INCLE", "PKO", "ATA").doesNotContain("FMF");
        var exercise = authorities.search(new AuthorityFilter(null, null, dsca, "EXERCISE", null, AuthorityStatus.ACTIVE), PageRequest.of(0, 100));
        assertThat(exercise.getContent()).extracting(AuthoritySummary::shortName).containsExactly("SEC321");
        var text = authorities.search(new AuthorityFilter("2349aa", null, null, null, null, null), PageRequest.of(0, 100));
        assertThat(text.getContent()).extracting(AuthoritySummary::shortName).containsExactly("ATA");
    }

    @Test
    void createsTemporaryAuthorityAndFiltersItAsExpired() {
        String name = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = authorities.create(command(name, "10 U.S.C. 9" + name, AuthorityDuration.TEMPORARY, LocalDate.of(2020, 9, 30), 30));
        created.add(id);
        var detail = authorities.get(id);
        assertThat(detail.sunsetDate()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(detail.recipientTypeCodes()).containsExactly("MILITARY");
        var expired = authorities.search(new AuthorityFilter(name, null, null, null, null, AuthorityStatus.EXPIRED), PageRequest.of(0, 10));
        assertThat(expired.getContent()).extracting(AuthoritySummary::id).containsExactly(id);
        var active = authorities.search(new AuthorityFilter(name, null, null, null, null, AuthorityStatus.ACTIVE), PageRequest.of(0, 10));
        assertThat(active.getContent()).isEmpty();
        assertThat(authorities.byIds(Set.of(id)).get(id).expiredOn(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(authorities.history(id)).hasSize(1);
    }

    @Test
    void refusesDuplicateCitationMissingSunsetAndBadNotificationDays() {
        assertThatThrownBy(() -> authorities.create(command("DUPX" + System.nanoTime() % 10000, "22 U.S.C. 2291", AuthorityDuration.PERMANENT, null, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("citation"));
        assertThatThrownBy(() -> authorities.create(command("SUNX" + System.nanoTime() % 10000, "unique " + UUID.randomUUID(), AuthorityDuration.TEMPORARY, null, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("sunsetDate"));
        assertThatThrownBy(() -> authorities.create(command("NOTX" + System.nanoTime() % 10000, "unique " + UUID.randomUUID(), AuthorityDuration.PERMANENT, null, 400)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("notificationDays"));
    }

    @Test
    void theHistoryNamesTheFieldsByTheirLabelsAndShowsAgencyNamesAndStatuteLabels() {
        String name = "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = authorities.create(command(name, "10 U.S.C. 8" + name, AuthorityDuration.PERMANENT, null, null));
        created.add(id);
        long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
        AuthorityCommand changed = new AuthorityCommand(name, "10 U.S.C. 8" + name, null, "Test authority " + name,
                Statute.TITLE_22, SourceAct.FAA, ProgramCategory.SECURITY_ASSISTANCE, inl, "INCLE",
                AuthorityDuration.PERMANENT, null, 15, null, "Countries", null, Set.of("TRAINING"), Set.of("MILITARY"));
        authorities.update(id, authorities.get(id).version(), changed);

        List<HistoryEntry.FieldChange> update = authorities.history(id).get(0).changes();
        assertThat(update).extracting(HistoryEntry.FieldChange::labelKey).doesNotContainNull()
                .contains("authority.statute", "authority.managingAgency", "authority.sourceAct");
        assertThat(update).filteredOn(c -> c.field().equals("statute")).singleElement()
                .satisfies(c -> assertThat(List.of(c.before(), c.after())).containsExactly("Title 10", "Title 22"));
        assertThat(update).filteredOn(c -> c.field().equals("managingAgency")).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).startsWith("DSCA – ");
                    assertThat(c.after()).startsWith("INL – ");
                });
        assertThat(update).filteredOn(c -> c.field().equals("category")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("Security assistance"));
        assertThat(update).extracting(HistoryEntry.FieldChange::after).doesNotContain("TITLE_22", "FAA",
                String.valueOf(inl));
    }

    @Test
    void onlyAdministratorsChangeTheCatalogue() {
        TestUsers.signInAs("authority-planner", 1, Role.PLANNER);
        assertThatThrownBy(() -> authorities.create(command("PLNX", "unique " + UUID.randomUUID(), AuthorityDuration.PERMANENT, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AuthorityCommand command(String shortName, String citation, AuthorityDuration duration, LocalDate sunset, Integer days) {
        return new AuthorityCommand(shortName, citation, null, "Test authority " + shortName, Statute.TITLE_10, SourceAct.TITLE_10,
                ProgramCategory.SECURITY_COOPERATION, dsca, "O&M, Defense-Wide", duration, sunset, days, null, "Countries",
                null, Set.of("TRAINING"), Set.of("MILITARY"));
    }
}
