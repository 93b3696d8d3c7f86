package org.ssaplanner.programs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** The program search across plans: filters in SQL, full text, and a constant number of statements. */
@SsaIntegrationTest
class ProgramSearchIntegrationTests {

    @Autowired
    PlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    ProgramSearchService programSearch;

    @Autowired
    ProgramStatusService programStatus;

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static ProgramFilter text(String q) {
        return new ProgramFilter(null, null, null, null, null, null, null, null, null, null, q);
    }

    @Test
    void filtersAndFullTextSearchAcrossPlans() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        String token = PlanningFixtures.unique("zq").toLowerCase();
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long dsca = fixtures.agency("DSCA");
        long incle = fixtures.authority("INCLE");
        long fmf = fixtures.authority("FMF");
        long colombia = fixtures.plan(conductor, "CO", Set.of(dsca));
        long ghana = fixtures.plan(conductor, "GH", Set.of(dsca));
        TestUsers.signIn(conductor);
        long maritime = programs.create(colombia, ProgramCommandBuilder.program("Maritime interdiction " + token,
                conductor.agencyId(), incle).description("Interceptor boats for the coast guard").supporting(dsca)
                .recipientType("COAST_GUARD").category(ObjectiveCategory.OPERATIONAL).horizon(Horizon.TACTICAL)
                .dates(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)).sustainment("ok", Level.HIGH, "Navy", BigDecimal.ONE)
                .build());
        programs.saveFundingLine(maritime, new FundingLineCommand(2028, "INCLE", BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.ONE, BigDecimal.ZERO));
        programStatus.transition(maritime, ProgramAction.ACTIVATE);
        long judges = programs.create(colombia, ProgramCommandBuilder.program("Judicial mentoring " + token, dsca, fmf)
                .description("Prosecutors and judges in the Pacific ports").assistanceType("JUSTICE_SECTOR")
                .recipientType("JUSTICE").domains("GOVERNANCE_RULE_OF_LAW").priority(Level.MEDIUM)
                .dates(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)).noSustainment().build());
        long ghanaBoats = programs.create(ghana, ProgramCommandBuilder.program("Maritime patrols " + token, conductor.agencyId(), incle)
                .description(null).assistanceType("EQUIPMENT_SALE").category(ObjectiveCategory.TRANSACTIONAL)
                .priority(Level.LOW).dates(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)).noSustainment().build());

        TestUsers.signInAs("viewer", dsca, Role.VIEWER);
        PageRequest page = PageRequest.of(0, 20);
        assertThat(ids(programSearch.search(text(token), ProgramSort.TITLE, page))).containsExactly(judges, maritime, ghanaBoats);
        assertThat(ids(programSearch.search(text("maritime " + token), ProgramSort.TITLE, page)))
                .containsExactly(maritime, ghanaBoats);
        assertThat(ids(programSearch.search(text("prosecutors " + token), ProgramSort.TITLE, page))).containsExactly(judges);
        assertThat(ids(programSearch.search(new ProgramFilter("co", null, null, null, null, null, null, null, null, null,
                "maritime " + token), ProgramSort.TITLE, page))).containsExactly(maritime);
        assertThat(ids(programSearch.search(new ProgramFilter(null, dsca, null, null, null, null, null, null, null, null,
                token), ProgramSort.TITLE, page))).containsExactly(judges, maritime);
        assertThat(ids(programSearch.search(new ProgramFilter(null, null, fmf, null, null, null, null, null, null, null,
                token), ProgramSort.TITLE, page))).containsExactly(judges);
        assertThat(ids(programSearch.search(new ProgramFilter(null, null, null, "EQUIPMENT_SALE", "MILITARY", "MARITIME",
                ObjectiveCategory.TRANSACTIONAL, ProgramStatus.PROPOSED, Horizon.STRATEGIC, null, token),
                ProgramSort.TITLE, page))).containsExactly(ghanaBoats);
        assertThat(ids(programSearch.search(new ProgramFilter(null, null, null, null, null, null, null, ProgramStatus.ACTIVE,
                null, 2028, token), ProgramSort.TITLE, page))).containsExactly(maritime);
        assertThat(ids(programSearch.search(new ProgramFilter(null, null, null, null, null, null, null, null, null, 2027,
                token), ProgramSort.TITLE, page))).isEmpty();
        assertThat(ids(programSearch.search(new ProgramFilter("XX", null, null, null, null, null, null, null, null, null,
                token), ProgramSort.TITLE, page))).isEmpty();
        Page<ProgramSummary> firstOfTwo = programSearch.search(text(token), ProgramSort.TITLE, PageRequest.of(0, 2));
        assertThat(firstOfTwo.getTotalElements()).isEqualTo(3);
        assertThat(firstOfTwo.getContent()).hasSize(2);
        assertThat(firstOfTwo.getContent().get(1).allocated()).isEqualByComparingTo("10");
        assertThat(firstOfTwo.getContent().get(1).countryAlpha2()).isEqualTo("CO");
    }

    @Test
    void aSearchPageTakesTheSameNumberOfStatementsFor20And200Programs() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        String token = PlanningFixtures.unique("perf").toLowerCase();
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long planId = fixtures.plan(conductor, "PH", Set.of(fixtures.agency("DSCA")));
        long authority = fixtures.authority("IMET");
        insertPrograms(planId, conductor.agencyId(), authority, token, 20);

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        TestUsers.signInAs("viewer", conductor.agencyId(), Role.VIEWER);
        ProgramFilter filter = new ProgramFilter("PH", null, authority, null, null, null, ObjectiveCategory.OPERATIONAL,
                null, null, 2027, token);

        statistics.clear();
        Page<ProgramSummary> small = programSearch.search(filter, ProgramSort.UPDATED, PageRequest.of(0, 20));
        long statementsFor20 = statistics.getPrepareStatementCount();

        insertPrograms(planId, conductor.agencyId(), authority, token, 180);
        statistics.clear();
        Page<ProgramSummary> large = programSearch.search(filter, ProgramSort.UPDATED, PageRequest.of(0, 20));
        long statementsFor200 = statistics.getPrepareStatementCount();

        assertThat(small.getTotalElements()).isEqualTo(20);
        assertThat(large.getTotalElements()).isEqualTo(200);
        assertThat(large.getContent()).hasSize(20).allSatisfy(p -> {
            assertThat(p.leadAgencyLabel()).isEqualTo("INL");
            assertThat(p.allocated()).isEqualByComparingTo("500.00");
        });
        assertThat(statementsFor200).isEqualTo(statementsFor20);
        // country code lookup, page query, count, country list, agency tree (with parents): nothing per row
        assertThat(statementsFor20).isLessThanOrEqualTo(8);
    }

    private void insertPrograms(long planId, long agencyId, long authorityId, String token, int count) {
        jdbc.update("insert into program (plan_id, title, description, lead_agency_id, assistance_type_code,"
                + " recipient_type_code, primary_category, horizon, priority, risk, status, start_date, end_date)"
                + " select ?, 'Program ' || ? || ' ' || g, 'Generated program for the statement-count test', ?,"
                + " 'TRAINING', 'MILITARY', 'OPERATIONAL', 'STRATEGIC', 'MEDIUM', 'LOW', 'PROPOSED',"
                + " date '2027-01-01', date '2028-01-01' from generate_series(1, ?) g", planId, token, agencyId, count);
        jdbc.update("insert into program_objective_category (program_id, category) select id, 'OPERATIONAL'"
                + " from program p where plan_id = ? and not exists (select 1 from program_objective_category c"
                + " where c.program_id = p.id)", planId);
        jdbc.update("insert into program_authority (program_id, authority_id) select id, ? from program p"
                + " where plan_id = ? and not exists (select 1 from program_authority a where a.program_id = p.id)",
                authorityId, planId);
        jdbc.update("insert into program_funding_line (program_id, fiscal_year, funding_account, requested, allocated,"
                + " obligated, disbursed) select id, 2027, 'IMET', 600, 500, 400, 100 from program p where plan_id = ?"
                + " and not exists (select 1 from program_funding_line f where f.program_id = p.id)", planId);
    }

    private static List<Long> ids(Page<ProgramSummary> page) {
        return page.getContent().stream().map(ProgramSummary::id).toList();
    }
}
