package org.ssaplanner.programs.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.PersonalAccessTokenService;
import org.ssaplanner.accounts.TokenScope;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The REST API with personal access tokens (issue 17, section 3), through the real filter chains and services on
 * PostgreSQL: a round trip (create, read, update with If-Match, a stale update gets 412, none 428), scopes, another
 * agency's program, bad JSON, and tokens that stop working (revoked, user disabled, unknown, none).
 */
@SsaIntegrationTest
class ProgramApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonalAccessTokenService tokens;
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
    JdbcTemplate jdbc;

    PlanningFixtures fixtures;
    CurrentUser conductor;
    long planId;
    long inl;
    long incle;

    @BeforeEach
    void plan() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        incle = fixtures.authority("INCLE");
        conductor = fixtures.user("INL", Role.PLANNER);
        planId = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private String token(CurrentUser user, TokenScope scope) {
        TestUsers.signIn(user);
        try {
            return tokens.create("test " + scope, scope, LocalDate.now().plusDays(30)).token();
        } finally {
            TestUsers.signOut();
        }
    }

    private String body(String title) {
        return """
                {"title": "%s", "description": "Made through the API", "leadAgencyId": %d,
                 "authorityIds": [%d], "assistanceTypeCode": "TRAINING", "recipientTypeCode": "POLICE",
                 "capabilityDomainCodes": ["COUNTERNARCOTICS"], "categories": ["GOVERNANCE"],
                 "primaryCategory": "GOVERNANCE", "horizon": "STRATEGIC", "priority": "HIGH", "risk": "LOW",
                 "startDate": "2027-01-01", "endDate": "2028-12-31"}""".formatted(title, inl, incle);
    }

    @Test
    void aPlannerCreatesReadsAndUpdatesAProgramWithTheVersionAsETag() throws Exception {
        String write = token(conductor, TokenScope.READ_WRITE);
        String title = PlanningFixtures.unique("API program ");
        MvcResult created = mvc.perform(post("/api/v1/plans/{planId}/programs", planId)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + write).contentType(MediaType.APPLICATION_JSON)
                        .content(body(title)))
                .andExpect(status().isCreated()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.title").value(title)).andReturn();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith("/api/v1/programs/");
        long id = Long.parseLong(location.substring("/api/v1/programs/".length()));
        assertThat(jdbc.queryForObject("select title from program where id = ?", String.class, id)).isEqualTo(title);

        mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + write))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.planId").value(planId)).andExpect(jsonPath("$.recipientTypeCode").value("POLICE"));

        mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + write)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(body(title + " renamed")))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.title").value(title + " renamed"));

        // the same change again with the old version: refused, nothing saved
        mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + write)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(body(title + " overwritten")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(412));
        mvc.perform(put(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + write)
                        .contentType(MediaType.APPLICATION_JSON).content(body(title + " overwritten")))
                .andExpect(status().isPreconditionRequired());
        assertThat(jdbc.queryForObject("select title from program where id = ?", String.class, id))
                .isEqualTo(title + " renamed");

        // the list finds it by its words, as /programs does
        mvc.perform(get("/api/v1/programs").param("q", title.substring(title.length() - 10))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + write))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/plans/{id}", planId).header(HttpHeaders.AUTHORIZATION, "Bearer " + write))
                .andExpect(status().isOk()).andExpect(jsonPath("$.programIds[0]").value(id))
                .andExpect(jsonPath("$.countryCode").value("COL"));
    }

    @Test
    void badInputGetsProblemDetailsWithFieldErrorsAndNothingIsSaved() throws Exception {
        String write = token(conductor, TokenScope.READ_WRITE);
        long before = jdbc.queryForObject("select count(*) from program where plan_id = ?", Long.class, planId);
        mvc.perform(post("/api/v1/plans/{planId}/programs", planId)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + write).contentType(MediaType.APPLICATION_JSON)
                        .content(body("").replace("\"endDate\": \"2028-12-31\"", "\"endDate\": \"2026-01-01\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists());
        mvc.perform(post("/api/v1/plans/{planId}/programs", planId)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + write).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Unknown field").replace("\"risk\"", "\"riskAppetite\": 3, \"risk\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Unreadable request body"));
        mvc.perform(post("/api/v1/plans/{planId}/programs", planId)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + write).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Wrong type").replace("\"leadAgencyId\": " + inl, "\"leadAgencyId\": \"INL\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programs/999999999").header(HttpHeaders.AUTHORIZATION, "Bearer " + write))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        assertThat(jdbc.queryForObject("select count(*) from program where plan_id = ?", Long.class, planId))
                .isEqualTo(before);
    }

    @Test
    void scopesRolesAndAgenciesAreEnforcedAsInTheBrowser() throws Exception {
        String title = PlanningFixtures.unique("Guarded ");
        TestUsers.signIn(conductor);
        long id = programs.create(planId, fixtures.program(title, inl, incle));
        TestUsers.signOut();

        String read = token(conductor, TokenScope.READ);
        mvc.perform(get("/api/v1/programs/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + read))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/programs/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + read)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body(title)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // a planner of an agency outside the plan may read it but not change it; a viewer neither
        String other = token(fixtures.user("DSCA", Role.PLANNER), TokenScope.READ_WRITE);
        mvc.perform(put("/api/v1/programs/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body(title)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        String evaluator = token(fixtures.user("INL", Role.EVALUATOR), TokenScope.READ_WRITE);
        mvc.perform(put("/api/v1/programs/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + evaluator)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body(title)))
                .andExpect(status().isForbidden());
        String viewer = token(fixtures.user("INL", Role.VIEWER), TokenScope.READ_WRITE);
        mvc.perform(put("/api/v1/programs/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body(title)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select version from program where id = ?", Long.class, id)).isZero();

        // an administrator may change any program
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        long adminAgency = jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, admin);
        String administrator = token(TestUsers.user(admin, "admin", adminAgency, Role.ADMIN), TokenScope.READ_WRITE);
        mvc.perform(put("/api/v1/programs/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + administrator)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body(title)))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    }

    @Test
    void revokedUnknownAndMissingTokensAndDisabledUsersGet401() throws Exception {
        CurrentUser planner = fixtures.user("INL", Role.PLANNER);
        String token = token(planner, TokenScope.READ);
        mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at is not null from personal_access_token where user_id = ?",
                Boolean.class, planner.id())).isTrue();

        mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, "Bearer ssa_nobodysToken"))
                .andExpect(status().isUnauthorized());

        fixtures.signInAsAdmin();
        users.setEnabled(planner.id(), false);
        TestUsers.signOut();
        mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
        fixtures.signInAsAdmin();
        users.setEnabled(planner.id(), true);
        TestUsers.signOut();
        mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());

        TestUsers.signIn(planner);
        long tokenId = tokens.mine().get(0).id();
        tokens.revoke(tokenId);
        TestUsers.signOut();
        mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
        // the database keeps only the hash
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where token_hash = ?", Long.class,
                token)).isZero();
    }
}
