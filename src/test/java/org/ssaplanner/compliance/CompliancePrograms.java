package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Object mother for compliance tests: a real program in a real Colombia plan (created through the
 * plans and programs services), returned as the facts the compliance engine sees. The caller's
 * sign-in is left as it was.
 */
public final class CompliancePrograms {

    private CompliancePrograms() {
    }

    /**
     * A community-policing style program (capability domain governance and rule of law): under INCLE with a police
     * recipient, FAA s.660 applies and no statutory exception INCLE carries applies to it (FAA s.660(b)(1) is for
     * narcotics-control assistance), so the finding is blocking until a waiver or a claim is approved.
     */
    public static ProgramFacts create(ApplicationContext context, Long unitId, String recipientType,
            String... authorityShortNames) {
        return create(context, unitId, recipientType, Set.of("GOVERNANCE_RULE_OF_LAW"), authorityShortNames);
    }

    /** A program with the given capability domains. */
    public static ProgramFacts create(ApplicationContext context, Long unitId, String recipientType,
            Set<String> capabilityDomains, String... authorityShortNames) {
        SecurityContext caller = SecurityContextHolder.getContext();
        ProgramService programs = context.getBean(ProgramService.class);
        PlanningFixtures fixtures = new PlanningFixtures(context.getBean(UserAccountService.class),
                context.getBean(AgencyService.class), context.getBean(ReferenceDataService.class),
                context.getBean(PlanService.class), programs);
        try {
            fixtures.signInAsAdmin();
            long inl = fixtures.agency("INL");
            Set<Long> authorityIds = Arrays.stream(authorityShortNames).map(fixtures::authority)
                    .collect(Collectors.toSet());
            CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
            long planId = fixtures.plan(conductor, "CO", Set.of(inl));
            String title = PlanningFixtures.unique("Compliance program ");
            long programId = programs.create(planId, ProgramCommandBuilder.program(title, inl).authorities(authorityIds)
                    .description("Program for compliance tests").recipientUnit(unitId).recipientType(recipientType)
                    .domains(capabilityDomains.toArray(String[]::new)).priority(Level.MEDIUM).risk(Level.MEDIUM)
                    .sustainment("Partner can absorb the training", Level.MEDIUM, "Partner ministry",
                            new BigDecimal("50000.00")).build());
            TestUsers.signInAs("test-admin", 1, Role.ADMIN);
            return context.getBean(ProgramFactsService.class).facts(programId);
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }
}
