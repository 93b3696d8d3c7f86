package org.ssaplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.concurrence.ConcurrencePanel;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.concurrence.ReviewOutcome;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.programs.ProgramFilter;
import org.ssaplanner.programs.ProgramSearchService;
import org.ssaplanner.programs.ProgramSort;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramSummary;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * The demo plans load with every rule of the application in force (compliance included: the police
 * program of the Ghana plan needs its FAA s.660 waiver before it can become active).
 */
@SsaIntegrationTest
class DemoPlansLoaderIntegrationTests {

    @Autowired
    DemoPlansLoader loader;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    PlanService plans;
    @Autowired
    ConcurrenceService concurrence;

    @Autowired
    ProgramSearchService programSearch;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theThreeSamplePlansLoadWithTheirActivePrograms() {
        SystemAuthentication.run(() -> {
            long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
            // DemoWorkforceLoaderIntegrationTests may have created the demo planner already in this JVM
            if (jdbc.queryForObject("select count(*) from app_user where username = 'planner'", Long.class) == 0) {
                users.create(new UserCommand("planner", "Demo Planner", null, null, inl, Set.of(Role.PLANNER)));
            }
            // other demo tests of this JVM (the IATI export of the demo plans, the demo workforce) may have loaded them
            boolean loaded = plans.search(PlanFilter.none(), PageRequest.of(0, 5000)).stream()
                    .anyMatch(p -> p.title().startsWith("Ghana: preventing the spread"));
            if (!loaded) {
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> loader.load());
            }

            assertThat(plans.search(PlanFilter.none(), PageRequest.of(0, 500)).map(PlanSummary::title).toList())
                    .contains("Colombia: citizen security and rule of law on the Pacific coast",
                            "Philippines: maritime domain awareness and defense institutions",
                            "Ghana: preventing the spread of violent extremism to the coast");
            ProgramFilter ata = new ProgramFilter(null, null, null, null, null, null, null, null, null, null,
                    "Border police counterterrorism investigations course");
            assertThat(programSearch.search(ata, ProgramSort.TITLE, PageRequest.of(0, 5)).getContent())
                    .extracting(ProgramSummary::status).containsExactly(ProgramStatus.ACTIVE);

            // issue 14: the Philippines plan is in review with PM concurred and the other agencies awaited; every
            // agency of the Ghana plan concurred before it was approved
            Map<String, Long> byTitle = plans.search(PlanFilter.none(), PageRequest.of(0, 500)).stream()
                    .collect(Collectors.toMap(PlanSummary::title, PlanSummary::id, (a, b) -> b));
            ConcurrencePanel philippines = concurrence.panel(
                    byTitle.get("Philippines: maritime domain awareness and defense institutions"));
            assertThat(philippines.open()).isTrue();
            assertThat(philippines.requests()).filteredOn(r -> r.answer() != null)
                    .extracting(ConcurrencePanel.RequestView::agencyCode, ConcurrencePanel.RequestView::answer)
                    .containsExactly(tuple("PM", ConcurrenceAnswer.CONCUR));
            assertThat(philippines.requests()).filteredOn(r -> r.answer() == null)
                    .extracting(ConcurrencePanel.RequestView::agencyCode).contains("DSCA", "SCO");
            ConcurrencePanel ghana = concurrence.panel(
                    byTitle.get("Ghana: preventing the spread of violent extremism to the coast"));
            assertThat(ghana.planStatus()).isEqualTo(PlanStatus.APPROVED);
            assertThat(ghana.requests()).extracting(ConcurrencePanel.RequestView::answer)
                    .allMatch(answer -> answer != null && answer.concurs());
            assertThat(ghana.decisions()).extracting(ConcurrencePanel.Decision::outcome, ConcurrencePanel.Decision::justification)
                    .containsExactly(tuple(ReviewOutcome.APPROVED, null));
        });
    }
}
