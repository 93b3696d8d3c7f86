package org.ssaplanner.compliance.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.compliance.CompliancePrograms;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.Role;

/** Every page of the issue renders with real data and templates; unknown ids give 404. */
@SsaIntegrationTest
class CompliancePagesIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuthorityService authorities;
    @Autowired
    RestrictionService restrictions;
    @Autowired
    WaiverService waivers;
    @Autowired
    PartnerUnitService units;
    @Autowired
    ReferenceDataService reference;

    MockMvc mvc;
    long program;
    String programTitle;
    long unit;
    long waiver;
    long authority;
    long restriction;
    long colombia;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestUsers.signInAs("pages-planner", 1, Role.PLANNER, Role.ADMIN);
        colombia = reference.countryByCode("CO").orElseThrow().id();
        unit = units.create(new PartnerUnitCommand(colombia, "Pages unit " + UUID.randomUUID(), "POLICE", null, null));
        authority = authorities.all().stream().filter(a -> a.shortName().equals("INCLE")).findFirst().orElseThrow().id();
        RestrictionDetail s660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow();
        restriction = s660.id();
        ProgramFacts facts = CompliancePrograms.create(context, unit, "POLICE", "INCLE");
        program = facts.programId();
        programTitle = facts.title();
        TestUsers.signInAs("pages-planner", 1, Role.PLANNER, Role.ADMIN);
        waiver = waivers.request(new WaiverRequestCommand(program, restriction, WaiverKind.WAIVER, null, "Pages test"));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void pagesRenderForAViewer() throws Exception {
        RequestPostProcessor viewer = user("viewer").roles("VIEWER");
        ok(get("/authorities").with(viewer), "22 U.S.C. 2291");
        ok(get("/authorities").param("statute", "TITLE_10").param("status", "ACTIVE").param("recipientType", "MILITARY").with(viewer), "10 U.S.C. 333");
        ok(get("/authorities/" + authority).with(viewer), "International Narcotics Control and Law Enforcement");
        ok(get("/restrictions").with(viewer), "recipient_type in (POLICE, CORRECTIONS)");
        ok(get("/restrictions/" + restriction).with(viewer), "FAA s.660(b)(3)");
        ok(get("/waivers").with(viewer), "22 U.S.C. 2420");
        ok(get("/waivers/" + waiver).with(viewer), "Pages test");
        ok(get("/compliance").param("restriction", String.valueOf(restriction)).with(viewer), programTitle);
        ok(get("/compliance").header("HX-Request", "true").with(viewer), "id=\"results\"");
        ok(get("/compliance/programs/" + program).with(viewer), "requires a waiver of 22 U.S.C. 2420, FAA s.660");
        ok(get("/units/" + unit).with(viewer), "Human-rights record");
        ok(get("/units").param("country", String.valueOf(colombia)).with(viewer), "Pages unit");
        // by ISO code (issue 13 item 6), and the countries that have units listed with their counts
        ok(get("/units").param("country", "COL").with(viewer), "Pages unit");
        ok(get("/units").with(viewer), "href=\"/units?country=COL\"");
        ok(get("/reports/waiver-pressure").with(viewer), "Waiver pressure");
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/js/waiver-pressure.js")).andExpect(status().isOk());
        mvc.perform(get("/reports/waiver-pressure").param("format", "csv").with(viewer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(content().string(Matchers.startsWith("restriction,citation,title,fiscal_year")));
    }

    @Test
    void formsRenderForAdministratorsAndUnknownIdsAre404() throws Exception {
        RequestPostProcessor admin = user("admin-pages").roles("ADMIN");
        ok(get("/authorities/new").with(admin), "Sunset date");
        ok(get("/authorities/" + authority + "/edit").with(admin), "22 U.S.C. 2291");
        ok(get("/restrictions/new").with(admin), "unit.credible_hr_violation");
        ok(get("/restrictions/" + restriction + "/edit").with(admin), "Condition language");
        ok(get("/waivers/new").param("programId", String.valueOf(program)).param("restrictionId", String.valueOf(restriction)).with(admin),
                "FAA s.660(b)(3)");
        ok(get("/waivers/" + waiver).with(admin), "Approve");
        mvc.perform(post("/restrictions/" + restriction).with(admin).with(csrf()).param("code", "FAA_660").param("citation", "c")
                .param("title", "t").param("summary", "s").param("severity", "BLOCKING").param("waivable", "true")
                .param("waiverAuthority", "x").param("conditionText", "recipient_type in (POLICE, PIRATES)").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Unknown value &quot;PIRATES&quot; for recipient_type")));
        for (String path : List.of("/authorities/987654321", "/restrictions/987654321", "/waivers/987654321",
                "/units/987654321", "/compliance/programs/987654321")) {
            mvc.perform(get(path).with(admin)).andExpect(status().isNotFound());
        }
    }

    private void ok(RequestBuilder request, String text) throws Exception {
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(text)));
    }
}
