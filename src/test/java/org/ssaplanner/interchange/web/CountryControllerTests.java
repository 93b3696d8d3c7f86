package org.ssaplanner.interchange.web;


import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.interchange.ActivityExport;
import org.ssaplanner.interchange.ActivityRow;
import org.ssaplanner.interchange.Area;
import org.ssaplanner.interchange.AreaKind;
import org.ssaplanner.interchange.CompetitionService;
import org.ssaplanner.interchange.CountryContext;
import org.ssaplanner.interchange.CountryContextService;
import org.ssaplanner.interchange.CountryIndex;
import org.ssaplanner.interchange.CountryPicture;
import org.ssaplanner.interchange.CountryPicture.ActiveAgency;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.CountryPictureService;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.TransactionType;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.Role;

@WebMvcTest(CountryController.class)
@Import(WebSliceTestConfiguration.class)
class CountryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CountryPictureService pictures;

    @MockitoBean
    ActivityExport export;

    @MockitoBean
    CountryContextService contexts;

    @MockitoBean
    CompetitionService competition;

    static final CountryRef SLV = new CountryRef(1, "SV", "SLV", "El Salvador", 2, "Central America", "Americas");
    static final Area SLV_AREA = new Area("SLV", "El Salvador", AreaKind.COUNTRY, "Americas / Central America", "SLV",
            null, null, null, null, true);
    static final Area WLD = new Area("WLD", "World", AreaKind.WORLD, "World", "WLD", null, null, null, null, false);
    static final Area KOSOVO = new Area("XKX", "Kosovo", AreaKind.COUNTRY, "Europe and Eurasia", "CS-KM", null, null,
            null, "published by FA.gov under the code CS-KM", false);
    static final Area USSR = new Area("SUN", "Soviet Union (former)", AreaKind.FORMER, "Europe and Eurasia", "NULL",
            "Soviet Union (former)", "SUHH", "1992-08-30", null, false);
    static final List<TransactionType> ACTIVITY_TYPES = List.of(new TransactionType("2", "Obligations"),
            new TransactionType("3", "Disbursements"));
    static final List<TransactionType> SUMMARY_TYPES = List.of(new TransactionType("18", "President's Budget Requests"),
            new TransactionType("1", "Appropriated and Planned"), new TransactionType("2", "Obligations"),
            new TransactionType("3", "Disbursements"));

    static Amounts line(String key, String label, String detail, String mapped, String obligations) {
        return new Amounts(key, label, detail, null, mapped, Map.of("2", new BigDecimal(obligations), "3", BigDecimal.ZERO), 1);
    }

    static final Amounts NONE = new Amounts(null, null, null, null, null, Map.of(), 0);

    @BeforeEach
    void picture() {
        when(pictures.country("SLV")).thenReturn(SLV);
        when(pictures.area("SLV")).thenReturn(SLV_AREA);
        when(pictures.area("WLD")).thenReturn(WLD);
        when(pictures.area("CS-KM")).thenReturn(KOSOVO);
        when(pictures.area("SUN")).thenReturn(USSR);
        CountryPicture picture = new CountryPicture(SLV_AREA, ACTIVITY_TYPES,
                List.of(line("1976tq", "1976tq", null, null, "5.00"), line("2020", "2020", null, null, "-12.50")),
                List.of(line("STATE", "Department of State", null, "DOS – Department of State", "-7.50")),
                List.of(line("STATE", "Department of State", "INL", "INL – Bureau", "-7.50")),
                List.of(line("11x1022", "International Narcotics Control and Law Enforcement", null, "INCLE", "-7.50")),
                List.of(line("15210", "Security system management and reform", null, "Security system management and reform", "1")),
                List.of(line("12", "Counter-Narcotics", null, "Counternarcotics", "1")),
                List.of(line("Economic", "Economic", null, null, "-7.50")),
                line(null, null, null, null, "-7.50"), SUMMARY_TYPES, List.of(), NONE,
                List.of(new ActiveAgency(9, "INL – Bureau of International Narcotics", new BigDecimal("100"))), true, null);
        when(pictures.picture("SLV")).thenReturn(picture);
        when(pictures.picture(SLV_AREA)).thenReturn(picture);
        List<Amounts> worldYears = List.of(new Amounts("2024", "2024", null, null, null, Map.of("18", new BigDecimal("7"),
                "1", new BigDecimal("5"), "2", new BigDecimal("3"), "3", new BigDecimal("2")), 4));
        when(pictures.picture(WLD)).thenReturn(new CountryPicture(WLD, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), NONE, SUMMARY_TYPES, worldYears, worldYears.get(0), List.of(),
                false, null));
        when(pictures.picture(USSR)).thenReturn(new CountryPicture(USSR, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), NONE, SUMMARY_TYPES, worldYears, worldYears.get(0), List.of(),
                false, null));
        when(pictures.areaActivities(any(), any(), any())).thenReturn(Page.empty());
        when(pictures.areaActivities(eq(SLV_AREA), any(), any())).thenReturn(new PageImpl<>(List.of(
                new ActivityRow("=cmd|' /C calc'!A0", "+Police <b>training</b>", "STATE", "INL", "11x1022", "2020", "2021",
                        new BigDecimal("-12.50"), BigDecimal.ZERO, 2)), PageRequest.of(0, 25), 1));
        ActivityRow row = new ActivityRow("=cmd|' /C calc'!A0", "+Police <b>training</b>", "STATE", "INL", "11x1022",
                "2020", "2021", new BigDecimal("-12.50"), BigDecimal.ZERO, 2);
        when(pictures.activities(eq("SLV"), any(), any())).thenReturn(new PageImpl<>(List.of(row), PageRequest.of(0, 25), 1));
        doAnswer(call -> {
            call.<Consumer<ActivityRow>>getArgument(2).accept(row);
            return null;
        }).when(export).activities(eq(SLV_AREA), any(), any());
    }

    @Test
    void theCountryPageShowsGovernanceConflictAndMilitaryBurdenEachWithItsSource() throws Exception {
        CountryContext context = new CountryContext("SLV",
                List.of(new CountryContext.Governance("rl", 2023, new BigDecimal("-0.37"), new BigDecimal("30.2"), 2018,
                        new BigDecimal("-0.50"), new BigDecimal("25.0"))),
                new CountryContext.Conflict(1946, 2022, 13, 13, 10, 1979, 1991,
                        List.of(new CountryContext.ConflictYear(2022, 0, 0)),
                        List.of()),
                List.of(new CountryContext.BurdenYear(2019, new BigDecimal("1.0290315")),
                        new CountryContext.BurdenYear(2024, new BigDecimal("1.1861192"))),
                List.of(new CountryContext.Source(ImportFormat.WGI, 41, "wgidataset.csv", Instant.parse("2026-12-02T01:00:00Z"), 2023),
                        new CountryContext.Source(ImportFormat.UCDP_PRIO, 42, "UcdpPrioConflict_v23_1.csv",
                                Instant.parse("2026-12-02T01:00:00Z"), 2022)));
        when(contexts.context("SLV")).thenReturn(context);

        mvc.perform(get("/countries/SLV").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Governance, conflict and military burden")))
                .andExpect(content().string(containsString("Rule of Law")))
                .andExpect(content().string(containsString("-0.37")))
                .andExpect(content().string(containsString("25.0 (2018)")))
                .andExpect(content().string(containsString("+5.2 better")))
                .andExpect(content().string(containsString("in 13 years of 1946–2022, war (1,000 or more battle deaths in a year) in 10 of them; the latest in 1991")))
                .andExpect(content().string(containsString("Military expenditure: 1.19% of GDP in 2024")))
                .andExpect(content().string(containsString("1.03% in 2019")))
                .andExpect(content().string(containsString("imported from wgidataset.csv on 2026-12-02 01:00 UTC")))
                .andExpect(content().string(containsString("href=\"/imports/42\"")))
                .andExpect(content().string(containsString("SIPRI Military Expenditure Database")))
                .andExpect(content().string(not(containsString("style=\""))));
    }

    @Test
    void theWorldsPageAndTheActivityListOfHtmxReadNoCountryContext() throws Exception {
        mvc.perform(get("/countries/WLD").with(user(TestUsers.user(3, "u", 1, Role.VIEWER)))).andExpect(status().isOk());
        mvc.perform(get("/countries/SLV").header("HX-Request", "true").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk());
        verify(contexts, never()).context(any());
    }

    @Test
    void everySignedInRoleSeesTheCountryPictureWithTablesChartDataAndTheCallOut() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/countries/SLV").with(user(TestUsers.user(3, "u", 1, role))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("El Salvador")))
                    .andExpect(content().string(containsString("data-fy=\"1976tq\"")))
                    .andExpect(content().string(containsString("data-obligations=\"-12.50\"")))
                    .andExpect(content().string(containsString("-$12.50")))
                    .andExpect(content().string(containsString("INCLE")))
                    .andExpect(content().string(containsString("INL – Bureau of International Narcotics")))
                    .andExpect(content().string(containsString("/js/country-picture-")))
                    .andExpect(content().string(containsString("+Police &lt;b&gt;training&lt;/b&gt;")))
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(not(containsString("style=\""))))
                    .andExpect(content().string(not(containsString(">Total<"))));
        }
    }

    @Test
    void theWorldHasItsOwnPageThatSaysItIsNoTotalAndShowsEachTransactionTypeInItsOwnColumn() throws Exception {
        mvc.perform(get("/countries/WLD").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("World")))
                .andExpect(content().string(containsString("not a total of all countries")))
                .andExpect(content().string(containsString("President&#39;s Budget Requests")))
                .andExpect(content().string(containsString("Appropriated and Planned")))
                .andExpect(content().string(containsString("$7.00")))
                .andExpect(content().string(containsString("$5.00")))
                .andExpect(content().string(not(containsString("$17.00"))))
                .andExpect(content().string(not(containsString(">Total<"))))
                .andExpect(content().string(not(containsString("activities.csv"))))
                .andExpect(content().string(not(containsString("country plan"))));
    }

    @Test
    void aFormerStateIsMarkedAsSuchWithItsIsoCode() throws Exception {
        mvc.perform(get("/countries/SUN").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Former state")))
                .andExpect(content().string(containsString("ISO 3166-3 code SUHH, withdrawn 1992-08-30")))
                .andExpect(content().string(containsString("published as NULL “Soviet Union (former)”")));
    }

    @Test
    void theCodeFaGovPublishesKosovoUnderRedirectsToItsAddress() throws Exception {
        mvc.perform(get("/countries/CS-KM").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/countries/XKX"));
    }

    @Test
    void theIndexListsCountriesFormerStatesAndRegionsInTheirOwnSectionsWithATypePerColumn() throws Exception {
        CountryIndex.Entry salvador = new CountryIndex.Entry(SLV_AREA, 4399, Map.of("2", new BigDecimal("2220081702")),
                Map.of("2", new BigDecimal("193365366")));
        CountryIndex.Entry kosovo = new CountryIndex.Entry(KOSOVO, 0, Map.of(), Map.of("2", new BigDecimal("11")));
        CountryIndex.Entry ussr = new CountryIndex.Entry(USSR, 0, Map.of(), Map.of("2", new BigDecimal("12")));
        CountryIndex.Entry world = new CountryIndex.Entry(WLD, 0, Map.of(), Map.of("1", new BigDecimal("13"),
                "2", new BigDecimal("14")));
        when(pictures.index()).thenReturn(new CountryIndex(List.of(new TransactionType("2", "Obligations")), SUMMARY_TYPES,
                List.of(salvador, kosovo), List.of(ussr), List.of(), List.of(world), List.of()));
        mvc.perform(get("/countries").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"countries\"")))
                .andExpect(content().string(containsString("data-testid=\"former-states\"")))
                .andExpect(content().string(containsString("data-testid=\"regions\"")))
                .andExpect(content().string(containsString("/countries/XKX")))
                .andExpect(content().string(containsString("published as CS-KM")))
                .andExpect(content().string(containsString("/countries/SUN")))
                .andExpect(content().string(containsString("/countries/WLD")))
                .andExpect(content().string(containsString("$2,220,081,702.00")))
                .andExpect(content().string(containsString("$13.00")))
                .andExpect(content().string(not(containsString("$27.00"))))
                .andExpect(content().string(not(containsString(">Total<"))));
    }

    @Test
    void unknownCountryIs404() throws Exception {
        when(pictures.area("XXX")).thenThrow(new NotFoundException("Country", "XXX"));
        mvc.perform(get("/countries/XXX").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void csvExportNeverWritesAFormulaCellUnescaped() throws Exception {
        mvc.perform(get("/countries/SLV/activities.csv").with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("'=cmd|' /C calc'!A0")))
                .andExpect(content().string(containsString("'+Police <b>training</b>")))
                .andExpect(content().string(containsString(",-12.50,")))
                .andExpect(content().string(not(containsString("\n=cmd"))))
                .andExpect(content().string(not(containsString(",=cmd"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheActivityListWithItsCsvLink() throws Exception {
        mvc.perform(get("/countries/SLV").param("agency", "STATE").header("HX-Request", "true")
                .with(user(TestUsers.user(3, "u", 1, Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"activity-results\"")))
                .andExpect(content().string(containsString("+Police &lt;b&gt;training&lt;/b&gt;")))
                .andExpect(content().string(containsString("/countries/SLV/activities.csv?fy=&amp;agency=STATE")))
                .andExpect(content().string(not(containsString("<form"))))
                .andExpect(content().string(not(containsString("INCLE"))));
    }
}
