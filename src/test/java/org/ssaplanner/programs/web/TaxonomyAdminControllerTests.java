package org.ssaplanner.programs.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.ssaplanner.programs.TaxonomyService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.Role;

@WebMvcTest(TaxonomyAdminController.class)
@Import(WebSliceTestConfiguration.class)
class TaxonomyAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaxonomyService taxonomy;

    @MockitoBean
    ReferenceDataService reference;

    @Test
    void onlyAdministratorsEditTheRules() throws Exception {
        mvc.perform(get("/admin/taxonomy").with(user(TestUsers.user(3, "planner", 7, Role.PLANNER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/taxonomy").with(csrf()).with(user(TestUsers.user(3, "planner", 7, Role.PLANNER)))
                .param("assistanceTypeCode", "TRAINING").param("category", "GOVERNANCE").param("weight", "10"))
                .andExpect(status().isForbidden());
        verify(taxonomy, never()).create(any());
        when(taxonomy.rules()).thenReturn(List.of());
        mvc.perform(get("/admin/taxonomy").with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                .andExpect(status().isOk());
    }

    @Test
    void aRuleNeedsACategoryAWeightInRangeAndACondition() throws Exception {
        mvc.perform(post("/admin/taxonomy").with(csrf()).with(user(TestUsers.user(1, "admin", 1, Role.ADMIN)))
                .param("weight", "500"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("taxonomyRuleForm", "category", "weight"));
        when(taxonomy.create(any())).thenThrow(new FieldValidationException("assistanceTypeCode",
                "taxonomy.rule.condition.required"));
        mvc.perform(post("/admin/taxonomy").with(csrf()).with(user(TestUsers.user(1, "admin", 1, Role.ADMIN)))
                .param("category", "GOVERNANCE").param("weight", "10"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("taxonomyRuleForm",
                        "assistanceTypeCode", "taxonomy.rule.condition.required"));
    }

    @Test
    void aValidRuleIsSaved() throws Exception {
        when(taxonomy.create(any())).thenReturn(5L);
        mvc.perform(post("/admin/taxonomy").with(csrf()).with(user(TestUsers.user(1, "admin", 1, Role.ADMIN)))
                .param("assistanceTypeCode", "EXERCISE").param("category", "OPERATIONAL").param("weight", "10"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/taxonomy"));
    }
}
