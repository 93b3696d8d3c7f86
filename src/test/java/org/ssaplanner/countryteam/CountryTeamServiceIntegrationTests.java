package org.ssaplanner.countryteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** The country team on PostgreSQL, per role: who adds, edits and removes which entries; continuity; history. */
@SsaIntegrationTest
class CountryTeamServiceIntegrationTests {

    /** Uruguay: no other test keeps a team there. */
    private static final String ISO3 = "URY";

    @Autowired
    CountryTeamService team;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    PlanService plans;
    @Autowired
    ProgramService programs;

    private PlanningFixtures fixtures;
    private long inl;
    private long dsca;
    private long dos;
    private CurrentUser inlPlanner;
    private CurrentUser dscaPlanner;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        dos = fixtures.agency("DOS");
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPlannerAddsAndChangesTheEntriesOfTheirOwnAgencyOnly() {
        TestUsers.signIn(inlPlanner);
        String name = PlanningFixtures.unique("INL Director ");
        long member = team.addMember(ISO3, command(TeamRole.INL_SECTION, name, inl, null));
        MemberView added = member(member);
        assertThat(added.agencyCode()).isEqualTo("INL");
        assertThat(added.editable()).isTrue();

        // a planner of another agency reads the entry but may neither change it nor add one for INL
        TestUsers.signIn(dscaPlanner);
        assertThat(member(member).editable()).isFalse();
        assertThatThrownBy(() -> team.updateMember(ISO3, member, added.version(), command(TeamRole.INL_SECTION,
                name + " changed", inl, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.removeMember(ISO3, member)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.addMember(ISO3, command(TeamRole.INL_SECTION, "x", inl, null)))
                .isInstanceOf(AccessDeniedException.class);
        // nor move their own entry to an agency not theirs
        long own = team.addMember(ISO3, command(TeamRole.SECURITY_COOPERATION_CHIEF,
                PlanningFixtures.unique("SCO chief "), dsca, null));
        assertThatThrownBy(() -> team.updateMember(ISO3, own, member(own).version(),
                command(TeamRole.SECURITY_COOPERATION_CHIEF, "moved", inl, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(member(own).agencyCode()).isEqualTo("DSCA");

        // a State planner changes the entries of State's bureaus (INL is below State in the tree)
        CurrentUser statePlanner = fixtures.user("DOS", Role.PLANNER);
        TestUsers.signIn(statePlanner);
        team.updateMember(ISO3, member, member(member).version(), command(TeamRole.INL_SECTION, name + " (acting)",
                inl, null));
        assertThat(member(member).name()).isEqualTo(name + " (acting)");
        assertThat(statePlanner.agencyId()).isEqualTo(dos);

        // an administrator changes and removes any entry
        fixtures.signInAsAdmin();
        team.removeMember(ISO3, own);
        assertThatThrownBy(() -> team.member(ISO3, own)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void evaluatorsAndOversightUsersReadButChangeNothing() {
        fixtures.signInAsAdmin();
        long member = team.addMember(ISO3, command(TeamRole.CHIEF_OF_MISSION, PlanningFixtures.unique("Ambassador "),
                dos, null));
        long post = team.addPost(ISO3, new PostCommand(PostKind.EMBASSY, PlanningFixtures.unique("US Embassy "),
                "Montevideo", dos));
        for (Role role : List.of(Role.EVALUATOR, Role.VIEWER)) {
            TestUsers.signIn(fixtures.user("DOS", role));
            assertThat(team.team(ISO3).members()).extracting(MemberView::id).contains(member);
            assertThat(team.team(ISO3).canAdd()).isFalse();
            assertThatThrownBy(() -> team.checkCanAdd(ISO3)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> team.addMember(ISO3, command(TeamRole.OTHER, "x", dos, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> team.removeMember(ISO3, member)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> team.addPost(ISO3, new PostCommand(PostKind.CONSULATE, "x", null, dos)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> team.removePost(ISO3, post)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        TestUsers.signIn(inlPlanner);
        int before = team.team(ISO3).members().size();
        assertThatThrownBy(() -> team.addMember(ISO3, new MemberCommand(null, " ", null, null, null,
                today, today.minusDays(1))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldValidationException.Violation::field)
                        .containsExactly("role", "name", "agencyId", "tourEnd"));
        // a post of another country
        fixtures.signInAsAdmin();
        long otherCountrysPost = team.addPost("PRY", new PostCommand(PostKind.EMBASSY,
                PlanningFixtures.unique("US Embassy "), "Asunción", dos));
        TestUsers.signIn(inlPlanner);
        assertThatThrownBy(() -> team.addMember(ISO3, command(TeamRole.INL_SECTION, "x", inl, otherCountrysPost)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("postId"));
        assertThat(team.team(ISO3).members()).hasSize(before);
        assertThatThrownBy(() -> team.team("XYZ")).isInstanceOf(NotFoundException.class);
        // the alpha-2 code is not the roster's address
        assertThatThrownBy(() -> team.team("UY")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleEditIsRefused() {
        TestUsers.signIn(inlPlanner);
        long member = team.addMember(ISO3, command(TeamRole.INL_SECTION, PlanningFixtures.unique("INL "), inl, null));
        long opened = member(member).version();
        team.updateMember(ISO3, member, opened, command(TeamRole.INL_SECTION, "First save", inl, null));
        assertThatThrownBy(() -> team.updateMember(ISO3, member, opened, command(TeamRole.INL_SECTION, "Second save",
                inl, null))).isInstanceOf(StaleEditException.class);
        assertThat(member(member).name()).isEqualTo("First save");
    }

    @Test
    void toursEndingWithinSixMonthsAreFlagged() {
        TestUsers.signIn(inlPlanner);
        String prefix = PlanningFixtures.unique("Tour ");
        long soon = team.addMember(ISO3, new MemberCommand(TeamRole.INL_SECTION, prefix + "soon", inl, null, null,
                today.minusYears(2), today.plusMonths(5)));
        long ended = team.addMember(ISO3, new MemberCommand(TeamRole.INL_SECTION, prefix + "ended", inl, null, null,
                today.minusYears(3), today.minusDays(3)));
        long later = team.addMember(ISO3, new MemberCommand(TeamRole.INL_SECTION, prefix + "later", inl, null, null,
                today.minusMonths(2), today.plusMonths(7)));
        assertThat(member(soon).tour()).isEqualTo(TourStatus.ENDING);
        assertThat(member(ended).tour()).isEqualTo(TourStatus.ENDED);
        assertThat(member(later).tour()).isEqualTo(TourStatus.CURRENT);
        assertThat(team.team(ISO3).flaggedTours()).extracting(MemberView::id).contains(soon, ended)
                .doesNotContain(later);
    }

    @Test
    void theHistoryRecordsEveryChangeWithWhoAndWhen() {
        TestUsers.signIn(inlPlanner);
        String name = PlanningFixtures.unique("Historic ");
        long post = team.addPost(ISO3, new PostCommand(PostKind.ATTACHE_OFFICE, name + " office", null, inl));
        long member = team.addMember(ISO3, command(TeamRole.INL_SECTION, name, inl, post));
        team.updateMember(ISO3, member, member(member).version(), new MemberCommand(TeamRole.INL_SECTION, name, inl,
                post, "inl-office@example.gov", null, null));
        team.removePost(ISO3, post);
        assertThat(member(member).postId()).isNull();
        team.removeMember(ISO3, member);

        List<TeamChange> history = team.team(ISO3).history().stream().filter(c -> c.subject().startsWith(name))
                .toList();
        assertThat(history).extracting(TeamChange::changeType)
                .containsExactly("DEL", "DEL", "MOD", "MOD", "ADD", "ADD");
        assertThat(history).allSatisfy(c -> assertThat(c.changedBy()).isEqualTo(inlPlanner.getUsername()));
        TeamChange contact = history.stream().filter(c -> c.changes().stream()
                .anyMatch(f -> f.field().equals("contact"))).findFirst().orElseThrow();
        assertThat(contact.subjectKey()).isEqualTo("team.history.member");
        assertThat(contact.changes()).extracting(f -> f.after()).contains("inl-office@example.gov");
        TeamChange leftPost = history.stream().filter(c -> c.changeType().equals("MOD") && c.changes().stream()
                .anyMatch(f -> f.field().equals("post"))).findFirst().orElseThrow();
        assertThat(leftPost.changes()).anySatisfy(f -> {
            assertThat(f.before()).isEqualTo(name + " office");
            assertThat(f.after()).isEmpty();
        });
    }

    @Test
    void theConductorNamesThePlansPointsOfContactAmongItsCountrysTeam() {
        long plan = fixtures.plan(inlPlanner, "UY", Set.of(inl));
        TestUsers.signIn(inlPlanner);
        long contact = team.addMember(ISO3, command(TeamRole.INL_SECTION, PlanningFixtures.unique("POC "), inl, null));
        fixtures.signInAsAdmin();
        long elsewhere = team.addMember("PRY", command(TeamRole.CHIEF_OF_MISSION, PlanningFixtures.unique("Amb "), dos,
                null));

        TestUsers.signIn(inlPlanner);
        team.namePointsOfContact(plan, Set.of(contact));
        PlanTeam planTeam = team.planTeam(plan);
        assertThat(planTeam.contacts()).extracting(MemberView::id).containsExactly(contact);
        assertThat(planTeam.canName()).isTrue();
        assertThatThrownBy(() -> team.namePointsOfContact(plan, Set.of(contact, elsewhere)))
                .isInstanceOf(FieldValidationException.class);
        assertThat(team.planTeam(plan).pointsOfContact()).containsExactly(contact);

        // only the conductor (and administrators) name them
        TestUsers.signIn(dscaPlanner);
        assertThat(team.planTeam(plan).canName()).isFalse();
        assertThatThrownBy(() -> team.namePointsOfContact(plan, Set.of())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(fixtures.user("INL", Role.VIEWER));
        assertThatThrownBy(() -> team.namePointsOfContact(plan, Set.of())).isInstanceOf(AccessDeniedException.class);

        // a member who leaves the team is no longer a point of contact
        TestUsers.signIn(inlPlanner);
        team.removeMember(ISO3, contact);
        assertThat(team.planTeam(plan).pointsOfContact()).isEmpty();
    }

    private MemberView member(long id) {
        return team.member(ISO3, id);
    }

    private static MemberCommand command(TeamRole role, String name, long agencyId, Long postId) {
        return new MemberCommand(role, name, agencyId, postId, null, null, null);
    }
}
