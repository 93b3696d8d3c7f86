package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * From an imported El Salvador activity a planner creates a program in the country's plan: the form
 * is pre-filled and the program keeps the link to the activity's published source rows.
 */
@SsaIntegrationTest
class ProgramFromActivityIntegrationTests {

    @Autowired
    ImportService imports;
    @Autowired
    CountryPictureService pictures;
    @Autowired
    ImportedActivityLinks links;
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
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPlannerCreatesAProgramFromAnImportedActivityAndItKeepsItsSourceRows() throws Exception {
        ImportFixtures.importAndWait(imports, SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv"));
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        CurrentUser planner = fixtures.user("INL", Role.PLANNER);
        long planId = fixtures.plan(planner, "SV", Set.of(inl));
        assertThat(pictures.picture("SLV").participationKnown()).as("El Salvador has a plan").isTrue();
        // a partner country with imported data and no plan: no agency is called absent from a plan
        ImportFixtures.importAndWait(imports, SharedData.faGov("Yemen_2022-2002_Econ_Other.csv"));
        fixtures.signInAsAdmin(); // the import fixture signs out when it is done
        CountryPicture yemen = pictures.picture("YEM");
        assertThat(yemen.participationKnown()).isFalse();
        assertThat(yemen.notParticipating()).isEmpty();
        mvc.perform(get("/countries/YEM").with(user(TestUsers.user(3, "v", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No country plan covers this country yet")))
                .andExpect(content().string(not(containsString("Agencies active here but not in the country plan"))))
                // no plan, so no action on the activities: the page says what to do instead (issue 13 item 4)
                .andExpect(content().string(containsString("No country plan covers Yemen yet, so no program can be "
                        + "created from these activities")))
                .andExpect(content().string(not(containsString("data-testid=\"create-program\""))))
                .andExpect(content().string(not(containsString("data-testid=\"new-plan-for-country\""))));
        // a planner is offered the plan to make, with the country chosen
        mvc.perform(get("/countries/YEM").with(user(planner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/plans/new?country=YEM\"")))
                .andExpect(content().string(containsString("Create a country plan for Yemen")));
        long yemenId = fixtures.country("YE");
        TestUsers.signOut();
        mvc.perform(get("/plans/new").param("country", "YEM").with(user(planner)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*<option(?=[^>]*value=\"" + yemenId
                        + "\")(?=[^>]*selected)[^>]*>Yemen</option>.*")));
        // with the plan of El Salvador, the conductor sees the action on the activities
        mvc.perform(get("/countries/SLV").with(user(planner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"create-program\"")))
                .andExpect(content().string(containsString("href=\"/plans/" + planId + "/programs/new?importedActivity=SLV")));
        fixtures.signInAsAdmin(); // a MockMvc request as another user ends with the context cleared

        ActivityRow activity = pictures.activities("SLV", ActivityFilter.none(), PageRequest.of(0, 1)).getContent().get(0);
        ImportedActivity source = pictures.activity("SLV", activity.activityId()).orElseThrow();
        String url = pictures.newProgramUrl("SLV", activity.activityId()).orElseThrow();
        assertThat(url).startsWith("/plans/" + planId + "/programs/new?importedActivity=SLV");
        TestUsers.signOut();

        mvc.perform(get("/plans/{id}/programs/new", planId).param("importedActivity", "SLV:" + activity.activityId())
                        .with(user(planner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"source-activity\"")))
                .andExpect(content().string(containsString("value=\"SLV:" + activity.activityId() + "\"")));
        mvc.perform(get("/plans/{id}/programs/new", planId).param("importedActivity", "SLV:no-such-activity")
                .with(user(planner))).andExpect(status().isNotFound());

        String location = mvc.perform(post("/plans/{id}/programs", planId).with(user(planner)).with(csrf())
                        .param("importedActivity", "SLV:" + activity.activityId())
                        .param("title", "From published data " + activity.activityId()).param("leadAgencyId", String.valueOf(inl))
                        .param("authorityIds", String.valueOf(fixtures.authority("INCLE")))
                        .param("assistanceTypeCode", "TRAINING").param("recipientTypeCode", "JUSTICE")
                        .param("categories", "GOVERNANCE").param("primaryCategory", "GOVERNANCE").param("horizon", "STRATEGIC")
                        .param("priority", "MEDIUM").param("risk", "LOW").param("startDate", "2027-01-01")
                        .param("endDate", "2028-12-31").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long programId = Long.parseLong(location.replaceAll(".*/programs/(\\d+).*", "$1"));

        TestUsers.signIn(planner);
        assertThat(links.sourcesOf(programId)).singleElement().satisfies(s -> {
            assertThat(s.countryCode()).isEqualTo("SLV");
            assertThat(s.activityId()).isEqualTo(activity.activityId());
            assertThat(s.sourceRows()).isEqualTo(source.sourceRowIds().size());
        });
        mvc.perform(get("/programs/{id}", programId).with(user(planner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Created from published ForeignAssistance.gov data")));

        // a newer vintage without the activity keeps the program's link (its rows are moved to the history), and the
        // activity's rows are back with the link when that vintage is rolled back
        Path withoutActivity = ImportFixtures.modifiedCopy(SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv"),
                "salvador-without-" + activity.activityId() + ".csv",
                r -> r.get("Activity ID").equals(activity.activityId()) ? null : r);
        ImportDetail newer = ImportFixtures.importAndWait(imports, withoutActivity);
        assertThat(newer.vintage().rowsRemoved()).isEqualTo(source.sourceRowIds().size());
        TestUsers.signIn(planner);
        assertThat(links.sourcesOf(programId)).singleElement().satisfies(s -> {
            assertThat(s.activityId()).isEqualTo(activity.activityId());
            assertThat(s.activityName()).isEqualTo(source.name());
            assertThat(s.sourceRows()).isZero();
        });
        mvc.perform(get("/programs/{id}", programId).with(user(planner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no longer in the current published data")));
        TestUsers.signInAs("rollback-admin", 1, Role.ADMIN);
        imports.rollback(newer.id());
        TestUsers.signIn(planner);
        assertThat(links.sourcesOf(programId)).singleElement()
                .satisfies(s -> assertThat(s.sourceRows()).isEqualTo(source.sourceRowIds().size()));
    }
}
