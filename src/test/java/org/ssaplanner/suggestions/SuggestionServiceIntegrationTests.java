package org.ssaplanner.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who else could help, on PostgreSQL with imported ForeignAssistance.gov rows (Guyana: no other test imports it):
 * the reasons and their order, the amounts in the plan's fiscal years only, inviting and dismissing per role.
 */
@SsaIntegrationTest
class SuggestionServiceIntegrationTests {

    @Autowired
    SuggestionService suggestions;
    @Autowired
    ImportService imports;
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
    @Autowired
    JdbcTemplate jdbc;

    private static boolean imported;
    private PlanningFixtures fixtures;
    private long inl;
    private long uscg;
    private CurrentUser conductor;
    private long plan;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        uscg = fixtures.agency("USCG");
        if (!imported) {
            // DOJ obligates 1,000.00 in FY2027 and 500.00 in FY2028 (the plan's years) and 999.00 in FY2031 (not)
            String file = String.join(",", ImportFormat.COMPLETE.headers()) + "\n" + row("GUY-1", "2027", "1000")
                    + "\n" + row("GUY-2", "2028", "500") + "\n" + row("GUY-3", "2031", "999") + "\n";
            TestUsers.signInAs("import-tester", 1, Role.ADMIN);
            long id = imports.submit("guyana.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
            assertThat(await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                    .until(() -> imports.get(id), d -> !d.running()).status()).isEqualTo(ImportStatus.SUCCEEDED);
            imported = true;
        }
        conductor = fixtures.user("INL", Role.PLANNER);
        plan = fixtures.plan(conductor, "GY", Set.of(inl));
        TestUsers.signIn(conductor);
        // a program that needs training in the maritime domain: the Coast Guard's catalogue offers it
        programs.create(plan, ProgramCommandBuilder.program(PlanningFixtures.unique("Coastal patrol training "), inl,
                fixtures.authority("INCLE")).assistanceType("TRAINING").domains("MARITIME").recipientType("COAST_GUARD").build());
        TestUsers.signIn(conductor);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void agenciesActiveInThePlansYearsComeFirstWithTheirAmountsThenCatalogueMatchesThenOftenMissedKinds() {
        PlanSuggestions found = suggestions.forPlan(plan);
        List<String> codes = found.suggestions().stream().map(Suggestion::code).toList();
        assertThat(codes.get(0)).isEqualTo("DOJ");
        Suggestion doj = found.suggestions().get(0);
        assertThat(doj.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.ACTIVE_IN_COUNTRY,
                ReasonKind.OFTEN_MISSED);
        // FY2027 and FY2028 only: the FY2031 obligation is outside the plan's years
        assertThat(doj.obligations()).isEqualByComparingTo("1500.00");
        assertThat(doj.reasons().get(0).firstFiscalYear()).isEqualTo("2027");
        assertThat(doj.reasons().get(0).lastFiscalYear()).isEqualTo("2028");
        assertThat(doj.reasons().get(1).ownBudget()).isFalse();

        Suggestion coastGuard = found.suggestions().stream().filter(s -> s.code().equals("USCG")).findFirst()
                .orElseThrow();
        assertThat(coastGuard.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.CAPABILITY_MATCH,
                ReasonKind.OFTEN_MISSED);
        assertThat(coastGuard.reasons().get(0).matches()).extracting(CapabilityMatch::assistanceTypeCode,
                CapabilityMatch::capabilityDomainCode).containsExactly(
                        tuple("TRAINING", "MARITIME"));
        assertThat(coastGuard.reasons().get(1).fundingAuthorities()).contains("22 U.S.C. 2291 (INCLE)");
        assertThat(codes.indexOf("USCG")).isLessThan(codes.indexOf("FBI"));
        // INL takes part, and State (above it) is at the table through it
        assertThat(codes).doesNotContain("INL", "DOS");
        assertThat(found.needsKnown()).isTrue();
        assertThat(found.canAct()).isTrue();
    }

    @Test
    void theConductorInvitesAnAgencyWhichThenTakesPart() {
        suggestions.invite(plan, uscg);
        assertThat(plans.context(plan).participatingAgencyIds()).contains(uscg);
        assertThat(suggestions.forPlan(plan).suggestions()).extracting(Suggestion::code).doesNotContain("USCG");
        // invited twice, or an inactive agency: refused with a message, nothing changes
        assertThatThrownBy(() -> suggestions.invite(plan, uscg)).isInstanceOfSatisfying(
                FieldValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("plan.invite.participating"));
        long inactive = jdbc.queryForObject("insert into agency (code, name, kind, has_own_budget, active) values"
                + " (?, 'Closed office', 'OFFICE', false, false) returning id", Long.class,
                PlanningFixtures.unique("X").toUpperCase());
        assertThatThrownBy(() -> suggestions.invite(plan, inactive)).isInstanceOfSatisfying(
                FieldValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("plan.invite.inactive"));
        assertThat(plans.context(plan).participatingAgencyIds()).doesNotContain(inactive);
        jdbc.update("delete from agency where id = ?", inactive);
    }

    @Test
    void aDismissalNeedsAReasonAndIsShownToLaterReviewers() {
        long before = dismissals();
        assertThatThrownBy(() -> suggestions.dismiss(plan, uscg, "   ")).isInstanceOfSatisfying(
                FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(dismissals()).isEqualTo(before);
        // an agency that takes part is no suggestion to dismiss
        assertThatThrownBy(() -> suggestions.dismiss(plan, inl, "Already in")).isInstanceOf(
                FieldValidationException.class);

        suggestions.dismiss(plan, uscg, "The Navy's own coast guard programme covers this");
        CurrentUser reviewer = fixtures.user("DSCA", Role.VIEWER);
        TestUsers.signIn(reviewer);
        PlanSuggestions later = suggestions.forPlan(plan);
        assertThat(later.suggestions()).extracting(Suggestion::code).doesNotContain("USCG");
        assertThat(later.dismissed()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("USCG");
            assertThat(d.reason()).isEqualTo("The Navy's own coast guard programme covers this");
            assertThat(d.dismissedBy()).isEqualTo(conductor.getUsername());
        });
        assertThat(later.canAct()).isFalse();
    }

    @Test
    void onlyTheConductorAndAdministratorsInviteOrDismiss() {
        List<CurrentUser> others = new ArrayList<>(List.of(fixtures.user("DSCA", Role.PLANNER),
                fixtures.user("INL", Role.EVALUATOR), fixtures.user("INL", Role.VIEWER)));
        for (CurrentUser other : others) {
            TestUsers.signIn(other);
            assertThat(suggestions.forPlan(plan).suggestions()).isNotEmpty();
            assertThatThrownBy(() -> suggestions.invite(plan, uscg)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> suggestions.dismiss(plan, uscg, "No")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.inviteAgency(plan, uscg)).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signInAsAdmin();
        suggestions.dismiss(plan, uscg, "Decided at the country team meeting");
        assertThat(suggestions.forPlan(plan).dismissed()).extracting(Dismissed::code).containsExactly("USCG");
    }

    @Test
    void aCountryWithoutAPlanIsToldWhoIsActiveThereInEveryYear() {
        long guyana = fixtures.country("GY");
        // Guyana has plans here, so its country page suggests on the plan instead
        assertThat(suggestions.forCountry(guyana)).isNull();
        long suriname = fixtures.country("SR");
        PlanSuggestions country = suggestions.forCountry(suriname);
        assertThat(country).isNotNull();
        assertThat(country.planId()).isNull();
        assertThat(country.suggestions()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.strongest()).isEqualTo(ReasonKind.OFTEN_MISSED));
    }

    private long dismissals() {
        return jdbc.queryForObject("select count(*) from suggestion_dismissal", Long.class);
    }

    /** A complete-format row: DOJ (mapped by its acronym) obligating in Guyana. */
    private static String row(String activityId, String fiscalYear, String amount) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            values.add("");
        }
        values.set(1, "GUY");
        values.set(8, "1");
        values.set(9, "DOJ");
        values.set(10, "Department of Justice");
        values.set(31, "19x1022");
        values.set(32, "International Narcotics Control and Law Enforcement");
        values.set(40, activityId);
        values.set(41, "Activity " + activityId);
        values.set(46, "2");
        values.set(47, "Obligations");
        values.set(48, fiscalYear);
        values.set(49, amount);
        values.set(50, amount);
        return String.join(",", values);
    }
}
