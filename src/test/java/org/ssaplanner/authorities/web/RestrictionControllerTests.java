package org.ssaplanner.authorities.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.shared.FieldValidationException;

@WebMvcTest(RestrictionController.class)
@Import(WebSliceTestConfiguration.class)
class RestrictionControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RestrictionService restrictions;

    @Test
    void viewerReadsButCannotEdit() throws Exception {
        given(restrictions.get(1)).willReturn(new RestrictionDetail(1, 0, "FAA_660", "22 U.S.C. 2420, FAA s.660", "Police",
                "summary", true, "Secretary of State", RestrictionSeverity.BLOCKING, "recipient_type = POLICE",
                List.of(new RestrictionDetail.StatutoryException(5, "CUSTOMS", "FAA s.660(b)(7)", "customs")), Instant.now(), "system"));
        mvc.perform(get("/restrictions/1").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("FAA s.660(b)(7)")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/restrictions/1/edit"))));
        mvc.perform(get("/restrictions/1/edit").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(valid(post("/restrictions/1").with(user("v").roles("VIEWER")))).andExpect(status().isForbidden());
        mvc.perform(valid(post("/restrictions/1").with(user("p").roles("PLANNER")))).andExpect(status().isForbidden());
        mvc.perform(post("/restrictions/1/exceptions/5/delete").with(user("p").roles("PLANNER")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(restrictions, never()).update(anyLong(), anyLong(), any());
        verify(restrictions, never()).removeException(anyLong(), anyLong());
    }

    @Test
    void badConditionIsShownNextToTheFieldWithTheProblemNamed() throws Exception {
        given(restrictions.conditionValues()).willReturn(Map.of("recipient_type", Set.of("POLICE")));
        doThrow(new FieldValidationException("conditionText", "condition.error.unknownName", "recipient_typ", "recipient_type"))
                .when(restrictions).update(eq(1L), anyLong(), any());
        mvc.perform(valid(post("/restrictions/1").with(user("a").roles("ADMIN"))).param("conditionText", "recipient_typ = POLICE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("restrictionForm", "conditionText"))
                .andExpect(content().string(Matchers.containsString("Unknown field or flag &quot;recipient_typ&quot;")))
                .andExpect(content().string(Matchers.containsString("Condition language")));
    }

    @Test
    void adminSavesAndIsRedirected() throws Exception {
        mvc.perform(valid(post("/restrictions/1").with(user("a").roles("ADMIN")))).andExpect(redirectedUrl("/restrictions/1"));
        verify(restrictions).update(eq(1L), eq(0L), any());
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).param("code", "FAA_660").param("citation", "c").param("title", "t")
                .param("summary", "s").param("severity", "BLOCKING").param("conditionText", "recipient_type = POLICE")
                .param("version", "0");
    }
}
