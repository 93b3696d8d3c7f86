package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.accounts.PersonalAccessTokenService;
import org.ssaplanner.accounts.TokenScope;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentCommand;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.MemberCommand;
import org.ssaplanner.countryteam.PostCommand;
import org.ssaplanner.countryteam.PostKind;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.EvaluationCommand;
import org.ssaplanner.evaluations.EvaluationService;
import org.ssaplanner.evaluations.EvaluationType;
import org.ssaplanner.evaluations.EvidenceUpload;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.portfolio.ReviewCommand;
import org.ssaplanner.portfolio.ReviewScope;
import org.ssaplanner.portfolio.ReviewService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
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
import org.ssaplanner.workforce.TrainingCommand;
import org.ssaplanner.workforce.WorkforceCategory;
import org.ssaplanner.workforce.WorkforceService;

/**
 * The authorization matrix: every route of the application (read from its own request mappings) × every role
 * and a planner of another agency, against the table in {@code authorization-matrix.csv}. A route without a row
 * fails the build, and so does a row for a route that is gone. Path variables are real ids of data made here,
 * so that 403 (refused), 200/302/400 (reached the service: shown, done, or refused as invalid input) and 404 are
 * told apart. POSTs carry a valid CSRF token and no form fields (so an allowed POST mostly answers with the form
 * and its messages, or a redirect); uploads carry a small file. Each request runs in a transaction that is rolled
 * back, so one cell never changes what the next one sees.
 *
 * <p>Who is who: PLANNER is the plan's conductor, a planner of the agency that leads the program; EVALUATOR and
 * VIEWER belong to that agency too; OTHER_PLANNER is a planner of an agency that takes no part in the plan.
 *
 * <p>To update the table after a deliberate change: run the test, then copy
 * {@code target/authorization-matrix.actual.csv} over {@code src/test/resources/org/ssaplanner/authorization-matrix.csv}
 * and review the difference.
 */
@SsaIntegrationTest
class AuthorizationMatrixIntegrationTests {

    enum Who {
        ADMIN, PLANNER, EVALUATOR, VIEWER, OTHER_PLANNER
    }

    private static final String EXPECTED = "/org/ssaplanner/authorization-matrix.csv";
    private static final Path ACTUAL = Path.of("target", "authorization-matrix.actual.csv");
    private final List<String> errors = new ArrayList<>();
    /** Texts a page shows as Thymeleaf's placeholder for a missing message key, e.g. ??agency.deactivate_en_US??. */
    private final List<String> untranslated = new ArrayList<>();
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+_[a-z]{2}_[A-Z]{2}\\?\\?");
    private final Map<String, Cookie> sessions = new LinkedHashMap<>();

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9]+)(?::([^}]*))?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() throws Exception {
        Data data = createData();
        // made before the requests, which each run in a transaction that is rolled back
        data.principals.values().forEach(this::apiToken);
        Map<String, Route> routes = routes(data);
        Map<String, Map<Who, String>> actual = new TreeMap<>();
        long started = System.nanoTime();
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        for (Route route : routes.values()) {
            Map<Who, String> row = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                row.put(who, rolledBack.execute(status -> {
                    status.setRollbackOnly();
                    return answer(route, data.principals.get(who));
                }));
            }
            actual.put(route.key(), row);
        }
        write(actual);
        System.out.printf("Authorization matrix: %d routes x %d users in %d ms%n", actual.size(), Who.values().length,
                (System.nanoTime() - started) / 1_000_000);

        Map<String, Map<Who, String>> expected = readExpected();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<Who, String>> entry : actual.entrySet()) {
            Map<Who, String> wanted = expected.get(entry.getKey());
            if (wanted == null) {
                problems.add("new route without an entry in the table: " + entry.getKey() + " answers "
                        + entry.getValue());
                continue;
            }
            for (Who who : Who.values()) {
                if (!wanted.get(who).equals(entry.getValue().get(who))) {
                    problems.add(entry.getKey() + " as " + who + ": expected " + wanted.get(who) + ", got "
                            + entry.getValue().get(who));
                }
            }
        }
        expected.keySet().stream().filter(key -> !actual.containsKey(key))
                .forEach(key -> problems.add("the table lists a route the application no longer has: " + key));
        untranslated.stream().distinct().forEach(text -> problems.add("a page shows a missing message key: " + text));
        actual.forEach((key, row) -> row.forEach((who, answer) -> {
            if (answer.startsWith("5") || answer.equals("EXCEPTION")) {
                problems.add(key + " as " + who + " fails with " + answer + " (a route must never fail)");
            }
        }));
        if (!problems.isEmpty()) {
            fail(problems.size() + " differences from " + EXPECTED + " (the actual table is in " + ACTUAL + "):\n"
                    + String.join("\n", problems));
        }
        assertThat(actual).hasSizeGreaterThan(100);
    }

    /**
     * After a failed POST the address bar shows the POST's address, so reloading the page is a GET of it (issue 13
     * item 7). Every POST route that can render a page (the form again, with its messages) must answer that GET with
     * something other than 405 and never fail: the form, or a redirect to it. A POST renders a page when its handler
     * takes a {@link BindingResult}, {@link Errors}, {@link Model} (other than {@link RedirectAttributes}) or
     * {@link ModelMap} (read from the application's own request mappings, so new routes are held to it as well), or
     * when, sent without fields by an administrator, it answers 200 with HTML.
     */
    @Test
    void everyPostThatRendersAFormAnswersAGetOfItsAddress() {
        Data data = createData();
        // made before the requests, which each run in a transaction that is rolled back
        data.principals.values().forEach(this::apiToken);
        CurrentUser admin = data.principals.get(Who.ADMIN);
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Route post : routes(data).values()) {
            if (post.method() != RequestMethod.POST) {
                continue;
            }
            boolean rendersPage = takesFormOrModel(post.handler());
            if (!rendersPage) {
                MockHttpServletResponse answer = rolledBack.execute(status -> {
                    status.setRollbackOnly();
                    return perform(post, admin);
                });
                String type = answer.getContentType();
                rendersPage = answer.getStatus() == 200 && type != null && type.startsWith("text/html");
            }
            if (!rendersPage) {
                continue;
            }
            checked.add(post.pattern());
            Route reload = new Route(RequestMethod.GET, post.pattern(), post.path(), post.params(), null, post.handler());
            MockHttpServletResponse answer = rolledBack.execute(status -> {
                status.setRollbackOnly();
                return perform(reload, admin);
            });
            if (answer.getStatus() == 405 || answer.getStatus() >= 500) {
                problems.add(post.key() + " renders a form, but reloading it (GET " + post.path() + ") answers "
                        + answer.getStatus() + ": add a GET mapping that shows the form or redirects to it");
            }
        }
        assertThat(problems).as("POST routes whose reload is refused").isEmpty();
        // the rule applies to the application's forms: the plan, program, indicator and waiver forms among them
        assertThat(checked).contains("/plans/{planId}/programs", "/plans/{id}/objectives",
                "/programs/{programId}/results/indicators", "/waivers", "/waivers/{id}/approve",
                "/units/{id}/incidents");
    }

    private static boolean takesFormOrModel(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            // RedirectAttributes is a Model too, but only for the redirect after a successful POST
            boolean model = (Model.class.isAssignableFrom(type) && !RedirectAttributes.class.isAssignableFrom(type))
                    || ModelMap.class.isAssignableFrom(type);
            if (Errors.class.isAssignableFrom(type) || model) {
                return true;
            }
        }
        return false;
    }

    private MockHttpServletResponse perform(Route route, CurrentUser principal) {
        AbstractMockHttpServletRequestBuilder<?> request = route.method() == RequestMethod.GET
                ? MockMvcRequestBuilders.get(route.path()) : MockMvcRequestBuilders.post(route.path()).with(csrf());
        route.params().forEach(request::param);
        request.with(user(principal)).cookie(session(principal));
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(route.key() + " as " + principal.getUsername() + " failed", e);
        }
    }

    private final Map<Long, String> apiTokens = new HashMap<>();

    private String apiToken(CurrentUser principal) {
        return apiTokens.computeIfAbsent(principal.id(), id -> {
            TestUsers.signIn(principal);
            try {
                return context.getBean(PersonalAccessTokenService.class)
                        .create("matrix", TokenScope.READ_WRITE, LocalDate.now().plusDays(1)).token();
            } finally {
                TestUsers.signOut();
            }
        });
    }

    private String answer(Route route, CurrentUser principal) {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (route.method() == RequestMethod.GET) {
            request = MockMvcRequestBuilders.get(route.path());
        } else if (route.uploadField() != null) {
            MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(route.path());
            upload.file(new MockMultipartFile(route.uploadField(), "matrix.txt", "text/plain",
                    "matrix test file".getBytes(StandardCharsets.UTF_8)));
            request = upload.with(csrf());
        } else if (route.path().startsWith("/api/")) {
            // the REST API: a JSON body with no fields, the version 0 in If-Match
            request = (route.method() == RequestMethod.PUT ? MockMvcRequestBuilders.put(route.path())
                    : MockMvcRequestBuilders.post(route.path())).contentType("application/json").content("{}")
                    .header("If-Match", "\"0\"");
        } else {
            request = MockMvcRequestBuilders.post(route.path()).with(csrf());
        }
        route.params().forEach(request::param);
        if (route.path().startsWith("/api/")) {
            // the REST API knows no session: each user sends a read-write personal access token of their own
            request.header("Authorization", "Bearer " + apiToken(principal));
        } else {
            // signed-in users always have a session (the CSRF token lives there)
            request.with(user(principal)).cookie(session(principal));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            Matcher missing = MISSING_MESSAGE.matcher(response.getContentAsString(StandardCharsets.UTF_8));
            while (missing.find()) {
                untranslated.add(route.key() + " as " + principal.getUsername() + ": " + missing.group());
            }
            return String.valueOf(response.getStatus());
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            errors.add(route.key() + " as " + principal.getUsername() + ": " + root);
            return "EXCEPTION";
        }
    }

    /** The user's session cookie, made by a first request, as a browser would have it after signing in. */
    private Cookie session(CurrentUser principal) {
        return sessions.computeIfAbsent(principal.getUsername(), name -> {
            try {
                Cookie cookie = mvc.perform(MockMvcRequestBuilders.get("/").with(user(principal))).andReturn()
                        .getResponse().getCookie("SESSION");
                assertThat(cookie).as("session cookie of " + name).isNotNull();
                return cookie;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Every GET and POST route of the application's own controllers, path variables filled in. */
    private Map<String, Route> routes(Data data) {
        Map<String, Route> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.ssaplanner")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
            }
            Map<String, String> params = new LinkedHashMap<>();
            info.getParamsCondition().getExpressions().forEach(expression -> {
                assertThat(expression.isNegated()).as("negated parameter condition on " + info).isFalse();
                params.put(expression.getName(), expression.getValue());
            });
            String uploadField = uploadField(handler);
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (String expanded : expandAlternatives(pattern)) {
                    for (RequestMethod method : methods) {
                        boolean apiWrite = method == RequestMethod.PUT && expanded.startsWith("/api/");
                        if (method != RequestMethod.GET && method != RequestMethod.POST && !apiWrite) {
                            continue;
                        }
                        Route route = new Route(method, expanded, fill(expanded, data), params, uploadField,
                                handler);
                        routes.put(route.key(), route);
                    }
                }
            }
        }
        return routes;
    }

    private static String uploadField(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            boolean file = MultipartFile.class.equals(type)
                    || (List.class.equals(type) && parameter.getGenericParameterType().getTypeName()
                            .contains(MultipartFile.class.getName()));
            if (file) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                return param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            }
        }
        return null;
    }

    /** The sections the plan page loads on demand ({@code /plans/{id}/sections/{section}}), each its own row. */
    private static final List<String> PLAN_SECTIONS = List.of("plan-team", "plan-suggestions", "plan-workforce",
            "plan-portfolio", "plan-findings", "plan-evidence");

    /**
     * {@code /plans/{id}/{action:submit|approve}} becomes one pattern per alternative, and
     * {@code /plans/{id}/sections/{section}} one per section of the plan page.
     */
    private static List<String> expandAlternatives(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            if ("section".equals(m.group(1)) && pattern.startsWith("/plans/")) {
                List<String> expanded = new ArrayList<>();
                for (String section : PLAN_SECTIONS) {
                    expanded.addAll(expandAlternatives(pattern.substring(0, m.start()) + section
                            + pattern.substring(m.end())));
                }
                return expanded;
            }
            if (m.group(2) != null && m.group(2).matches("[a-z-]+(\\|[a-z-]+)+")) {
                List<String> expanded = new ArrayList<>();
                for (String alternative : m.group(2).split("\\|")) {
                    expanded.addAll(expandAlternatives(pattern.substring(0, m.start()) + alternative
                            + pattern.substring(m.end())));
                }
                return expanded;
            }
        }
        return List.of(pattern);
    }

    private static String fill(String pattern, Data data) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String segment = before.replaceAll("/$", "");
            segment = segment.substring(segment.lastIndexOf('/') + 1);
            String value = value(m.group(1), segment, pattern, data);
            if (value == null) {
                fail("The matrix test has no value for {" + m.group(1) + "} in " + pattern
                        + ": add one to AuthorizationMatrixIntegrationTests.value()");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static String value(String variable, String segment, String pattern, Data data) {
        if ("passkeys".equals(segment)) {
            return "bm8tc3VjaC1wYXNza2V5"; // a passkey credential id (base64url) nobody has
        }
        Long id = switch (variable) {
            case "planId" -> data.plan;
            case "programId" -> data.program;
            case "objectiveId" -> data.objective;
            case "outcomeId" -> data.outcome;
            case "lineId" -> data.fundingLine;
            case "exceptionId" -> data.restrictionException;
            // no such carried exception: removing one of INCLE's would change the seed data other tests read
            case "carriedId" -> 999_999_999L;
            case "incidentId" -> data.incident;
            case "fileId" -> data.evidenceFile;
            case "indicatorId" -> data.indicator;
            case "unitId" -> data.unit;
            case "memberId" -> data.teamMember;
            case "postId" -> data.teamPost;
            case "levelId" -> data.certificationLevel;
            case "areaId" -> data.functionalArea;
            case "certificationId" -> data.certification;
            case "trainingId" -> data.training;
            case "assignmentId" -> data.assignment;
            case "itemId" -> data.reviewItem;
            // an agency suggested for the plan (issue 14: Homeland Security's Coast Guard takes no part in it)
            case "agencyId" -> data.suggestedAgency;
            case "id" -> pattern.startsWith("/imports/mappings/") ? data.agencyMapping : switch (segment) {
                case "plans" -> data.plan;
                case "programs" -> data.program;
                case "agencies" -> data.agency;
                case "users" -> data.user;
                case "taxonomy" -> data.taxonomyRule;
                case "restrictions" -> data.restriction;
                case "waivers" -> data.waiver;
                case "authorities" -> data.authority;
                case "units" -> data.unit;
                case "imports" -> data.importId;
                case "evaluations" -> data.evaluation;
                // no such notice (a notice of another user answers the same: 404)
                case "inbox" -> 999_999_999L;
                // no such personal access token of the user (another user's answers the same: 404)
                case "tokens" -> 999_999_999L;
                case "people" -> data.person;
                case "positions" -> data.position;
                case "workload-rules" -> data.workloadRule;
                case "reviews" -> data.review;
                case "rules" -> data.portfolioRule;
                default -> null;
            };
            default -> null;
        };
        if (id != null) {
            return id.toString();
        }
        return switch (variable) {
            // the country picture's own address is its ISO3 code (other spellings redirect there)
            case "code" -> "countries".equals(segment) ? "COL" : "CO";
            case "iso3" -> "COL";
            default -> null;
        };
    }

    /**
     * One route: method, the pattern as mapped, the path to request, fixed parameters, the upload field if any, and
     * the handler method that answers it.
     */
    record Route(RequestMethod method, String pattern, String path, Map<String, String> params, String uploadField,
            HandlerMethod handler) {

        String key() {
            String query = params.isEmpty() ? "" : "?" + String.join("&", params.entrySet().stream()
                    .map(p -> p.getKey() + (p.getValue() == null ? "" : "=" + p.getValue())).toList());
            return method + " " + pattern + query;
        }
    }

    /** Ids of everything the routes address, and the five users. */
    static final class Data {
        final Map<Who, CurrentUser> principals = new EnumMap<>(Who.class);
        long plan;
        long program;
        long objective;
        long outcome;
        long fundingLine;
        long restriction;
        long restrictionException;
        long authority;
        long waiver;
        long unit;
        long incident;
        long evaluation;
        long evidenceFile;
        long indicator;
        long agency;
        long user;
        long taxonomyRule;
        long workloadRule;
        long training;
        long importId;
        long agencyMapping;
        long teamPost;
        long teamMember;
        long suggestedAgency;
        long certificationLevel;
        long functionalArea;
        long person;
        long certification;
        long position;
        long assignment;
        long review;
        long reviewItem;
        long portfolioRule;
    }

    private Data createData() {
        PlanService plans = context.getBean(PlanService.class);
        ProgramService programs = context.getBean(ProgramService.class);
        PlanningFixtures fixtures = new PlanningFixtures(context.getBean(UserAccountService.class),
                context.getBean(AgencyService.class), context.getBean(ReferenceDataService.class), plans, programs);
        Data data = new Data();
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        long adminAgency = jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, admin);
        data.principals.put(Who.ADMIN, TestUsers.user(admin, "admin", adminAgency, Role.ADMIN));
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        data.principals.put(Who.PLANNER, conductor);
        data.principals.put(Who.EVALUATOR, fixtures.user("INL", Role.EVALUATOR));
        CurrentUser viewer = fixtures.user("INL", Role.VIEWER);
        data.principals.put(Who.VIEWER, viewer);
        data.principals.put(Who.OTHER_PLANNER, fixtures.user("DSCA", Role.PLANNER));
        data.user = viewer.id();
        data.agency = inl;
        data.suggestedAgency = fixtures.agency("USCG");

        data.plan = fixtures.plan(conductor, "CO", Set.of(inl));
        data.objective = plans.addObjective(data.plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Accountable police", null));
        data.outcome = plans.addOutcome(data.plan, data.objective, new OutcomeCommand("Cases reach verdicts", null));
        data.program = programs.create(data.plan, fixtures.program(PlanningFixtures.unique("Matrix program "), inl,
                fixtures.authority("INCLE")));
        plans.linkProgram(data.plan, data.outcome, data.program);
        programs.saveFundingLine(data.program, new FundingLineCommand(2027, "INCLE", new BigDecimal("1000.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        data.fundingLine = jdbc.queryForObject("select min(id) from program_funding_line where program_id = ?",
                Long.class, data.program);

        fixtures.signInAsAdmin();
        // the country team (issue 14): a post and a person of the plan's country, of the PLANNER's agency (INL)
        CountryTeamService team = context.getBean(CountryTeamService.class);
        data.teamPost = team.addPost("COL", new PostCommand(PostKind.ATTACHE_OFFICE,
                PlanningFixtures.unique("Matrix post "), null, inl));
        data.teamMember = team.addMember("COL", new MemberCommand(TeamRole.INL_SECTION,
                PlanningFixtures.unique("Matrix person "), inl, data.teamPost, null, null, null));
        // the workforce (issue 16): a person of the PLANNER's agency (INL) with a certification, and a position
        WorkforceService workforce = context.getBean(WorkforceService.class);
        data.certificationLevel = jdbc.queryForObject(
                "select id from workforce_certification_level where code = 'EXPERT'", Long.class);
        data.functionalArea = jdbc.queryForObject("select min(id) from workforce_functional_area", Long.class);
        data.person = workforce.addPerson(new PersonCommand(PlanningFixtures.unique("Matrix officer "), inl,
                WorkforceCategory.CIVIL_SERVICE, null, null, null, null));
        data.certification = workforce.addCertification(data.person, new CertificationCommand(data.functionalArea,
                data.certificationLevel, LocalDate.of(2025, 1, 1), null));
        data.training = workforce.addTraining(data.person, new TrainingCommand("Matrix course", LocalDate.of(2025,
                2, 1), null));
        data.position = workforce.addPosition(new PositionCommand(PlanningFixtures.unique("Matrix position "), inl,
                PostType.EMBASSY_SECTION, null, null, WorkforceCategory.CIVIL_SERVICE, null, null, true, data.person,
                null, null));
        data.assignment = context.getBean(AssignmentService.class).assign(data.plan, new AssignmentCommand(
                data.person, data.program, 2027, AssignmentRole.MANAGER, new BigDecimal("0.50")));
        RestrictionDetail faa660 = context.getBean(RestrictionService.class).all().stream()
                .filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow();
        data.restriction = faa660.id();
        data.restrictionException = faa660.exceptions().get(0).id();
        data.authority = fixtures.authority("INCLE");
        data.taxonomyRule = jdbc.queryForObject("select min(id) from taxonomy_rule", Long.class);
        data.workloadRule = jdbc.queryForObject("select min(id) from workforce_workload_rule", Long.class);
        long country = fixtures.country("CO");
        data.unit = context.getBean(PartnerUnitService.class).create(new PartnerUnitCommand(country,
                PlanningFixtures.unique("Matrix unit "), "POLICE", null, null));

        TestUsers.signIn(conductor);
        data.waiver = context.getBean(WaiverService.class).request(new WaiverRequestCommand(data.program,
                faa660.id(), WaiverKind.WAIVER, null, "Matrix waiver request"));

        TestUsers.signIn(data.principals.get(Who.EVALUATOR));
        data.incident = context.getBean(HumanRightsService.class).record(new IncidentCommand(data.unit,
                LocalDate.of(2026, 3, 1), "Bogotá", "Matrix incident", "Press", IncidentCategory.TORTURE));
        byte[] evidence = "item,count\nvisits,3\n".getBytes(StandardCharsets.UTF_8);
        data.evaluation = context.getBean(EvaluationService.class).create(data.program,
                new EvaluationCommand(EvaluationType.MONITORING, LocalDate.of(2026, 6, 1), "Site visit", 3, 3,
                        "Findings", "Recommendations"),
                List.of(new EvidenceUpload("evidence.csv", evidence.length, new ByteArrayResource(evidence))));
        data.evidenceFile = jdbc.queryForObject("select min(id) from evaluation_evidence where evaluation_id = ?",
                Long.class, data.evaluation);
        data.indicator = context.getBean(IndicatorService.class).create(data.program, new IndicatorCommand(
                "Cases closed", "Cases closed in the year", MetricLevel.OUTCOME, IndicatorMeasure.UNIT,
                Direction.HIGHER_IS_BETTER, "cases", null, "10", LocalDate.of(2026, 1, 1), "Court records",
                data.outcome, null));

        TestUsers.signIn(conductor);
        data.importId = context.getBean(ImportService.class).submit("matrix.txt",
                new ByteArrayInputStream("not a csv".getBytes(StandardCharsets.UTF_8)));
        data.agencyMapping = jdbc.queryForObject("insert into interchange_agency_mapping (parent_acronym, "
                + "source_acronym, source_name) values (?, ?, 'Matrix bureau') returning id", Long.class,
                PlanningFixtures.unique("M"), PlanningFixtures.unique("B"));
        // the portfolio review (issue 15): a review of the plan, opened by its conductor, with its program's item
        TestUsers.signIn(conductor);
        data.review = context.getBean(ReviewService.class).open(new ReviewCommand(ReviewScope.PLAN, data.plan, null,
                null, null));
        data.reviewItem = jdbc.queryForObject("select min(id) from portfolio_review_item where review_id = ?",
                Long.class, data.review);
        data.portfolioRule = jdbc.queryForObject("select min(id) from portfolio_rule", Long.class);
        TestUsers.signOut();
        return data;
    }

    private static Map<String, Map<Who, String>> readExpected() throws IOException {
        Map<String, Map<Who, String>> expected = new TreeMap<>();
        InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream(EXPECTED);
        if (in == null) {
            return expected;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",");
                Map<Who, String> row = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    row.put(who, cells[who.ordinal() + 1].trim());
                }
                expected.put(cells[0].trim(), row);
            }
        }
        return expected;
    }

    private void write(Map<String, Map<Who, String>> actual) throws IOException {
        StringBuilder csv = new StringBuilder("route,ADMIN,PLANNER,EVALUATOR,VIEWER,OTHER_PLANNER\n");
        actual.forEach((route, row) -> {
            csv.append(route);
            for (Who who : Who.values()) {
                csv.append(',').append(row.get(who));
            }
            csv.append('\n');
        });
        Files.createDirectories(ACTUAL.getParent());
        Files.writeString(ACTUAL, csv.toString());
        Files.write(ACTUAL.resolveSibling("authorization-matrix.errors.txt"), errors);
    }
}
