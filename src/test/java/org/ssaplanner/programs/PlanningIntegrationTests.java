package org.ssaplanner.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
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
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanTransitionException;
import org.ssaplanner.plans.PortfolioBalance;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry.FieldChange;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** Plans and programs through their services, signed in as each role, on the real database. */
@SsaIntegrationTest
class PlanningIntegrationTests {

    @Autowired
    PlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    ProgramDetailService programDetails;

    @Autowired
    ProgramFactsService programFacts;

    @Autowired
    ProgramStatusService programStatus;

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    PartnerUnitService units;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    JdbcTemplate jdbc;

    PlanningFixtures fixtures;
    CurrentUser conductor;
    CurrentUser participant;
    CurrentUser outsider;
    long inl;
    long dsca;
    long incle;
    long planId;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        incle = fixtures.authority("INCLE");
        conductor = fixtures.user("INL", Role.PLANNER);
        participant = fixtures.user("DSCA", Role.PLANNER);
        outsider = fixtures.user("CT", Role.PLANNER);
        planId = fixtures.plan(conductor, "CO", Set.of(dsca));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theConductorAndAdministratorsEditThePlanOthersOnlyRead() {
        TestUsers.signIn(conductor);
        PlanDetail plan = plans.get(planId);
        assertThat(plan.conductor().id()).isEqualTo(conductor.id());
        assertThat(plan.participatingAgencyIds()).containsExactlyInAnyOrder(inl, dsca);
        PlanCommand changed = new PlanCommand(plan.country().id(), plan.title() + " v2", 2027, 2030, "New end states",
                conductor.id(), Set.of(dsca));
        plans.update(planId, plan.version(), changed);

        for (CurrentUser other : List.of(participant, outsider)) {
            TestUsers.signIn(other);
            assertThat(plans.get(planId).title()).endsWith(" v2");
            assertThatThrownBy(() -> plans.update(planId, 1, changed)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.transition(planId, PlanAction.SUBMIT)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.addObjective(planId, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE, "x", null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.VIEWER, Role.EVALUATOR)) {
            TestUsers.signInAs(role.name().toLowerCase(), inl, role);
            assertThat(plans.get(planId).title()).endsWith(" v2");
            assertThatThrownBy(() -> plans.create(changed)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.update(planId, 1, changed)).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signInAsAdmin();
        plans.update(planId, 1, new PlanCommand(plan.country().id(), plan.title() + " v3", 2027, 2030, "x",
                conductor.id(), Set.of(dsca)));
        assertThat(plans.get(planId).version()).isEqualTo(2);
    }

    @Test
    void aStaleSaveIsRefusedAndTheHistoryShowsWhoChangedWhat() {
        TestUsers.signIn(conductor);
        PlanDetail plan = plans.get(planId);
        PlanCommand command = new PlanCommand(plan.country().id(), "Renamed plan", 2027, 2029, "x", conductor.id(),
                Set.of(dsca));
        plans.update(planId, plan.version(), command);
        assertThatThrownBy(() -> plans.update(planId, plan.version(), command)).isInstanceOf(StaleEditException.class);
        assertThat(plans.history(planId)).hasSize(2);
        assertThat(plans.history(planId).get(0).changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("title");
            assertThat(change.after()).isEqualTo("Renamed plan");
        });
        assertThat(plans.history(planId).get(0).changedBy()).isEqualTo(conductor.getUsername());
    }

    @Test
    void theConductorMustBeAnActivePlanner() {
        TestUsers.signIn(conductor);
        PlanDetail plan = plans.get(planId);
        assertThatThrownBy(() -> plans.update(planId, plan.version(), new PlanCommand(plan.country().id(), "x", 2027,
                2029, "x", 999_999L, Set.of()))).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("plan.conductor.notPlanner");
    }

    @Test
    void statusTransitionsFollowTheRules() {
        fixtures.signInAsAdmin();
        assertThatThrownBy(() -> plans.transition(planId, PlanAction.APPROVE)).isInstanceOf(PlanTransitionException.class);
        TestUsers.signIn(conductor);
        plans.transition(planId, PlanAction.SUBMIT);
        plans.transition(planId, PlanAction.RETURN_TO_DRAFT);
        plans.transition(planId, PlanAction.SUBMIT);
        fixtures.signInAsAdmin();
        // issue 14: approval needs the agencies' concurrence; with their answers overdue an administrator approves
        // over them with a justification (ConcurrenceIntegrationTests has the rest)
        answersOverdue();
        plans.approve(planId, "Approved over the overdue answers (test)");
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.APPROVED);
    }

    private void answersOverdue() {
        jdbc.update("update concurrence_review set due_date = current_date - 1 where plan_id = ? and closed_at is null",
                planId);
    }

    @Test
    void twoPeopleSavingTheSameObjectiveOrOutcomeDoNotLoseAnEditSilently() {
        TestUsers.signIn(conductor);
        long objective = plans.addObjective(planId, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE, "Courts", null));
        long outcome = plans.addOutcome(planId, objective, new OutcomeCommand("Verdicts", null));
        PlanDetail.Objective opened = plans.get(planId).objectives().stream().filter(o -> o.id() == objective)
                .findFirst().orElseThrow();
        PlanDetail.Outcome openedOutcome = opened.outcomes().get(0);

        plans.updateObjective(planId, objective, opened.version(),
                new ObjectiveCommand(ObjectiveCategory.GOVERNANCE, "Courts, first edit", null));
        assertThatThrownBy(() -> plans.updateObjective(planId, objective, opened.version(),
                new ObjectiveCommand(ObjectiveCategory.OPERATIONAL, "Courts, second edit", null)))
                .isInstanceOf(StaleEditException.class);
        plans.updateOutcome(planId, outcome, openedOutcome.version(), new OutcomeCommand("Verdicts, first", null));
        assertThatThrownBy(() -> plans.updateOutcome(planId, outcome, openedOutcome.version(),
                new OutcomeCommand("Verdicts, second", null))).isInstanceOf(StaleEditException.class);

        PlanDetail.Objective stored = plans.get(planId).objectives().stream().filter(o -> o.id() == objective)
                .findFirst().orElseThrow();
        assertThat(stored.title()).isEqualTo("Courts, first edit");
        assertThat(stored.version()).isGreaterThan(opened.version());
        assertThat(stored.updatedBy()).isEqualTo(conductor.getUsername());
        assertThat(stored.outcomes().get(0).title()).isEqualTo("Verdicts, first");
    }

    @Test
    void theConductorCannotApproveTheirOwnPlanOnlyAnAdministratorCan() {
        TestUsers.signIn(conductor);
        plans.transition(planId, PlanAction.SUBMIT);
        assertThat(plans.canTransition(planId, PlanAction.APPROVE)).isFalse();
        assertThatThrownBy(() -> plans.transition(planId, PlanAction.APPROVE)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.INTERAGENCY_REVIEW);
        TestUsers.signIn(participant);
        assertThatThrownBy(() -> plans.transition(planId, PlanAction.APPROVE)).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAsAdmin();
        // issue 14: nobody approves while the agencies' answers are awaited; once overdue, an administrator does
        assertThat(plans.canTransition(planId, PlanAction.APPROVE)).isFalse();
        answersOverdue();
        assertThat(plans.canTransition(planId, PlanAction.APPROVE)).isTrue();
        TestUsers.signIn(conductor);
        assertThat(plans.canTransition(planId, PlanAction.APPROVE)).isFalse();
        fixtures.signInAsAdmin();
        plans.approve(planId, "Approved over the overdue answers (test)");
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.APPROVED);
        TestUsers.signIn(conductor);
        plans.transition(planId, PlanAction.ARCHIVE);
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.ARCHIVED);
    }

    @Test
    void aParticipatingPlannerCreatesAndEditsProgramsLedByTheirOwnAgencyOnly() {
        TestUsers.signIn(participant);
        long own = programs.create(planId, fixtures.program("DSCA program", dsca, incle));
        ProgramDetail detail = programDetails.get(own);
        programs.update(own, detail.version(), fixtures.program("DSCA program renamed", dsca, incle));
        assertThatThrownBy(() -> programs.update(own, detail.version() + 1, fixtures.program("handed over", inl, incle)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.create(planId, fixtures.program("INL program", inl, incle)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(conductor);
        long inlProgram = programs.create(planId, fixtures.program("INL program", inl, incle));
        programs.update(own, programDetails.get(own).version(), fixtures.program("DSCA program, conductor's edit", dsca, incle));

        TestUsers.signIn(participant);
        assertThatThrownBy(() -> programs.update(inlProgram, 0, fixtures.program("x", inl, incle)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.saveFundingLine(inlProgram, new FundingLineCommand(2027,
                "INCLE", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(outsider);
        assertThatThrownBy(() -> programs.create(planId, fixtures.program("CT program", outsider.agencyId(), incle)))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.VIEWER, Role.EVALUATOR)) {
            TestUsers.signInAs(role.name().toLowerCase(), dsca, role);
            assertThat(programDetails.get(own).title()).isEqualTo("DSCA program, conductor's edit");
            assertThatThrownBy(() -> programStatus.transition(own, ProgramAction.ACTIVATE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.create(planId, fixtures.program("x", dsca, incle)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void programRulesRefuseBadInputAndSaveNothingPartially() {
        TestUsers.signIn(conductor);
        long countryId = fixtures.country("CO");
        String unitName = PlanningFixtures.unique("Unit ");
        ProgramCommand base = fixtures.program("Bad", fixtures.agency("CT"), incle);
        ProgramCommand withNewUnit = ProgramCommandBuilder.program(base.title(), base.leadAgencyId(), incle)
                .description(null).newUnit(unitName, "MILITARY").recipientType(null).domains().noSustainment().build();
        assertThatThrownBy(() -> programs.create(planId, withNewUnit)).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("program.lead.notParticipating");
        assertThat(units.unitsOfCountry(countryId)).noneMatch(u -> u.name().equals(unitName));

        ProgramCommand good = ProgramCommandBuilder.program(base.title(), inl, incle)
                .description(null).newUnit(unitName, "MILITARY").recipientType(null).domains().noSustainment().build();
        long id = programs.create(planId, good);
        ProgramDetail detail = programDetails.get(id);
        assertThat(detail.recipientUnitLabel()).isEqualTo(unitName);
        assertThat(detail.recipientTypeCode()).isEqualTo("MILITARY");

        assertThatThrownBy(() -> programs.saveFundingLine(id, new FundingLineCommand(2031, "INCLE", BigDecimal.TEN,
                BigDecimal.TEN, new BigDecimal("11"), BigDecimal.ZERO))).isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).violations())
                        .extracting(FieldValidationException.Violation::field)
                        .containsExactly("fiscalYear", "obligated"));
        assertThat(programDetails.get(id).fundingLines()).isEmpty();

        assertThatThrownBy(() -> programStatus.transition(id, ProgramAction.ACTIVATE))
                .isInstanceOf(ProgramTransitionException.class);
        assertThat(programDetails.get(id).status()).isEqualTo(ProgramStatus.PROPOSED);
    }

    @Test
    void theTheoryOfChangeShowsGapsAndThePortfolioBalanceIsAggregated() {
        TestUsers.signIn(conductor);
        long objective = plans.addObjective(planId, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE, "Rule of law", null));
        plans.addObjective(planId, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL, "Interdiction", null));
        long outcome = plans.addOutcome(planId, objective, new OutcomeCommand("Cases reach verdicts", null));
        plans.addOutcome(planId, objective, new OutcomeCommand("Judges trained", null));
        long served = programs.create(planId, fixtures.program("Prosecutor mentoring", inl, incle));
        long unserved = programs.create(planId, fixtures.program("Boats", inl, incle));
        programs.saveFundingLine(served, new FundingLineCommand(2027, "INCLE", new BigDecimal("100.50"),
                new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("10")));
        programs.saveFundingLine(served, new FundingLineCommand(2029, "INCLE", new BigDecimal("1"), BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO));
        plans.linkProgram(planId, outcome, served);

        PlanDetail plan = plans.get(planId);
        assertThat(plan.objectivesWithoutOutcome()).isEqualTo(1);
        assertThat(plan.outcomesWithoutProgram()).isEqualTo(1);
        assertThat(plan.programsServingNoOutcome()).extracting(p -> p.id()).containsExactly(unserved);
        assertThat(plan.objectives().get(0).outcomes().get(0).programs()).extracting(p -> p.id()).containsExactly(served);

        PortfolioBalance balance = plans.balance(planId);
        PortfolioBalance.Row governance = balance.byCategory().stream().filter(r -> r.key().equals("GOVERNANCE"))
                .findFirst().orElseThrow();
        assertThat(governance.programs()).isEqualTo(2);
        assertThat(governance.requested()).isEqualByComparingTo("101.50");
        assertThat(governance.allocated()).isEqualByComparingTo("91");
        assertThat(balance.byHorizon()).filteredOn(r -> r.key().equals("STRATEGIC"))
                .singleElement().satisfies(r -> assertThat(r.obligated()).isEqualByComparingTo("80"));
        assertThat(balance.byCategory()).filteredOn(r -> r.key().equals("OPERATIONAL"))
                .singleElement().satisfies(r -> assertThat(r.programs()).isZero());

        long otherPlan = fixtures.plan(conductor, "GH", Set.of());
        long foreign = programs.create(otherPlan, fixtures.program("Other plan's program", inl, incle));
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> plans.linkProgram(planId, outcome, foreign)).isInstanceOf(FieldValidationException.class);
    }

    @Test
    void acceptingTheSuggestionSetsTheCategoriesAndComplianceFactsAreComplete() {
        TestUsers.signIn(conductor);
        long id = programs.create(planId, fixtures.program("Coast guard training", inl, incle));
        CategorySuggestion suggestion = programDetails.suggestion(id);
        assertThat(suggestion.primary()).isEqualTo(ObjectiveCategory.OPERATIONAL);
        assertThat(programDetails.get(id).primaryCategory()).isEqualTo(ObjectiveCategory.GOVERNANCE);
        programs.acceptSuggestedCategories(id, programDetails.get(id).version());
        ProgramDetail accepted = programDetails.get(id);
        assertThat(accepted.primaryCategory()).isEqualTo(ObjectiveCategory.OPERATIONAL);
        assertThat(accepted.categories()).contains(ObjectiveCategory.OPERATIONAL, ObjectiveCategory.GOVERNANCE);
        assertThatThrownBy(() -> programs.acceptSuggestedCategories(id, 0)).isInstanceOf(StaleEditException.class);

        programs.saveFundingLine(id, new FundingLineCommand(2028, "INCLE", BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.ONE, BigDecimal.ZERO));
        programStatus.transition(id, ProgramAction.ACTIVATE);
        ProgramFacts facts = programFacts.facts(id);
        assertThat(facts.planId()).isEqualTo(planId);
        assertThat(facts.countryId()).isEqualTo(fixtures.country("CO"));
        assertThat(facts.status()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(facts.authorityIds()).containsExactly(incle);
        assertThat(facts.totalRequested()).isEqualByComparingTo("10");
        assertThat(facts.fiscalYears()).containsExactly(2028);
        assertThat(programFacts.allProgramIds()).contains(id);
        assertThat(programDetails.history(id)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(programDetails.history(id)).anySatisfy(entry -> assertThat(entry.changes()).anySatisfy(change -> {
            assertThat(change.field()).startsWith("funding");
            assertThat(change.after()).contains("FY2028 INCLE: 10.00 / 10.00 / 1.00 / 0.00");
        }));
        // the history shows names and labels, not codes (issue 13 item 9), under the fields' labels
        assertThat(programDetails.history(id)).last().satisfies(created -> assertThat(created.changes())
                .extracting(FieldChange::field, FieldChange::labelKey, FieldChange::after)
                .contains(tuple("assistanceType", "program.assistanceType", "Training"),
                        tuple("horizon", "program.horizon", "Strategic"),
                        tuple("priority", "program.priority", "High")));
    }

    @Test
    void taxonomyRulesAreDataThatOnlyAdministratorsChange() {
        TaxonomyRuleCommand rule = new TaxonomyRuleCommand("INFRASTRUCTURE", "CORRECTIONS", "NONPROLIFERATION",
                ObjectiveCategory.TRANSACTIONAL, 100, "test rule");
        TestUsers.signIn(conductor);
        assertThat(taxonomy.suggest("INFRASTRUCTURE", "CORRECTIONS", Set.of("NONPROLIFERATION")).categories())
                .doesNotContain(ObjectiveCategory.TRANSACTIONAL);
        assertThatThrownBy(() -> taxonomy.create(rule)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taxonomy.rules()).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAsAdmin();
        long id = taxonomy.create(rule);
        try {
            TestUsers.signIn(conductor);
            assertThat(taxonomy.suggest("INFRASTRUCTURE", "CORRECTIONS", Set.of("NONPROLIFERATION")).primary())
                    .isEqualTo(ObjectiveCategory.TRANSACTIONAL);
            fixtures.signInAsAdmin();
            assertThatThrownBy(() -> taxonomy.create(new TaxonomyRuleCommand(null, null, null,
                    ObjectiveCategory.GOVERNANCE, 10, null))).isInstanceOf(FieldValidationException.class);
        } finally {
            fixtures.signInAsAdmin();
            taxonomy.delete(id);
        }
    }
}
