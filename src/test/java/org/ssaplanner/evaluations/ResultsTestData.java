package org.ssaplanner.evaluations;

import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Where the evaluations integration tests get a program and an outcome of its plan: a real plan with
 * one objective and outcome, and a program in it, built through the plans and programs services.
 */
final class ResultsTestData {

    record ProgramRef(long programId, long planOutcomeId, long planId) {
    }

    private ResultsTestData() {
    }

    static ProgramRef newProgram(ApplicationContext context) {
        PlanService plans = context.getBean(PlanService.class);
        ProgramService programs = context.getBean(ProgramService.class);
        PlanningFixtures fixtures = new PlanningFixtures(context.getBean(UserAccountService.class),
                context.getBean(AgencyService.class), context.getBean(ReferenceDataService.class), plans, programs);
        try {
            fixtures.signInAsAdmin();
            long inl = fixtures.agency("INL");
            CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
            long planId = fixtures.plan(conductor, "CO", Set.of(inl));
            long objectiveId = plans.addObjective(planId, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                    "Accountable police", "Objective for results tests"));
            long outcomeId = plans.addOutcome(planId, objectiveId, new OutcomeCommand("Cases reach verdicts",
                    "Outcome for results tests"));
            long programId = programs.create(planId,
                    fixtures.program(PlanningFixtures.unique("Results program "), inl, fixtures.authority("INCLE")));
            plans.linkProgram(planId, outcomeId, programId);
            return new ProgramRef(programId, outcomeId, planId);
        } finally {
            TestUsers.signOut();
        }
    }
}
