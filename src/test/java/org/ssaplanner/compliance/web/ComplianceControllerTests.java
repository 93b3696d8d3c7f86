package org.ssaplanner.compliance.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.compliance.CongressionalNotificationService;
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingRecomputationService;
import org.ssaplanner.compliance.FindingRow;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.compliance.NotificationCommand;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ReferenceDataService;

@WebMvcTest(ComplianceController.class)
@Import(WebSliceTestConfiguration.class)
class ComplianceControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FindingQueryService findings;
    @MockitoBean
    FindingRecomputationService recomputation;
    @MockitoBean
    CongressionalNotificationService notifications;
    @MockitoBean
    RestrictionService restrictions;
    @MockitoBean
    AuthorityService authorities;
    @MockitoBean
    ReferenceDataService reference;

    @Test
    void listShowsFindingsWithFiltersAndHtmxGetsOnlyTheResults() throws Exception {
        given(findings.search(any(), any())).willReturn(new PageImpl<>(List.of(new FindingRow(77, "Police training", 1,
                "Colombia", 1, "FAA_660", "22 U.S.C. 2420, FAA s.660", FindingSeverity.BLOCKING,
                "Recipient type POLICE requires a waiver", null, LocalDate.now()))));
        mvc.perform(get("/compliance").param("severity", "BLOCKING").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Recipient type POLICE requires a waiver")))
                .andExpect(content().string(Matchers.containsString("<html")));
        mvc.perform(get("/compliance").header("HX-Request", "true").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
                .andExpect(content().string(Matchers.containsString("Police training")));
    }

    @Test
    void viewersCannotRecordNotificationsOrRecomputePlannersCan() throws Exception {
        mvc.perform(post("/compliance/programs/77/notifications").with(user("v").roles("VIEWER")).with(csrf())
                .param("authorityId", "1").param("filedOn", "2026-01-05").param("reference", "CN 1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/compliance/programs/77/recompute").with(user("e").roles("EVALUATOR")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(notifications, never()).recordNotification(any());
        given(recomputation.knownFacts(77)).willReturn(Optional.empty());
        mvc.perform(post("/compliance/programs/77/notifications").with(user("p").roles("PLANNER")).with(csrf())
                .param("authorityId", "1").param("filedOn", "2026-01-05").param("reference", "CN 1"))
                .andExpect(redirectedUrl("/compliance/programs/77"));
        verify(notifications).recordNotification(new NotificationCommand(77, 1, LocalDate.of(2026, 1, 5), "CN 1"));
        mvc.perform(get("/compliance/programs/77").with(user("v").roles("VIEWER"))).andExpect(status().isNotFound());
    }

    @Test
    void theFiltersKeepTheirQueryNames() throws Exception {
        given(findings.search(any(), any())).willReturn(new PageImpl<>(List.of()));
        mvc.perform(get("/compliance").param("country", "3").param("restriction", "1").param("severity", "BLOCKING")
                .param("program", "77").param("page", "1").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk());
        verify(findings).search(new FindingFilter(3L, 1L, FindingSeverity.BLOCKING, 77L), PageRequest.of(1, 25));
    }

    /** Issue 13 item 6: a program filter (from the waiver page's link) is named, not kept as a bare id. */
    @Test
    void aProgramFilterIsShownByTitleWithAWayBackToAllPrograms() throws Exception {
        given(findings.search(any(), any())).willReturn(new PageImpl<>(List.of()));
        given(recomputation.knownFacts(77)).willReturn(Optional.of(new ProgramFacts(77, 1, 1, "Police training", 2,
                null, "POLICE", "TRAINING", Set.of(), Set.of(3L), ProgramStatus.PROPOSED, null, null, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of())));
        mvc.perform(get("/compliance").param("program", "77").param("severity", "BLOCKING")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Findings of the program Police training only.")))
                .andExpect(content().string(Matchers.containsString("href=\"/compliance?severity=BLOCKING\"")));
    }
}
