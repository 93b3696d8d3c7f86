package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.MemberCommand;
import org.ssaplanner.countryteam.PostCommand;
import org.ssaplanner.countryteam.PostKind;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.portfolio.ReviewCommand;
import org.ssaplanner.portfolio.ReviewScope;
import org.ssaplanner.portfolio.ReviewService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.workforce.AssignmentCommand;
import org.ssaplanner.workforce.AssignmentRole;
import org.ssaplanner.workforce.AssignmentService;
import org.ssaplanner.workforce.CertificationCommand;
import org.ssaplanner.workforce.PersonCommand;
import org.ssaplanner.workforce.PositionCommand;
import org.ssaplanner.workforce.PostType;
import org.ssaplanner.workforce.WorkforceCategory;
import org.ssaplanner.workforce.WorkforceService;
import org.ssaplanner.workforce.WorkloadCommand;

/**
 * Issue 18: a page costs a constant number of SQL statements whatever the number of rows behind it. The main pages
 * are opened (through the whole web stack; every JDBC execution of the request counted) on a small data set, the
 * data set is grown ten times (plans, programs in the plan, funding lines and their history, compliance findings,
 * waivers, indicators and their values), and the pages are opened again: every page must cost the same.
 */
@SsaIntegrationTest
class PageStatementsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    PlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    WaiverService waivers;

    @Autowired
    RestrictionService restrictions;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewService reviews;

    @Autowired
    CountryTeamService team;
    @Autowired
    WorkforceService workforce;
    @Autowired
    AssignmentService assignments;

    private PlanningFixtures fixtures;
    private final Map<Role, CurrentUser> principals = new LinkedHashMap<>();
    private final Map<String, List<String>> sqlOfLastRun = new LinkedHashMap<>();
    private String token;
    private long inl;
    private long dsca;
    private long incle;
    private long faa660;
    private long plan;
    private long outcome;
    private long program;
    private long dueProgram;
    private int grown;
    private final Set<Long> teamContacts = new HashSet<>();
    private long workforcePerson;
    private long workforcePosition;
    private long unit;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyMainPageTakesTheSameStatementsOnASmallAndATenTimesLargerDataSet() throws Exception {
        setUp();
        grow(1);
        Map<String, Long> small = statements();
        System.out.println("Statements per page on the small data set: " + small);
        // -Dpage-statements.print=/programs/ lists the statements of the pages whose address starts so
        String print = System.getProperty("page-statements.print");
        if (print != null) {
            sqlOfLastRun.forEach((page, sql) -> {
                if (page.startsWith(print)) {
                    System.out.println("Statements of " + page + ":\n  " + String.join("\n  ", sql));
                }
            });
        }
        grow(9);
        Map<String, Long> large = statements();
        // on a difference, the statements of the pages that differ, to find the repeated one
        small.forEach((page, count) -> {
            if (!count.equals(large.get(page))) {
                System.out.println("Statements of " + page + " on the larger data set (" + large.get(page) + "):\n  "
                        + String.join("\n  ", sqlOfLastRun.get(page)));
            }
        });

        assertThat(large).as("statements per page, 10x data against 1x").isEqualTo(small);
        // and what the fixes of issue 18 brought each page down to (before: plan 53, program 74 growing by nine a
        // revision, program list 12): the history reads each audit table once, agencies are read once a request
        // (42 since the plan page names its blocked active programs in an alert: issue 13, item 2)
        // (68 since issue 14 adds two sections to the plan page, each a fixed number of statements: its country team
        // with the points of contact, and who else could help, which reads the plan's programs' needs, the FA.gov
        // obligations in its years, the catalogue, the authorities and the dismissals)
        // (69 with the concurrence summary, which reads the plan's reviews: issue 14, section 1)
        // (75 with the workforce section, issue 16: the plan's capacity in four aggregating statements and the plan)
        // (one more on every page since issue 14, section 4: the unread count of the inbox in the navigation bar)
        assertThat(small.get("/plans/" + plan)).isLessThanOrEqualTo(76);
        // (62 since the program page raises the Leahy alarm and offers the waiver link only where one exists)
        // (40 since the program, its facts, its plan and lead agency and the restriction catalogue are read once per
        // page view: issue 18, session 27; 42 with the portfolio's decisions section, issue 15)
        assertThat(small.get("/programs/" + program)).isLessThanOrEqualTo(42);
        assertThat(small.get("/programs?size=2")).isLessThanOrEqualTo(12);
        // (a program context, about seven statements, per program of the unit's indicators before session 30)
        assertThat(small.get("/units/" + unit + "/performance")).isLessThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user_id = ?", Long.class,
                principals.get(Role.PLANNER).id())).as("the inbox grew").isGreaterThanOrEqualTo(40);
        // the data really grew behind the pages
        assertThat(jdbc.queryForObject("select count(*) from program where plan_id = ?", Long.class, plan))
                .isEqualTo(31);
        assertThat(jdbc.queryForObject("select count(*) from program_funding_line where program_id = ?", Long.class,
                program)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from program_funding_line_aud where program_id = ?",
                Long.class, program)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from compliance_finding f join program p on p.id = f.program_id"
                + " where p.plan_id = ?", Long.class, plan)).isGreaterThanOrEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_indicator where program_id = ?", Long.class,
                program)).isEqualTo(10);
    }

    private void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        token = PlanningFixtures.unique("stm").toLowerCase();
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        incle = fixtures.authority("INCLE");
        fixtures.signInAsAdmin();
        faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst()
                .map(RestrictionDetail::id).orElseThrow();
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        long adminAgency = jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, admin);
        principals.put(Role.ADMIN, TestUsers.user(admin, "admin", adminAgency, Role.ADMIN));
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        principals.put(Role.PLANNER, conductor);
        principals.put(Role.EVALUATOR, fixtures.user("INL", Role.EVALUATOR));
        principals.put(Role.VIEWER, fixtures.user("DSCA", Role.VIEWER));

        plan = fixtures.plan(conductor, "CO", Set.of(inl, dsca));
        TestUsers.signIn(conductor);
        long objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Accountable police " + token, null));
        outcome = plans.addOutcome(plan, objective, new OutcomeCommand("Cases reach verdicts " + token, null));
        program = policeProgram("Focus program " + token);
        // a partner unit that the indicators of more and more programs concern (its performance page, issue 18)
        unit = jdbc.queryForObject("insert into partner_unit (country_id, name, force_type_code) values"
                + " ((select id from country where alpha2 = 'CO'), ?, 'POLICE') returning id", Long.class,
                "Unit " + token);
        // results due (issue 13, item 15) are counted on programs that deliver assistance: an active one, in a plan
        // of its own; its status set as a fixture (activation has its own rules, not the subject here)
        long duePlan = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signIn(conductor);
        dueProgram = programs.create(duePlan, ProgramCommandBuilder.program("Due program " + token, inl, incle).build());
        jdbc.update("update program set status = 'ACTIVE', absorptive_capacity_assessment = 'Partner can absorb it',"
                + " absorptive_capacity_rating = 'MEDIUM', sustainer = 'Partner ministry', sustainment_annual_cost = 0"
                + " where id = ?", dueProgram);
    }

    /** Adds, per step: a plan, three police programs under INCLE (each with a finding, a waiver and a funding line)
     * and, on the focus program, a funding line (with its history) and an indicator with two values. */
    private void grow(int steps) {
        CurrentUser conductor = principals.get(Role.PLANNER);
        for (int s = 0; s < steps; s++) {
            int step = grown++;
            fixtures.plan(conductor, step % 2 == 0 ? "GH" : "PH", Set.of(inl));
            TestUsers.signIn(conductor);
            // notices in the planner's inbox (issue 14, section 4), half of them unread
            for (int i = 0; i < 4; i++) {
                jdbc.update("insert into notification (recipient_user_id, kind, plan_id, subject, detail, created_at,"
                        + " read_at) values (?, 'CONCURRENCE_ANSWERED', ?, 'Plan', 'DSCA answered', now(),"
                        + " case when ? then now() end)", conductor.id(), plan, i % 2 == 0);
            }
            long lastOther = 0;
            for (int i = 0; i < 3; i++) {
                long other = policeProgram("Program " + token + " " + step + "." + i);
                programs.saveFundingLine(other, new FundingLineCommand(2027, "INCLE", new BigDecimal("300.00"),
                        new BigDecimal("200.00"), new BigDecimal("100.00"), BigDecimal.ZERO));
                waivers.request(new WaiverRequestCommand(other, faa660, WaiverKind.WAIVER, null,
                        "Waiver request " + token));
                lastOther = other;
            }
            // the workforce (issue 16): a certified person a step, a program's workload, two assignments
            TestUsers.signIn(conductor);
            long area = jdbc.queryForObject("select min(id) from workforce_functional_area", Long.class);
            long expert = jdbc.queryForObject("select id from workforce_certification_level where code = 'EXPERT'",
                    Long.class);
            long officer = workforce.addPerson(new PersonCommand("Officer " + token + " " + step, inl,
                    WorkforceCategory.CIVIL_SERVICE, null, null, null, null));
            workforce.addCertification(officer, new CertificationCommand(area, expert, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2028, 1, 1)));
            // in the plan's country (the posts of its workforce page): a filled position whose tour ends within the
            // plan's years, and a vacant one
            long colombia = fixtures.country("CO");
            long advisor = workforce.addPosition(new PositionCommand("Advisor " + token + " " + step, inl,
                    PostType.EMBASSY_SECTION,
                    "Post " + step, colombia, WorkforceCategory.CIVIL_SERVICE, area, expert, true, officer,
                    LocalDate.of(2025, 8, 1), LocalDate.of(2028, 7, 31)));
            long deputy = workforce.addPosition(new PositionCommand("Deputy " + token + " " + step, inl,
                    PostType.EMBASSY_SECTION, "Post " + step, colombia, WorkforceCategory.CIVIL_SERVICE, area, expert,
                    true, null, null, null));
            // work assigned to positions: the held one and the vacant one (a shortfall on the plan's pages)
            assignments.assign(plan, AssignmentCommand.ofPosition(advisor, program, 2028, AssignmentRole.OVERSIGHT,
                    new BigDecimal("0.20")));
            assignments.assign(plan, AssignmentCommand.ofPosition(deputy, lastOther, 2028, AssignmentRole.IMPLEMENTER,
                    new BigDecimal("0.50")));
            assignments.setWorkload(plan, lastOther, -1, new WorkloadCommand(BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ZERO, new BigDecimal("0.25"), expert));
            assignments.assign(plan, new AssignmentCommand(officer, lastOther, 2027, AssignmentRole.MANAGER,
                    new BigDecimal("0.60")));
            assignments.assign(plan, new AssignmentCommand(officer, program, 2027, AssignmentRole.EVALUATOR,
                    new BigDecimal("0.60")));
            // a second person and position a step, so that the lists of two a page fill their first page
            long colleague = workforce.addPerson(new PersonCommand("Colleague " + token + " " + step, inl,
                    WorkforceCategory.CONTRACTOR, null, null, null, null));
            workforce.addPosition(new PositionCommand("Analyst " + token + " " + step, inl, PostType.HEADQUARTERS,
                    null, null, WorkforceCategory.CONTRACTOR, null, null, true, colleague, null, null));
            if (workforcePerson == 0) {
                workforcePerson = officer;
                workforcePosition = advisor;
            }
            // the country team of the plan's country (issue 14): a post and two people, one named a point of contact
            TestUsers.signIn(conductor);
            long post = team.addPost(country(), new PostCommand(PostKind.ATTACHE_OFFICE, "Post " + token + " " + step,
                    null, inl));
            long person = team.addMember(country(), new MemberCommand(TeamRole.INL_SECTION, "Person " + token + " "
                    + step, inl, post, "person@example.gov", LocalDate.of(2025, 8, 1), LocalDate.of(2027, 7, 31)));
            team.addMember(country(), new MemberCommand(TeamRole.IMPLEMENTING_PARTNER_LEAD, "Partner " + token + " "
                    + step, inl, null, null, null, null));
            teamContacts.add(person);
            team.namePointsOfContact(plan, teamContacts);
            TestUsers.signIn(conductor);
            programs.saveFundingLine(program, new FundingLineCommand(2027 + step % 3, "INCLE" + (step / 3 == 0 ? "" : " " + step / 3),
                    new BigDecimal("1000.00"), new BigDecimal("900.00"), new BigDecimal("100.00"), BigDecimal.ZERO));
            TestUsers.signIn(principals.get(Role.EVALUATOR));
            indicators.create(lastOther, new IndicatorCommand("Unit cases " + step, null, MetricLevel.OUTPUT,
                    IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "cases", null, "0", null, null, null, unit));
            long indicator = indicators.create(program, new IndicatorCommand("Cases closed " + step, "Cases closed",
                    MetricLevel.OUTCOME, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "cases", null, "10",
                    LocalDate.of(2023, 1, 1), "Court records", outcome, null));
            long version = jdbc.queryForObject("select version from evaluation_indicator where id = ?", Long.class,
                    indicator);
            indicators.savePeriods(program, indicator, version, List.of(
                    new PeriodCommand(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "20", "15", null),
                    new PeriodCommand(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "30", "25", null)));
            // two results due a step (periods ended with no actual), so that the small list fills its page too
            long due = indicators.create(dueProgram, new IndicatorCommand("Posts staffed " + step, null,
                    MetricLevel.OUTPUT, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "posts", null, "0", null,
                    null, null, null));
            long dueVersion = jdbc.queryForObject("select version from evaluation_indicator where id = ?", Long.class,
                    due);
            indicators.savePeriods(dueProgram, due, dueVersion, List.of(
                    new PeriodCommand(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "20", null, null),
                    new PeriodCommand(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "30", null, null)));
        }
        TestUsers.signOut();
    }

    private String country() {
        return jdbc.queryForObject("select alpha3 from country where alpha2 = 'CO'", String.class);
    }

    private long policeProgram(String title) {
        TestUsers.signIn(principals.get(Role.PLANNER));
        long id = programs.create(plan, ProgramCommandBuilder.program(title, inl, incle).supporting(dsca)
                .recipientType("POLICE").build());
        plans.linkProgram(plan, outcome, id);
        return id;
    }

    private Map<String, Long> statements() throws Exception {
        String country = jdbc.queryForObject("select alpha3 from country where alpha2 = 'CO'", String.class);
        // the portfolio review of the plan (issue 15), opened on the data set as it is: every program of the plan
        TestUsers.signIn(principals.get(Role.PLANNER));
        long review = reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        TestUsers.signOut();
        Map<String, Role> pages = new LinkedHashMap<>();
        pages.put("/ as ADMIN", Role.ADMIN);
        pages.put("/ as PLANNER", Role.PLANNER);
        pages.put("/ as EVALUATOR", Role.EVALUATOR);
        pages.put("/ as VIEWER", Role.VIEWER);
        // lists with two rows a page, so that the small data set fills a page too: a list whose first page is not
        // full needs no count, which is one statement fewer, not a statement per row
        pages.put("/programs?size=2", Role.VIEWER);
        pages.put("/programs?q=" + token + "&size=2", Role.VIEWER);
        pages.put("/programs?q=" + token + "&page=1&size=2", Role.VIEWER);
        pages.put("/plans?size=2", Role.VIEWER);
        pages.put("/plans/" + plan, Role.PLANNER);
        pages.put("/plans/" + plan + " as VIEWER", Role.VIEWER);
        // the sections the plan page loads on demand (issue 18, session 32), each alone as htmx asks for it
        for (String section : List.of("plan-team", "plan-suggestions", "plan-workforce", "plan-portfolio",
                "plan-findings", "plan-evidence")) {
            pages.put("/plans/" + plan + "/sections/" + section, Role.PLANNER);
        }
        pages.put("/plans/" + plan + "/suggestions", Role.PLANNER);
        pages.put("/plans/" + plan + "/suggestions as VIEWER", Role.VIEWER);
        pages.put("/plans/" + plan + "/concurrence", Role.VIEWER);
        pages.put("/inbox?size=2", Role.PLANNER);
        pages.put("/programs/" + program, Role.PLANNER);
        pages.put("/compliance?size=2", Role.VIEWER);
        pages.put("/compliance?severity=BLOCKING&size=2", Role.VIEWER);
        pages.put("/compliance?severity=BLOCKING&page=1&size=2", Role.VIEWER);
        pages.put("/reports/results", Role.VIEWER);
        pages.put("/waivers?size=2", Role.PLANNER);
        // sorted by a column header (issue 13, item 14): the order is SQL, the statements the same
        pages.put("/programs?sort=COUNTRY&dir=desc&size=2", Role.VIEWER);
        pages.put("/plans?sort=title&dir=asc&size=2", Role.VIEWER);
        pages.put("/waivers?sort=status&dir=asc&size=2", Role.PLANNER);
        pages.put("/compliance?sort=country&dir=desc&size=2", Role.VIEWER);
        pages.put("/results/due?size=2", Role.EVALUATOR);
        // a unit's performance: the indicators about it, of one more program a step
        pages.put("/units/" + unit + "/performance", Role.EVALUATOR);
        pages.put("/results/due?sort=program&size=2", Role.EVALUATOR);
        pages.put("/countries/" + country, Role.VIEWER);
        pages.put("/countries/" + country + "/team", Role.VIEWER);
        pages.put("/countries/" + country + "/team as PLANNER", Role.PLANNER);
        // arms deliveries (SIPRI), aggregated in SQL: the same statements whatever the register holds
        pages.put("/countries/" + country + "/competition", Role.VIEWER);
        // the workforce (issue 16), aggregated in SQL
        pages.put("/plans/" + plan + "/workforce", Role.PLANNER);
        pages.put("/plans/" + plan + "/workforce as VIEWER", Role.VIEWER);
        pages.put("/workforce", Role.VIEWER);
        pages.put("/workforce/people?size=2", Role.VIEWER);
        pages.put("/workforce/positions?size=2", Role.PLANNER);
        pages.put("/workforce/people/" + workforcePerson, Role.PLANNER);
        pages.put("/workforce/positions/" + workforcePosition, Role.PLANNER);
        // the portfolio (issue 15): the recommendations table paged and the dashboards aggregated in SQL, a review
        // with every program of the plan in two statements; keyed without the review's id (it differs per data set)
        pages.put("/portfolio?size=2", Role.VIEWER);
        pages.put("/portfolio?planId=" + plan + "&size=2", Role.VIEWER);
        pages.put("/portfolio/reviews", Role.VIEWER);
        pages.put("/portfolio/reviews/{review}", Role.PLANNER);
        pages.put("/portfolio/reviews/{review} as VIEWER", Role.VIEWER);
        // capability coverage and competition across the portfolio: aggregated in SQL, the competitors' shares of
        // every country in one statement
        pages.put("/portfolio/coverage", Role.VIEWER);
        pages.put("/portfolio/coverage?fiscalYear=2027", Role.VIEWER);
        pages.put("/portfolio/competition", Role.VIEWER);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Role> page : pages.entrySet()) {
            String url = page.getKey().replaceAll(" as [A-Z]+$", "").replace("{review}", String.valueOf(review));
            // once unmeasured first: the reference lists it reads are then cached for both data sets alike; then the
            // fewer of two measured views, since a cached reference entry may expire (once a minute) between them
            mvc.perform(get(url).with(user(principals.get(page.getValue()))));
            for (int view = 0; view < 2; view++) {
                StatementCounting.start();
                MvcResult result;
                List<String> sql;
                long count;
                try {
                    result = mvc.perform(get(url).with(user(principals.get(page.getValue())))).andReturn();
                } finally {
                    sql = StatementCounting.statements();
                    count = StatementCounting.stop();
                }
                assertThat(result.getResponse().getStatus()).as(page.getKey()).isEqualTo(200);
                if (!counts.containsKey(page.getKey()) || count < counts.get(page.getKey())) {
                    counts.put(page.getKey(), count);
                    sqlOfLastRun.put(page.getKey(), sql);
                }
            }
        }
        System.out.println("Statements per page: " + counts);
        return counts;
    }
}
