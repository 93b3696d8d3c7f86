package org.ssaplanner.agencies.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.agencies.AgencyCommand;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.CapabilityKey;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;

@WebMvcTest(AgencyAdminController.class)
@Import(WebSliceTestConfiguration.class)
class AgencyAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgencyService agencies;

    @MockitoBean
    ReferenceDataService reference;

    @BeforeEach
    void referenceData() {
        given(reference.assistanceTypes()).willReturn(List.of(new ReferenceItem("TRAINING", "Training", "")));
        given(reference.capabilityDomains()).willReturn(List.of(new ReferenceItem("CYBER", "Cyber", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLANNER", "EVALUATOR", "VIEWER"})
    void onlyAdministratorsManageAgencies(String role) throws Exception {
        mvc.perform(get("/admin/agencies").with(user("x").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies/1/deactivate").with(user("x").roles(role)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(agencies, never()).setActive(anyLong(), eq(false));
    }

    @Test
    void aDuplicateCodeIsShownNextToTheField() throws Exception {
        given(agencies.create(any())).willThrow(new FieldValidationException("code", "agency.code.duplicate"));
        mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("code", "INL").param("name", "Another").param("kind", "BUREAU"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("agencyForm", "code", "agency.code.duplicate"))
                .andExpect(content().string(containsString("Another agency already uses this code.")));
    }

    @Test
    void anAgencyWithCapabilitiesIsCreated() throws Exception {
        given(agencies.create(any())).willReturn(7L);
        mvc.perform(post("/admin/agencies").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("code", "NEW").param("name", "New Office").param("kind", "OFFICE")
                        .param("hasOwnBudget", "true").param("capabilities", "TRAINING:CYBER"))
                .andExpect(redirectedUrl("/admin/agencies/7"));
        verify(agencies).create(new AgencyCommand("NEW", "New Office", null, AgencyKind.OFFICE, true, null,
                Set.of(new CapabilityKey("TRAINING", "CYBER"))));
    }

    @Test
    void anUnknownAgencyGivesTheNotFoundPage() throws Exception {
        given(agencies.get(999)).willThrow(new NotFoundException("Agency", 999));
        mvc.perform(get("/admin/agencies/999").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }
}
