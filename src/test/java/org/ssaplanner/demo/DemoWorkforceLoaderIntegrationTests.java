package org.ssaplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;
import org.ssaplanner.workforce.Capacity;
import org.ssaplanner.workforce.CapacityService;

/** The demo workforce: Colombia's demo plan shows a shortfall, an over-assigned person and an expiring certification. */
@SsaIntegrationTest
class DemoWorkforceLoaderIntegrationTests {

    @Autowired
    DemoPlansLoader plansLoader;
    @Autowired
    DemoWorkforceLoader loader;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    PlanService plans;
    @Autowired
    CapacityService capacity;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void colombiasDemoPlanShowsAShortfallAnOverAssignedPersonAndAnExpiringCertificationAtOnce() {
        SystemAuthentication.run(() -> {
            boolean loaded = plans.search(PlanFilter.none(), PageRequest.of(0, 500)).stream()
                    .anyMatch(p -> p.title().startsWith("Colombia: citizen security"));
            if (!loaded) {
                long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
                if (jdbc.queryForObject("select count(*) from app_user where username = 'planner'", Long.class) == 0) {
                    users.create(new UserCommand("planner", "Demo Planner", null, null, inl, Set.of(Role.PLANNER)));
                }
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> plansLoader.load());
            }
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> loader.load());
            // the plan the loader just staffed (the suite's shared database holds many plans, some of them Colombian)
            long colombia = jdbc.queryForObject("select p.plan_id from workforce_assignment a"
                    + " join workforce_person wp on wp.id = a.person_id join program p on p.id = a.program_id"
                    + " where wp.name = 'Program manager (demo person) Bogotá' order by a.id desc limit 1", Long.class);
            Capacity plan = capacity.capacity(colombia);
            assertThat(plan.totalShortfall()).isPositive();
            assertThat(plan.overAssigned()).isNotEmpty();
            assertThat(plan.expiringTotal()).isPositive();
            // the vacant evaluation officer's position carries work on the second program: a shortfall
            assertThat(plan.vacantLoad()).extracting(Capacity.VacantLoad::positionTitle)
                    .contains("INL evaluation officer (demo)");
            assertThat(plan.expiring()).extracting(Capacity.ExpiringCertification::personName)
                    .allMatch(name -> name.contains("(demo person)"));
        });
    }
}
