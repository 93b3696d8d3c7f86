package org.ssaplanner.concurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.concurrence.PlanChanges.FieldChange;
import org.ssaplanner.concurrence.PlanChanges.Kind;
import org.ssaplanner.concurrence.PlanChanges.Section;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 1, item g on PostgreSQL: a Colombia plan of INL with DSCA participating, one program with a
 * funding line, two objectives. DSCA concurs and INL does not in review 1; the conductor returns the plan to draft,
 * renames the program, raises its allocation and removes an objective, and resubmits. Each agency sees exactly those
 * differences since its answer of review 1, field by field (old and new values, each kind of money on its own).
 */
@SsaIntegrationTest
class ConcurrenceChangesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ConcurrenceService concurrence;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramDetailService programDetails;

    PlanningFixtures fixtures;
    long inl;
    long dsca;
    long opdat;
    CurrentUser conductor;
    CurrentUser inlOfficial;
    CurrentUser dscaOfficial;
    CurrentUser viewer;
    long plan;
    long program;
    String programTitle;

    @BeforeEach
    void aPlanAnsweredInReviewOneThenChangedAndResubmitted() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        opdat = fixtures.agency("OPDAT");
        long incle = fixtures.authority("INCLE");
        conductor = fixtures.user("INL", Role.PLANNER);
        inlOfficial = official("INL", Role.PLANNER);
        dscaOfficial = official("DSCA", Role.EVALUATOR);
        viewer = fixtures.user("DSCA", Role.VIEWER);
        plan = fixtures.plan(conductor, "CO", Set.of(dsca));
        plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE, "Courts resolve cases", null));
        long interdiction = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL,
                "Interdiction at sea", "Boats stop smugglers"));
        programTitle = PlanningFixtures.unique("Prosecutor mentoring ");
        program = programs.create(plan, fixtures.program(programTitle, inl, incle));
        programs.saveFundingLine(program, new FundingLineCommand(2027, "INCLE", new BigDecimal("100"),
                new BigDecimal("90"), BigDecimal.ZERO, null));
        plans.submit(plan, today().plusDays(10));

        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.CONCUR, null, Set.of(),
                Set.of()));
        TestUsers.signIn(inlOfficial);
        concurrence.answer(plan, new AnswerCommand(inl, version(inl), ConcurrenceAnswer.NON_CONCUR,
                "Too little for the prosecutors", Set.of(), Set.of()));

        TestUsers.signIn(conductor);
        plans.transition(plan, PlanAction.RETURN_TO_DRAFT);
        programs.update(program, programDetails.get(program).version(),
                fixtures.program(programTitle + " and judges", inl, incle));
        programs.saveFundingLine(program, new FundingLineCommand(2027, "INCLE", new BigDecimal("100"),
                new BigDecimal("120"), BigDecimal.ZERO, null));
        plans.removeObjective(plan, interdiction);
        plans.submit(plan, today().plusDays(10));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theAgencyThatConcurredSeesExactlyWhatChangedFieldByField() throws Exception {
        TestUsers.signIn(dscaOfficial);
        PlanChanges changes = concurrence.changes(plan, dsca);
        assertThat(changes.comparable()).isTrue();
        assertThat(changes.baseline().round()).isEqualTo(1);
        assertThat(changes.baseline().answer()).isEqualTo(ConcurrenceAnswer.CONCUR);
        assertThat(changes.changes()).extracting(PlanChanges.Change::section, PlanChanges.Change::kind,
                PlanChanges.Change::label).containsExactly(
                        tuple(Section.OBJECTIVE, Kind.REMOVED, "Interdiction at sea"),
                        tuple(Section.PROGRAM, Kind.CHANGED, programTitle + " and judges"),
                        tuple(Section.FUNDING, Kind.CHANGED, programTitle + " and judges – FY2027 INCLE"));
        assertThat(changes.changes().get(0).fields()).containsExactly(
                new FieldChange("category", "Operational", null),
                new FieldChange("title", "Interdiction at sea", null),
                new FieldChange("description", "Boats stop smugglers", null));
        assertThat(changes.changes().get(1).fields())
                .containsExactly(new FieldChange("title", programTitle, programTitle + " and judges"));
        // only the allocation changed: the requested and obligated amounts are not summed into it
        assertThat(changes.changes().get(2).fields())
                .containsExactly(new FieldChange("allocated", "90.00", "120.00"));
        assertThat(changes.count()).isEqualTo(3);

        // the agency that did not concur compares with its answer of review 1
        PlanChanges inlChanges = concurrence.changes(plan, inl);
        assertThat(inlChanges.baseline().answer()).isEqualTo(ConcurrenceAnswer.NON_CONCUR);
        assertThat(inlChanges.changes()).isEqualTo(changes.changes());

        // an agency that never answered on this plan has nothing to compare with
        assertThat(concurrence.changes(plan, opdat).comparable()).isFalse();
    }

    @Test
    void answeringTheNewReviewKeepsTheComparisonWithTheEarlierOneAndReplacesNothingOfIt() {
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.CONCUR_WITH_COMMENTS,
                "Fine now", Set.of(), Set.of()));
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.CONCUR, null, Set.of(),
                Set.of()));
        assertThat(jdbc.queryForObject("select count(*) from concurrence_snapshot where plan_id = ? and agency_id = ?",
                Long.class, plan, dsca)).as("one per review, replaced when the answer changes").isEqualTo(2);
        TestUsers.signIn(dscaOfficial);
        PlanChanges changes = concurrence.changes(plan, dsca);
        assertThat(changes.baseline().round()).isEqualTo(1);
        assertThat(changes.count()).isEqualTo(3);
    }

    @Test
    void thePanelLinksTheChangesAndSummarisesThemForTheOfficialWhoAnswersNow() throws Exception {
        String official = mvc.perform(get("/plans/" + plan + "/concurrence").with(user(dscaOfficial)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(official).contains("data-testid=\"changes-summary\"", "3 changes",
                "Removed – Objective: Interdiction at sea",
                "/plans/" + plan + "/concurrence/changes/" + dsca);
        String others = mvc.perform(get("/plans/" + plan + "/concurrence").with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(others).contains("data-testid=\"changes-link\"", "What changed since DSCA last answered")
                .doesNotContain("data-testid=\"changes-summary\"");
    }

    @Test
    void theChangesPageShowsOldAndNewValuesToEveryoneSignedInAndAnswers404ForUnknownRecords() throws Exception {
        for (CurrentUser who : List.of(dscaOfficial, conductor, viewer)) {
            String page = mvc.perform(get("/plans/" + plan + "/concurrence/changes/" + dsca).with(user(who)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("What changed since DSCA last concurred", "data-testid=\"changes-table\"",
                    "90.00", "120.00", programTitle + " and judges", "Interdiction at sea");
        }
        assertThat(mvc.perform(get("/plans/" + plan + "/concurrence/changes/" + inl).with(user(viewer))).andReturn()
                .getResponse().getContentAsString()).contains("What changed since INL last answered");
        assertThat(mvc.perform(get("/plans/" + plan + "/concurrence/changes/" + opdat).with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("data-testid=\"changes-incomparable\"");
        mvc.perform(get("/plans/" + plan + "/concurrence/changes/999999999").with(user(viewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/999999999/concurrence/changes/" + dsca).with(user(viewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + plan + "/concurrence/changes/" + dsca)).andExpect(status().is3xxRedirection());
        TestUsers.signOut();
        assertThatThrownBy(() -> concurrence.changes(plan, dsca))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestUsers.signIn(viewer);
        assertThatThrownBy(() -> concurrence.changes(plan, 999999999L)).isInstanceOf(NotFoundException.class);
    }

    private CurrentUser official(String agencyCode, Role role) {
        CurrentUser user = fixtures.user(agencyCode, role);
        fixtures.signInAsAdmin();
        users.setConcurrenceOfficial(user.id(), true);
        return user;
    }

    private long version(long agency) {
        return concurrence.panel(plan).requests().stream().filter(r -> r.agencyId() == agency).findFirst()
                .orElseThrow().version();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
