package org.ssaplanner.interchange.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.interchange.AgencyMappingView;
import org.ssaplanner.interchange.MappingService;
import org.ssaplanner.shared.security.Role;

@WebMvcTest(MappingController.class)
@Import(WebSliceTestConfiguration.class)
class MappingControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MappingService mappings;

    @MockitoBean
    AgencyService agencies;

    @Test
    void administratorsSeeUnmappedAgenciesWithAChoiceOfAgencies() throws Exception {
        when(mappings.agencyMappings()).thenReturn(List.of(
                new AgencyMappingView(4, 0, "", "USAID", "U.S. Agency for International Development", null, null, false, 3425),
                new AgencyMappingView(5, 1, "STATE", "INL", "Bureau of INL", 9L, "INL – Bureau", true, 21)));
        when(agencies.activeAgencies()).thenReturn(List.of(
                new AgencySummary(9, "INL", "Bureau of INL", 1L, AgencyKind.BUREAU, true, true, 1)));
        mvc.perform(get("/imports/mappings").with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("USAID")))
                .andExpect(content().string(containsString("name=\"agencyId\"")))
                .andExpect(content().string(containsString("3,425")));
    }

    @Test
    void onlyAdministratorsMayMap() throws Exception {
        for (Role role : List.of(Role.PLANNER, Role.VIEWER, Role.EVALUATOR)) {
            mvc.perform(get("/imports/mappings").with(user(TestUsers.user(1, "u", 1, role))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/imports/mappings/agencies/4").param("agencyId", "9").param("version", "0")
                    .with(user(TestUsers.user(1, "u", 1, role))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void mappingIsSavedWithTheVersionShown() throws Exception {
        mvc.perform(post("/imports/mappings/agencies/4").param("agencyId", "9").param("version", "3")
                .with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        verify(mappings).mapAgency(4, 3, 9L);
    }
}
