package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.ssaplanner.TestDatabaseConfiguration;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramChanged;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * The event flow that matters most, as a Spring Modulith scenario: a planner saves a change to a program, the programs
 * module publishes {@link ProgramChanged}, and compliance recomputes that program's findings. Only the compliance
 * module and the modules it depends on (directly or not) are started, on a real PostgreSQL of their own; evaluations,
 * interchange, the security log and the demo data are not. The program is created as a justice-sector program under
 * INCLE (no FAA s.660 finding) and changed to train police: the s.660 finding must appear, blocking, once the change
 * is saved. Without the listener, or with a listener that ignores the event, the finding never appears and the
 * scenario times out.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class ProgramChangeRecomputesFindingsIntegrationTests {

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramDetailService details;
    @Autowired
    FindingQueryService findings;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    PlanService plans;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aProgramChangedToTrainPoliceUnderTheFaaGetsItsBlockingSection660FindingOnceTheChangeIsSaved(Scenario scenario) {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        long incle = fixtures.authority("INCLE");
        CurrentUser planner = fixtures.user("INL", Role.PLANNER);
        long planId = fixtures.plan(planner, "CO", Set.of(inl));
        String title = PlanningFixtures.unique("Court administration ");
        long programId = programs.create(planId, ProgramCommandBuilder.program(title, inl, incle)
                .recipientType("JUSTICE").build());
        assertThat(findings(programId)).extracting(Finding::restrictionCode).isNotEmpty().doesNotContain("FAA_660");
        long version = details.get(programId).version();

        scenario.stimulate(() -> programs.update(programId, version, ProgramCommandBuilder.program(title, inl, incle)
                        .recipientType("POLICE").build()))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> findings(programId),
                        found -> found.stream().anyMatch(f -> f.restrictionCode().equals("FAA_660")))
                .andVerify(found -> {
                    Finding s660 = found.stream().filter(f -> f.restrictionCode().equals("FAA_660")).findFirst()
                            .orElseThrow();
                    assertThat(s660.severity()).isEqualTo(FindingSeverity.BLOCKING);
                    // issue 13: the recipient type by its label
                    assertThat(s660.reason()).startsWith("Recipient type Police, under 22 U.S.C. 2291 (INCLE)");
                });
    }

    /** Read as the system user: Awaitility polls on a thread of its own, where the test's sign-in is not. */
    private List<Finding> findings(long programId) {
        return SystemAuthentication.call(() -> findings.findingsFor(programId));
    }
}
