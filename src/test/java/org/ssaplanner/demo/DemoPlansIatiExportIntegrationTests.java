package org.ssaplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.interchange.IatiExportService;
import org.ssaplanner.interchange.IatiFiles;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;
import org.w3c.dom.Document;

/**
 * The demo plans as IATI 2.03 (issue 17): each demo plan's file, and Ghana's published file (its demo plan is
 * approved), are valid against the official schema with codes from the official codelists, and hold exactly the
 * programs they should, counted here in SQL.
 */
@SsaIntegrationTest
class DemoPlansIatiExportIntegrationTests {

    private static final List<String> DEMO_TITLES = List.of("Colombia: citizen security",
            "Philippines: maritime domain awareness", "Ghana: preventing the spread");

    @Autowired
    DemoPlansLoader loader;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    PlanService plans;
    @Autowired
    IatiExportService iati;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyDemoPlanExportsValidIatiWithOneActivityPerProgram() throws Exception {
        List<PlanSummary> demo = demoPlans();
        assertThat(demo).extracting(PlanSummary::countryAlpha2).contains("CO", "PH", "GH");
        TestUsers.signInAs("viewer-iati", 1, Role.VIEWER);
        for (PlanSummary plan : demo) {
            Document file = IatiFiles.valid(out -> iati.plan(plan.id(), () -> out));
            IatiFiles.codesAreInTheCodelists(file);
            assertThat(identifiers(file)).as(plan.title()).containsExactlyElementsOf(
                    jdbc.queryForList("select id from program where plan_id = ? order by id", Long.class, plan.id()));
            assertThat(IatiFiles.texts(file, "//recipient-country/@code")).containsOnly(plan.countryAlpha2());
        }
    }

    @Test
    void ghanasFileHoldsTheProgramsOfItsApprovedPlansAndForAYearThoseOfThatYear() throws Exception {
        PlanSummary ghanaDemo = demoPlans().stream().filter(p -> p.countryAlpha2().equals("GH")).findFirst()
                .orElseThrow();
        TestUsers.signInAs("viewer-iati", 1, Role.VIEWER);
        Document current = IatiFiles.valid(out -> iati.country("GHA", null, () -> out));
        IatiFiles.codesAreInTheCodelists(current);
        assertThat(identifiers(current)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "select p.id from program p join country_plan cp on cp.id = p.plan_id join country c"
                        + " on c.id = cp.country_id where c.alpha3 = 'GHA' and cp.status = 'APPROVED'",
                Long.class)).isNotEmpty();

        int year = ghanaDemo.startFiscalYear();
        LocalDate yearStart = LocalDate.of(year - 1, 10, 1);
        LocalDate yearEnd = LocalDate.of(year, 9, 30);
        Document inYear = IatiFiles.valid(out -> iati.country("GH", year, () -> out));
        assertThat(identifiers(inYear)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "select p.id from program p join country_plan cp on cp.id = p.plan_id join country c"
                        + " on c.id = cp.country_id where c.alpha3 = 'GHA' and cp.status in ('APPROVED', 'ARCHIVED')"
                        + " and ? between cp.start_fiscal_year and cp.end_fiscal_year"
                        + " and (exists (select 1 from program_funding_line f where f.program_id = p.id"
                        + " and f.fiscal_year = ?) or (p.start_date <= ? and p.end_date >= ?))",
                Long.class, year, year, yearEnd, yearStart)).isNotEmpty();
    }

    private List<PlanSummary> demoPlans() {
        SystemAuthentication.run(() -> {
            if (find().size() < DEMO_TITLES.size()) {
                long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
                if (jdbc.queryForObject("select count(*) from app_user where username = 'planner'", Long.class) == 0) {
                    users.create(new UserCommand("planner", "Demo Planner", null, null, inl, Set.of(Role.PLANNER)));
                }
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> loader.load());
            }
        });
        return SystemAuthentication.call(this::find);
    }

    private List<PlanSummary> find() {
        List<PlanSummary> all = plans.search(PlanFilter.none(), PageRequest.of(0, 5000)).getContent();
        List<PlanSummary> found = new ArrayList<>();
        for (String title : DEMO_TITLES) {
            all.stream().filter(p -> p.title().startsWith(title)).findFirst().ifPresent(found::add);
        }
        return found;
    }

    private static List<Long> identifiers(Document file) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String identifier : IatiFiles.texts(file, "//iati-activity/iati-identifier")) {
            ids.add(Long.parseLong(identifier.substring("XX-SSAPLANNER-".length())));
        }
        return ids;
    }
}
