package org.ssaplanner.interchange.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.interchange.ActivityExport;
import org.ssaplanner.interchange.ActivityRow;
import org.ssaplanner.interchange.CountryPicture;
import org.ssaplanner.interchange.CountryPicture.ActiveAgency;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.CountryPictureService;
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

    static final CountryRef SLV = new CountryRef(1, "SV", "SLV", "El Salvador", 2, "Central America", "Americas");

    static Amounts line(String key, String label, String detail, String mapped, String obligations) {
        BigDecimal o = new BigDecimal(obligations);
        return new Amounts(key, label, detail, null, mapped, o, BigDecimal.ZERO, o, 1);
    }

    @BeforeEach
    void picture() {
        when(pictures.country("SLV")).thenReturn(SLV);
        CountryPicture picture = new CountryPicture(SLV,
                List.of(line("1976tq", "1976tq", null, null, "5.00"), line("2020", "2020", null, null, "-12.50")),
                List.of(line("STATE", "Department of State", null, "DOS – Department of State", "-7.50")),
                List.of(line("STATE", "Department of State", "INL", "INL – Bureau", "-7.50")),
                List.of(line("11x1022", "International Narcotics Control and Law Enforcement", null, "INCLE", "-7.50")),
                List.of(line("15210", "Security system management and reform", null, "Security system management and reform", "1")),
                List.of(line("12", "Counter-Narcotics", null, "Counternarcotics", "1")),
                List.of(line("Economic", "Economic", null, null, "-7.50")),
                line(null, null, null, null, "-7.50"), List.of(),
                List.of(new ActiveAgency(9, "INL – Bureau of International Narcotics", new BigDecimal("100"))), true);
        when(pictures.picture("SLV")).thenReturn(picture);
        ActivityRow row = new ActivityRow("=cmd|' /C calc'!A0", "+Police <b>training</b>", "STATE", "INL", "11x1022",
                "2020", "2021", new BigDecimal("-12.50"), BigDecimal.ZERO, 2);
        when(pictures.activities(eq("SLV"), any(), any())).thenReturn(new PageImpl<>(List.of(row), PageRequest.of(0, 25), 1));
        doAnswer(call -> {
            call.<Consumer<ActivityRow>>getArgument(2).accept(row);
            return null;
        }).when(export).activities(eq("SLV"), any(), any());
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
                    .andExpect(content().string(containsString("/js/country-picture.js")))
                    .andExpect(content().string(containsString("+Police &lt;b&gt;training&lt;/b&gt;")))
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(not(containsString("style=\""))));
        }
    }

    @Test
    void unknownCountryIs404() throws Exception {
        when(pictures.country("XXX")).thenThrow(new NotFoundException("Country", "XXX"));
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
}
