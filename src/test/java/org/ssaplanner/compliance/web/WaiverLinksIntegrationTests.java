package org.ssaplanner.compliance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyCommand;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 12: "Request a waiver" links and buttons show only to those who may request one
 * ({@code WaiverPermissions}, the rule {@code WaiverService.request} enforces). A plan conducted by a DSCA
 * planner holds a police program led by INL, blocked by FAA s.660; every page that offers a request is
 * rendered for every role, a planner of another agency in the plan and a planner of an agency that answers
 * for no program at all.
 */
@SsaIntegrationTest
class WaiverLinksIntegrationTests {

    @Autowired
    WebApplicationContext context;
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

    MockMvc mvc;
    PlanningFixtures fixtures;
    CurrentUser conductor;
    long program;
    long restriction;
    long waiver;
    Map<String, CurrentUser> people = new LinkedHashMap<>();

    @BeforeEach
    void policeProgramLedByInlInAPlanConductedByDsca() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        long dsca = fixtures.agency("DSCA");
        long noPrograms = agencies.create(new AgencyCommand("WL" + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(), "Office without programs " + UUID.randomUUID(), fixtures.agency("TREAS"), AgencyKind.OFFICE,
                false, null, Set.of())); // under a department: the departments are the seed data's (ReferenceData tests)
        conductor = fixtures.user("DSCA", Role.PLANNER);
        long planId = fixtures.plan(conductor, "CO", Set.of(inl, dsca));
        fixtures.signInAsAdmin();
        program = programs.create(planId, ProgramCommandBuilder.program(PlanningFixtures.unique("Waiver links police "),
                inl, fixtures.authority("INCLE")).description("Police mentoring").recipientType("POLICE")
                .domains("GOVERNANCE_RULE_OF_LAW").priority(Level.MEDIUM).risk(Level.MEDIUM)
                .sustainment("Partner can absorb", Level.MEDIUM, "Partner police", new BigDecimal("1000.00")).build());
        RestrictionDetail s660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst()
                .orElseThrow();
        restriction = s660.id();

        people.put("ADMIN of another agency", TestUsers.user(-20, "links-admin", fixtures.agency("DOS"), Role.ADMIN));
        people.put("PLANNER of the lead agency", TestUsers.user(-21, "links-inl-planner", inl, Role.PLANNER));
        people.put("PLANNER conducting the plan", conductor);
        people.put("PLANNER of another agency in the plan", TestUsers.user(-22, "links-dsca-planner", dsca,
                Role.PLANNER));
        people.put("PLANNER of an agency without programs", TestUsers.user(-23, "links-lone-planner", noPrograms,
                Role.PLANNER));
        people.put("EVALUATOR of the lead agency", TestUsers.user(-24, "links-inl-evaluator", inl, Role.EVALUATOR));
        people.put("VIEWER of the lead agency", TestUsers.user(-25, "links-inl-viewer", inl, Role.VIEWER));

        TestUsers.signIn(people.get("PLANNER of the lead agency"));
        waiver = waivers.request(new WaiverRequestCommand(program, restriction, WaiverKind.WAIVER, null,
                "Links test"));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theLinksToRequestAWaiverForTheProgramShowOnlyToThoseWhoMayRequestOne() throws Exception {
        String link = "/waivers/new?programId=" + program + "&amp;restrictionId=" + restriction;
        Set<String> may = Set.of("ADMIN of another agency", "PLANNER of the lead agency", "PLANNER conducting the plan");
        for (Map.Entry<String, CurrentUser> person : people.entrySet()) {
            boolean shown = may.contains(person.getKey());
            assertThat(page("/compliance/programs/" + program, person.getValue()))
                    .as("compliance page of the program for " + person.getKey())
                    .contains("requires a waiver of 22 U.S.C. 2420, FAA s.660")
                    .satisfies(html -> assertLink(html, link, shown));
            assertThat(page("/programs/" + program, person.getValue()))
                    .as("program page for " + person.getKey())
                    .contains("requires a waiver of 22 U.S.C. 2420, FAA s.660")
                    .satisfies(html -> assertLink(html, link, shown));
        }
    }

    @Test
    void theButtonsToRequestAWaiverForSomeProgramShowOnlyToThoseWhoAnswerForOne() throws Exception {
        Set<String> may = Set.of("ADMIN of another agency", "PLANNER of the lead agency", "PLANNER conducting the plan",
                "PLANNER of another agency in the plan");
        for (Map.Entry<String, CurrentUser> person : people.entrySet()) {
            // a DSCA planner answers for no program here, but DSCA leads programs of other tests' plans
            if (person.getKey().equals("PLANNER of another agency in the plan")) {
                continue;
            }
            boolean shown = may.contains(person.getKey());
            assertThat(page("/waivers", person.getValue())).as("waiver list for " + person.getKey())
                    .satisfies(html -> assertLink(html, "href=\"/waivers/new\"", shown));
            assertThat(page("/restrictions/" + restriction, person.getValue()))
                    .as("restriction page for " + person.getKey())
                    .satisfies(html -> assertLink(html, "/waivers/new?restrictionId=" + restriction, shown));
        }
    }

    @Test
    void onlyTheRequesterAndAdministratorsSeeTheWithdrawButton() throws Exception {
        Set<String> may = Set.of("ADMIN of another agency", "PLANNER of the lead agency");
        for (Map.Entry<String, CurrentUser> person : people.entrySet()) {
            boolean shown = may.contains(person.getKey());
            assertThat(page("/waivers/" + waiver, person.getValue())).as("waiver page for " + person.getKey())
                    .contains("Links test")
                    .satisfies(html -> assertLink(html, "/waivers/" + waiver + "/withdraw", shown));
        }
    }

    private static void assertLink(String html, String link, boolean shown) {
        if (shown) {
            assertThat(html).contains(link);
        } else {
            assertThat(html).doesNotContain(link);
        }
    }

    private String page(String path, CurrentUser person) throws Exception {
        var result = mvc.perform(get(path).with(user(person))).andReturn().getResponse();
        assertThat(result.getStatus()).as(path).isEqualTo(200);
        return result.getContentAsString();
    }
}
