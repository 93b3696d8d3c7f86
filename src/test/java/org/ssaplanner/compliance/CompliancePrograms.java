package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssaplanner.TestUsers;
import org.ssaplanner.admin.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommand;
import org.ssaplanner.programs.ProgramComplianceFacts;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
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

    public static ProgramComplianceFacts create(ApplicationContext context, Long unitId, String recipientType,
            String... authorityShortNames) {
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
            long programId = programs.create(planId, new ProgramCommand(title, "Program for compliance tests", inl,
                    Set.of(), authorityIds, "TRAINING", unitId, null, recipientType, Set.of("COUNTERNARCOTICS"),
                    EnumSet.of(ObjectiveCategory.GOVERNANCE), ObjectiveCategory.GOVERNANCE, Horizon.STRATEGIC,
                    Level.MEDIUM, Level.MEDIUM, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31),
                    "Partner can absorb the training", Level.MEDIUM, "Partner ministry", new BigDecimal("50000.00")));
            TestUsers.signInAs("test-admin", 1, Role.ADMIN);
            return programs.facts(programId);
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }
}
