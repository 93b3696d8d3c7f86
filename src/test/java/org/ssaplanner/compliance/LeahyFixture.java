package org.ssaplanner.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramAction;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Object mother of issue 13 item 2: a Colombia plan conducted by a DSCA planner (INL and DSCA participate) with
 * programs under 10 U.S.C. 333 led by INL that assist one battalion; {@link #activate} makes them active and
 * {@link #credibleIncident} records a credible gross violation against the battalion, so that the DoD Leahy law
 * blocks every one of them. The caller's sign-in is left signed out.
 */
public final class LeahyFixture {

    public final ApplicationContext context;
    public final PlanningFixtures fixtures;
    public final long inl;
    public final long dsca;
    public final CurrentUser conductor;
    public final long plan;
    public final long unit;
    public final String unitName;
    public final List<Long> programs = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();
    public long incident;

    public LeahyFixture(ApplicationContext context, int programCount) {
        this.context = context;
        ProgramService programService = context.getBean(ProgramService.class);
        fixtures = new PlanningFixtures(context.getBean(UserAccountService.class), context.getBean(AgencyService.class),
                context.getBean(ReferenceDataService.class), context.getBean(PlanService.class), programService);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        conductor = fixtures.user("DSCA", Role.PLANNER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl, dsca));
        fixtures.signInAsAdmin();
        unitName = "Leahy alarm battalion " + UUID.randomUUID().toString().substring(0, 8);
        unit = context.getBean(PartnerUnitService.class).create(new PartnerUnitCommand(fixtures.country("CO"), unitName,
                "MILITARY", null, null));
        long sec333 = fixtures.authority("SEC333");
        fixtures.signInAsAdmin();
        for (int i = 0; i < programCount; i++) {
            String title = PlanningFixtures.unique("Battalion training " + i + " ");
            programs.add(programService.create(plan, ProgramCommandBuilder.program(title, inl, sec333)
                    .recipientUnit(unit).recipientType("MILITARY").build()));
            titles.add(title);
        }
        TestUsers.signOut();
    }

    /** Makes every program active (nothing blocks them yet). */
    public LeahyFixture activate() {
        fixtures.signInAsAdmin();
        for (long id : programs) {
            context.getBean(ProgramStatusService.class).transition(id, ProgramAction.ACTIVATE);
        }
        TestUsers.signOut();
        return this;
    }

    /** A credible, unremediated extrajudicial killing by the battalion: the DoD Leahy law now blocks its programs. */
    public LeahyFixture credibleIncident() {
        HumanRightsService humanRights = context.getBean(HumanRightsService.class);
        TestUsers.signInAs("leahy-evaluator", inl, Role.EVALUATOR);
        incident = humanRights.record(new IncidentCommand(unit, LocalDate.now(ZoneOffset.UTC).minusDays(30),
                "Rural district", "Killing of detained civilians", "UN report", IncidentCategory.EXTRAJUDICIAL_KILLING));
        humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.UNDER_REVIEW, null);
        humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.CREDIBLE,
                "Corroborated by the embassy");
        TestUsers.signOut();
        return this;
    }

    /** The government brought those responsible to justice: the incident is remediated, the block lifts. */
    public LeahyFixture remediate() {
        HumanRightsService humanRights = context.getBean(HumanRightsService.class);
        TestUsers.signInAs("leahy-evaluator", inl, Role.EVALUATOR);
        humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.REMEDIATED,
                "Perpetrators convicted");
        TestUsers.signOut();
        return this;
    }
}
