package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentCommand;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.EvaluationCommand;
import org.ssaplanner.evaluations.EvaluationService;
import org.ssaplanner.evaluations.EvaluationType;
import org.ssaplanner.evaluations.EvidenceUpload;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
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
import org.ssaplanner.workforce.CertificationFrameworkService;
import org.ssaplanner.workforce.PersonCommand;
import org.ssaplanner.workforce.PositionCommand;
import org.ssaplanner.workforce.PostType;
import org.ssaplanner.workforce.TrainingCommand;
import org.ssaplanner.workforce.WorkforceCategory;
import org.ssaplanner.workforce.WorkforceService;
import org.ssaplanner.workforce.WorkloadCommand;

/**
 * WCAG 2.1 A and AA, measured: axe-core checks, in Chromium, every main page for every role (administrator, planner,
 * evaluator, oversight viewer), the sign-in page, forms showing validation errors, the 403, 404 and 409 pages, and
 * pages at a phone's width. Zero violations anywhere; a failure lists each page's violations (rule, impact, the
 * selectors of the elements). Keyboard use: the skip link is the first stop and leads to the content, and the focus
 * is visible.
 */
class AccessibilityBrowserIntegrationTests extends BrowserTestSupport {

    private static final String ADMIN_PASSWORD = "Test-Admin-Password-1";

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
    RestrictionService restrictions;
    @Autowired
    WaiverService waivers;
    @Autowired
    IndicatorService indicators;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    PartnerUnitService units;
    @Autowired
    HumanRightsService humanRights;
    @Autowired
    ImportService imports;
    @Autowired
    WorkforceService workforce;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificationFrameworkService framework;

    /** User name and current password of each role's user (a one-time password until its first sign-in). */
    private final Map<Role, String[]> accounts = new EnumMap<>(Role.class);
    private final Map<Role, Boolean> signedInBefore = new EnumMap<>(Role.class);
    private long plannerId;
    private long inl;
    private long incle;
    private long faa660;
    private long plan;
    private long program;
    private long indicator;
    private long evaluation;
    private long waiver;
    private long unit;
    private long importId;
    private long person;
    private long position;

    @BeforeAll
    void aPlanWithEverythingAPageCanShow() throws IOException {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        long dsca = fixtures.agency("DSCA");
        incle = fixtures.authority("INCLE");
        fixtures.signInAsAdmin();
        faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst()
                .map(RestrictionDetail::id).orElseThrow();
        accounts.put(Role.ADMIN, new String[] {"admin", ADMIN_PASSWORD});
        signedInBefore.put(Role.ADMIN, true);
        CurrentUser planner = account(Role.PLANNER, inl);
        plannerId = planner.id();
        CurrentUser evaluator = account(Role.EVALUATOR, inl);
        account(Role.VIEWER, inl);

        fixtures.signInAsAdmin();
        unit = units.create(new PartnerUnitCommand(fixtures.country("CO"), PlanningFixtures.unique("Pacific Police Unit "),
                "POLICE", null, "Coastal police stations"));
        plan = fixtures.plan(planner, "CO", Set.of(inl, dsca));
        TestUsers.signIn(planner);
        long objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL,
                "Maritime forces interdict drug shipments along the Pacific coast", null));
        long outcome = plans.addOutcome(plan, objective,
                new OutcomeCommand("Pacific coast guard stations sustain patrols", null));
        program = programs.create(plan, ProgramCommandBuilder.program(PlanningFixtures.unique("Police boat crews "), inl,
                incle).supporting(dsca).recipientUnit(unit).recipientType("POLICE").build());
        plans.linkProgram(plan, outcome, program);
        programs.saveFundingLine(program, new FundingLineCommand(2027, "INCLE", new BigDecimal("3100000"),
                new BigDecimal("3000000"), new BigDecimal("2800000"), new BigDecimal("2100000")));
        waiver = waivers.request(new WaiverRequestCommand(program, faa660, WaiverKind.WAIVER, null,
                "The crews are police under a narcotics-control program"));

        TestUsers.signIn(evaluator);
        humanRights.record(new IncidentCommand(unit, LocalDate.of(2026, 3, 1), "Tumaco", "Reported abuse at a checkpoint",
                "Press", IncidentCategory.TORTURE));
        indicator = indicators.create(program, new IndicatorCommand("Patrol days", "Days a year with a patrol at sea",
                MetricLevel.OUTCOME, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "days", null, "120",
                LocalDate.of(2024, 1, 1), "Station logs", outcome, unit));
        indicators.savePeriods(program, indicator, indicators.indicator(program, indicator).version(), List.of(
                new PeriodCommand(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "200", "180", null),
                new PeriodCommand(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "250", "240", null)));
        byte[] evidence = "station,patrol days\nTumaco,180\n".getBytes(StandardCharsets.UTF_8);
        evaluation = evaluations.create(program, new EvaluationCommand(EvaluationType.MONITORING,
                LocalDate.of(2026, 6, 1), "Site visit", 3, 4, "Patrols run as planned", "Keep the maintenance budget"),
                List.of(new EvidenceUpload("patrols.csv", evidence.length, new ByteArrayResource(evidence))));

        // the plan's workforce: a person with a certification and a training, linked to the planner's account, a
        // position they hold, another vacant one carrying work, the program's workload and assignments of both kinds
        fixtures.signInAsAdmin();
        long area = framework.areas().stream().filter(a -> !a.retired()).findFirst().orElseThrow().id();
        long level = framework.levels().stream().filter(l -> !l.retired()).findFirst().orElseThrow().id();
        person = workforce.addPerson(new PersonCommand(PlanningFixtures.unique("Ana Ruiz "), inl,
                WorkforceCategory.FOREIGN_SERVICE, LocalDate.of(1980, 5, 1), null, "ana.ruiz@example.org",
                "Embassy Lima, 2019-2022", new PersonCommand.UserLink(plannerId)));
        workforce.addCertification(person, new CertificationCommand(area, level, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 1, 1)));
        workforce.addTraining(person, new TrainingCommand("Security cooperation management", LocalDate.of(2025, 3, 1),
                null));
        position = workforce.addPosition(new PositionCommand(PlanningFixtures.unique("INL program officer "), inl,
                PostType.EMBASSY_SECTION, "Embassy Bogotá", fixtures.country("CO"), WorkforceCategory.FOREIGN_SERVICE,
                area, level, true, person, LocalDate.of(2025, 8, 1), LocalDate.of(2028, 7, 31)));
        long vacant = workforce.addPosition(new PositionCommand(PlanningFixtures.unique("INL deputy "), inl,
                PostType.EMBASSY_SECTION, "Embassy Bogotá", fixtures.country("CO"), WorkforceCategory.CIVIL_SERVICE,
                null, null, true, null, null, null));
        assignments.setWorkload(plan, program, -1, new WorkloadCommand(new BigDecimal("1.00"), new BigDecimal("0.50"),
                BigDecimal.ZERO, new BigDecimal("0.25"), level));
        assignments.assign(plan, new AssignmentCommand(person, program, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.60")));
        assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2028, AssignmentRole.MANAGER,
                new BigDecimal("0.60")));
        assignments.assign(plan, AssignmentCommand.ofPosition(vacant, program, 2027, AssignmentRole.IMPLEMENTER,
                new BigDecimal("0.50")));

        // a country picture from a real, small ForeignAssistance.gov extract (Taiwan)
        TestUsers.signInAs("import-tester", 1, Role.ADMIN);
        try (InputStream in = getClass().getResourceAsStream("/data/foreignassistance-gov/foreignassistance.csv")) {
            importId = imports.submit("foreignassistance.csv", in);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (imports.get(importId).running() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        TestUsers.signOut();
    }

    private CurrentUser account(Role role, long agencyId) {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
        CreatedUser created = users.create(new UserCommand(PlanningFixtures.unique("a11y").toLowerCase(),
                "Alex " + role.name().charAt(0) + role.name().substring(1).toLowerCase(), null, null, agencyId,
                Set.of(role)));
        accounts.put(role, new String[] {created.username(), created.oneTimePassword()});
        signedInBefore.put(role, false);
        return TestUsers.user(created.id(), created.username(), agencyId, role);
    }

    private void signInAs(Role role) {
        String[] account = accounts.get(role);
        signIn(account[0], account[1]);
        if (!signedInBefore.get(role)) {
            account[1] = chooseOwnPassword(account[1]);
            signedInBefore.put(role, true);
        }
        PlaywrightAssertions.assertThat(page.getByTestId("signed-in-user")).hasText(account[0]);
    }

    /** The pages a role opens in its work, each of which it may see. */
    private List<String> pagesOf(Role role) {
        String results = "/programs/" + program + "/results";
        // every main page once, as the administrator (who sees the most actions); for the other roles their home
        // (its cards differ by role), the plan and the program (their actions differ) and the forms only they
        // open, so the run stays short: the pages share one layout and fragments, which the administrator's run checks
        List<String> pages = new ArrayList<>(role == Role.ADMIN ? List.of("/", "/plans", "/plans/" + plan, "/programs",
                "/programs/" + program, results, "/programs/" + program + "/evaluations", "/evaluations/" + evaluation,
                "/compliance", "/compliance/programs/" + program, "/waivers", "/waivers/" + waiver, "/authorities",
                "/authorities/" + incle, "/restrictions", "/restrictions/" + faa660, "/units", "/units/" + unit,
                "/units/" + unit + "/performance", "/countries", "/countries/TWN", "/imports", "/imports/" + importId,
                "/reports/results", "/reports/waiver-pressure", "/account", "/account/password")
                : List.of("/", "/plans/" + plan, "/programs/" + program));
        switch (role) {
            case ADMIN -> pages.addAll(List.of("/admin/agencies", "/admin/agencies/" + inl, "/admin/agencies/new",
                    "/admin/users", "/admin/users/" + plannerId, "/admin/users/new", "/admin/regions",
                    "/admin/countries/CO/edit", "/admin/taxonomy", "/admin/taxonomy/new", "/imports/mappings",
                    "/imports/" + importId + "/rollback", "/admin/security-log", "/authorities/new",
                    "/authorities/" + incle + "/edit", "/restrictions/new", "/restrictions/" + faa660 + "/edit",
                    "/plans/new", "/plans/" + plan + "/edit", "/plans/" + plan + "/programs/new",
                    "/programs/" + program + "/edit", results + "/indicators/new",
                    results + "/indicators/" + indicator + "/periods", "/evaluations/" + evaluation + "/edit"));
            // the forms of the role that the administrator's run does not open (the plan, program, indicator and
            // evaluation forms are the same templates for every role, and the administrator's run checks them)
            case PLANNER -> pages.addAll(List.of("/plans/" + plan + "/objectives/new",
                    "/waivers/new?programId=" + program + "&restrictionId=" + faa660));
            case EVALUATOR -> pages.addAll(List.of(results + "/indicators/" + indicator + "/edit",
                    "/programs/" + program + "/evaluations/new"));
            case VIEWER -> pages.add("/admin/security-log");
            default -> {
            }
        }
        return pages;
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "PLANNER", "EVALUATOR", "VIEWER"})
    void everyMainPageOfEveryRoleHasNoWcagViolation(Role role) {
        signInAs(role);
        Map<String, List<Rule>> found = new LinkedHashMap<>();
        for (String path : pagesOf(role)) {
            page.navigate(path);
            check(found, path);
        }
        // what the role cannot see and what does not exist: the 403 and 404 pages
        page.navigate(role == Role.ADMIN ? "/admin/users/999999999" : "/admin/users");
        check(found, "403 or 404 page");
        page.navigate("/plans/999999999");
        check(found, "404 page");

        if (role == Role.ADMIN) {
            invalidForms(found);
            staleEdit(found);
        }
        if (role == Role.EVALUATOR) {
            page.navigate("/programs/" + program + "/results/indicators/new");
            page.locator("main form[method=post] button[type=submit]").last().click();
            check(found, "indicator form with errors");
        }
        assertNoViolations(role.name(), found);
    }

    /**
     * The workforce's pages (issue 16): the portfolio view, people, a person, positions, a position, a plan's
     * workforce and a program's workload form, the roster import, the certification framework and the workload rules,
     * and the forms that maintain them; the assignment form after a POST with invalid input. The viewer sees the
     * pages without the personal data and the forms.
     */
    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "VIEWER"})
    void theWorkforcePagesHaveNoWcagViolation(Role role) {
        signInAs(role);
        Map<String, List<Rule>> found = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>(List.of("/workforce", "/workforce/people", "/workforce/people/" + person,
                "/workforce/positions", "/workforce/positions/" + position, "/plans/" + plan + "/workforce"));
        if (role == Role.ADMIN) {
            pages.addAll(List.of("/workforce/people/new", "/workforce/people/" + person + "/edit",
                    "/workforce/positions/new", "/workforce/positions/" + position + "/edit",
                    "/plans/" + plan + "/workforce/programs/" + program, "/workforce/import", "/admin/certifications",
                    "/admin/workload-rules"));
        }
        for (String path : pages) {
            page.navigate(path);
            check(found, path);
        }
        // what the pages show: the vacant position's work and the person's linked user
        page.navigate("/plans/" + plan + "/workforce");
        PlaywrightAssertions.assertThat(page.getByTestId("vacant-load-list")).isVisible();
        page.navigate("/workforce/people/" + person);
        PlaywrightAssertions.assertThat(page.getByTestId("person-user")).containsText("Alex Planner");
        if (role == Role.ADMIN) {
            page.navigate("/plans/" + plan + "/workforce");
            page.getByTestId("save-assignment").click();
            PlaywrightAssertions.assertThat(page.locator(".invalid-feedback").first()).isVisible();
            check(found, "assignment form with errors");
            page.navigate("/workforce/people/" + person);
            page.getByTestId("save-certification").click();
            PlaywrightAssertions.assertThat(page.locator(".invalid-feedback").first()).isVisible();
            check(found, "certification form with errors");
        }
        assertNoViolations(role.name() + " workforce", found);
    }

    /** The plan, program and funding-line forms after a POST with invalid input: field messages, and no violation. */
    private void invalidForms(Map<String, List<Rule>> found) {
        page.navigate("/plans/new");
        page.fill("#title", "");
        page.fill("#startFiscalYear", "");
        page.locator("form[data-testid=plan-form] button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.locator(".invalid-feedback").first()).isVisible();
        check(found, "plan form with errors");

        page.navigate("/plans/" + plan + "/programs/new");
        page.getByTestId("save-program").click();
        PlaywrightAssertions.assertThat(page.locator(".invalid-feedback").first()).isVisible();
        check(found, "program form with errors");

        page.navigate("/programs/" + program);
        page.fill("#fiscalYear", "1900");
        page.fill("#fundingAccount", "");
        page.getByTestId("save-funding").click();
        PlaywrightAssertions.assertThat(page.locator(".invalid-feedback").first()).isVisible();
        check(found, "funding form with errors");
    }

    /** Two tabs edit the plan; the second to save meets the 409 page that shows what changed. */
    private void staleEdit(Map<String, List<Rule>> found) {
        page.navigate("/plans/" + plan + "/edit");
        Page other = page.context().newPage();
        other.navigate("/plans/" + plan + "/edit");
        other.fill("#desiredEndStates", "Pacific ports free of criminal control " + PlanningFixtures.unique(""));
        other.locator("form[data-testid=plan-form] button[type=submit]").click();
        PlaywrightAssertions.assertThat(other.getByTestId("plan-status")).isVisible();
        other.close();
        page.fill("#desiredEndStates", "Cases reach verdicts " + PlanningFixtures.unique(""));
        page.locator("form[data-testid=plan-form] button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.getByTestId("error-409")).isVisible();
        check(found, "409 page");
    }

    @Test
    void theSignInPageAndItsErrorHaveNoWcagViolation() {
        Map<String, List<Rule>> found = new LinkedHashMap<>();
        page.navigate("/login");
        check(found, "/login");
        page.getByLabel("Username").fill("nobody");
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        PlaywrightAssertions.assertThat(page.getByTestId("login-error")).isVisible();
        check(found, "/login after a wrong password");
        assertNoViolations("signed out", found);
    }

    @Test
    void onAPhoneTheMainPagesHaveNoWcagViolation() {
        page.setViewportSize(390, 844);
        Map<String, List<Rule>> found = new LinkedHashMap<>();
        page.navigate("/login");
        check(found, "/login at 390 px");
        signInAs(Role.PLANNER);
        for (String path : List.of("/", "/plans", "/plans/" + plan, "/programs", "/programs/" + program,
                "/programs/" + program + "/results", "/compliance", "/countries/TWN", "/reports/waiver-pressure")) {
            page.navigate(path);
            check(found, path + " at 390 px");
        }
        // the menu, opened
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toggle navigation")).click();
        PlaywrightAssertions.assertThat(page.getByTestId("nav-plans")).isVisible();
        check(found, "open menu at 390 px");
        assertNoViolations("phone", found);
    }

    @Test
    void theKeyboardFindsTheSkipLinkFirstAndSeesWhereTheFocusIs() {
        signInAs(Role.VIEWER);
        page.navigate("/plans/" + plan);
        page.keyboard().press("Tab");
        PlaywrightAssertions.assertThat(page.locator(".skip-link")).isFocused();
        PlaywrightAssertions.assertThat(page.locator(".skip-link")).isInViewport();
        assertThat(focusOutline()).as("the focus ring of the skip link").startsWith("solid");
        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith("#main");
        // the next stop after the skip link is inside the content, not the navigation again
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.closest('main') !== null")).isEqualTo(true);
        assertThat(focusOutline()).as("the focus ring in the content").startsWith("solid");
    }

    /** Style and width of the focused element's outline, e.g. solid 3px. */
    private String focusOutline() {
        return (String) page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth; }");
    }

    @Test
    void everyLinkButtonAndFieldOfThePlannersPagesIsReachedWithTheTabKey() {
        signInAs(Role.PLANNER);
        List<String> unreached = new ArrayList<>();
        for (String path : List.of("/plans/" + plan, "/programs/" + program, "/programs", "/compliance/programs/" + program,
                "/programs/" + program + "/results")) {
            unreached.addAll(unreachedByTab(path));
        }
        assertThat(unreached).as("controls the Tab key never reaches").isEmpty();
    }

    /**
     * Presses Tab through the page and returns the visible, enabled links, buttons and fields it never reached (a
     * radio group counts once: the arrow keys move inside it).
     */
    @SuppressWarnings("unchecked")
    private List<String> unreachedByTab(String path) {
        page.navigate(path);
        List<String> controls = (List<String>) page.evaluate("""
                () => {
                  const seen = new Set();
                  const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                    .filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0
                        && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert], [aria-hidden=true]'))
                    .filter(e => { if (e.type !== 'radio') return true; if (seen.has(e.name)) return false; seen.add(e.name); return true; });
                  all.forEach((e, i) => e.dataset.tabKey = String(i));
                  return all.map(e => e.dataset.tabKey);
                }""");
        Set<String> reached = new HashSet<>();
        for (int n = 0; n < controls.size() + 10 && reached.size() < controls.size(); n++) {
            page.keyboard().press("Tab");
            Object key = page.evaluate("() => { const e = document.activeElement;"
                    + " const k = e && e.dataset ? e.dataset.tabKey : undefined;"
                    + " if (k === undefined && e && e.type === 'radio') { const f = document.querySelector("
                    + "'input[type=radio][name=\"' + e.name + '\"][data-tab-key]'); return f ? f.dataset.tabKey : null; }"
                    + " return k === undefined ? null : k; }");
            if (key != null) {
                reached.add((String) key);
            }
        }
        List<String> unreached = new ArrayList<>();
        for (String key : controls) {
            if (!reached.contains(key)) {
                unreached.add(path + ": " + page.locator("[data-tab-key='" + key + "']").evaluate(
                        "e => e.tagName.toLowerCase() + ' ' + (e.textContent || e.name || e.id || '').trim().slice(0, 40)"));
            }
        }
        return unreached;
    }

    @Test
    void statusBadgesShowEachStateInItsOwnColour() {
        signInAs(Role.VIEWER);
        page.navigate("/plans/" + plan);
        PlaywrightAssertions.assertThat(page.getByTestId("plan-status")).hasText("Draft");
        Locator programStatus = page.locator("section[aria-labelledby=programs-heading] .status-badge").first();
        PlaywrightAssertions.assertThat(programStatus).hasText("Proposed");
        assertThat(background(page.getByTestId("plan-status"))).as("a draft plan against a proposed program")
                .isNotEqualTo(background(programStatus));

        page.navigate("/waivers/" + waiver);
        Locator requested = page.locator(".status-waiver-requested");
        PlaywrightAssertions.assertThat(requested).hasText("Requested");
        page.navigate("/units/" + unit);
        Locator reported = page.locator(".status-incident-reported");
        PlaywrightAssertions.assertThat(reported).hasText("Reported");
        page.navigate("/programs/" + program + "/results");
        Locator onTrack = page.locator("[data-testid=progress-status]").first();
        PlaywrightAssertions.assertThat(onTrack).hasClass(Pattern.compile(".*status-progress-.*"));
        // colours come from the status classes, not from Bootstrap's grey
        assertThat(background(page.locator("[data-testid=progress-status]").first()))
                .isNotEqualTo("rgb(108, 117, 125)");
    }

    private static String background(Locator badge) {
        return (String) badge.evaluate("e => getComputedStyle(e).backgroundColor");
    }

    private void check(Map<String, List<Rule>> found, String where) {
        List<Rule> violations = accessibilityViolations();
        System.out.println("axe: " + where + ": " + violations.size() + " rule(s), "
                + violations.stream().mapToInt(r -> r.getNodes().size()).sum() + " element(s)"
                + (violations.isEmpty() ? "" : " " + violations.stream().map(Rule::getId).toList()));
        if (!violations.isEmpty()) {
            found.put(where, violations);
        }
    }

    private static void assertNoViolations(String who, Map<String, List<Rule>> found) {
        StringBuilder report = new StringBuilder();
        found.forEach((where, violations) -> report.append(describe(who + " " + where, violations)).append('\n'));
        assertThat(found).as("WCAG 2.1 A/AA violations for %s:%n%s", who, report).isEmpty();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
