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
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.authorities.ProgramLookup;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverProgram;
import org.ssaplanner.authorities.WaiverProgramChoices;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.authorities.WaiverSummary;
import org.ssaplanner.shared.FieldValidationException;

@WebMvcTest(WaiverController.class)
@Import(WebSliceTestConfiguration.class)
class WaiverControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WaiverService waivers;
    @MockitoBean
    RestrictionService restrictions;

    @BeforeEach
    void setUp() {
        given(waivers.programsWithWaivers(ArgumentMatchers.anyInt())).willReturn(new WaiverProgramChoices(List.of(), false));
        given(waivers.get(9)).willReturn(new WaiverSummary(9, 0, 77, null, 1, "FAA_660", "22 U.S.C. 2420, FAA s.660",
                WaiverKind.WAIVER, null, null, "police training", WaiverStatus.REQUESTED, "planner", Instant.now(),
                null, null, null, null, null, null, null));
        RestrictionDetail faa = new RestrictionDetail(1, 0, "FAA_660", "22 U.S.C. 2420, FAA s.660", "Police", "s", true,
                "SecState", RestrictionSeverity.BLOCKING, "recipient_type = POLICE", List.of(), Instant.now(), "system");
        given(restrictions.get(1)).willReturn(faa);
        given(restrictions.all()).willReturn(List.of(faa));
        // the service decides who may request for which program (WaiverServiceIntegrationTests); here: all may
        given(waivers.mayRequestFor(ArgumentMatchers.anyLong())).willReturn(true);
    }

    @Test
    void aPlannerNotResponsibleForTheProgramIsToldSoNextToTheProgram() throws Exception {
        given(waivers.mayRequestFor(77)).willReturn(false);
        mvc.perform(post("/waivers").with(user("p").roles("PLANNER")).with(csrf()).param("programId", "77")
                .param("restrictionId", "1").param("kind", "WAIVER").param("justification", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "only for programs your agency leads or whose plan you conduct")));
        Mockito.verify(waivers, Mockito.never()).request(any());
    }

    @Test
    void aPlannerFindsTheProgramByWordsAndTheChoiceFillsTheForm() throws Exception {
        given(waivers.findPrograms("maritime")).willReturn(List.of(
                new ProgramLookup.ProgramChoice(77, "Maritime interdiction", "Colombia", "PROPOSED")));
        given(waivers.programTitle(77)).willReturn(Optional.of("Maritime interdiction"));

        mvc.perform(get("/waivers/new").param("programSearch", "maritime").param("restrictionId", "1")
                .with(user("p").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/waivers/new?programId=77&amp;restrictionId=1&amp;kind=WAIVER\"")))
                // the result names the program by its title, country and status; no bare id (issue 13)
                .andExpect(content().string(Matchers.containsString("Colombia · Proposed</span>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("#77"))));
        // the chosen program is selected by name in the program select (issue 13 item 6: no id to type)
        given(waivers.programChoices(ArgumentMatchers.anyInt())).willReturn(List.of(
                new ProgramLookup.ProgramChoice(78, "Coast guard boarding", "Colombia", "ACTIVE"),
                new ProgramLookup.ProgramChoice(77, "Maritime interdiction", "Colombia", "PROPOSED"),
                new ProgramLookup.ProgramChoice(79, "Border posts", "Peru", "PROPOSED")));
        mvc.perform(get("/waivers/new").param("programId", "77").param("restrictionId", "1")
                .with(user("p").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesRegex("(?s).*<optgroup label=\"Colombia\">.*"
                        + "<option value=\"77\" selected=\"selected\">Maritime interdiction · Proposed</option>"
                        + ".*<optgroup label=\"Peru\"><option value=\"79\">Border posts · Proposed</option>.*")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("type=\"number\""))));
        verify(waivers).checkCanRequestFor(77);
        given(waivers.findPrograms("nothing")).willReturn(List.of());
        mvc.perform(get("/waivers/new").param("programSearch", "nothing").with(user("p").roles("PLANNER")))
                .andExpect(content().string(Matchers.containsString("No program matches")));
    }

    @Test
    void aPlannerWhoMayNotRequestForTheProgramIsRefusedTheFormOnOpening() throws Exception {
        given(waivers.checkCanRequestFor(77)).willThrow(new AccessDeniedException("not responsible"));
        mvc.perform(get("/waivers/new").param("programId", "77").with(user("p").roles("PLANNER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProgramFilterOfTheListChoosesByTitleAmongTheProgramsWithWaivers() throws Exception {
        WaiverSummary requested = waivers.get(9);
        given(waivers.search(any(), any())).willReturn(new PageImpl<>(List.of(requested)));
        given(waivers.programsWithWaivers(ArgumentMatchers.anyInt())).willReturn(new WaiverProgramChoices(
                List.of(new WaiverProgram(77, "Maritime interdiction", 2), new WaiverProgram(80, "Police mentoring", 1)),
                false));
        mvc.perform(get("/waivers").param("program", "77").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"77\" selected=\"selected\">Maritime interdiction (2 requests)</option>")))
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"80\">Police mentoring (1 request)</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("type=\"number\""))));
    }

    @Test
    void withMoreProgramsThanTheFilterOffersItSaysSoAndNamesAChosenProgramOutsideIt() throws Exception {
        WaiverSummary requested = waivers.get(9);
        given(waivers.search(any(), any())).willReturn(new PageImpl<>(List.of(requested)));
        given(waivers.programsWithWaivers(ArgumentMatchers.anyInt())).willReturn(new WaiverProgramChoices(
                List.of(new WaiverProgram(80, "Police mentoring", 9)), true));
        given(waivers.programTitle(77)).willReturn(java.util.Optional.of("Maritime interdiction"));
        mvc.perform(get("/waivers").param("program", "77").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"77\" selected>Maritime interdiction</option>")))
                .andExpect(content().string(Matchers.containsString(
                        "The 1 programs with the most requests; a program&#39;s compliance page lists its own.")));
    }

    @Test
    void viewerCannotRequestOrDecide() throws Exception {
        mvc.perform(get("/waivers/new").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/waivers").with(user("v").roles("VIEWER")).with(csrf()).param("programId", "77")
                .param("restrictionId", "1").param("kind", "WAIVER").param("justification", "x")).andExpect(status().isForbidden());
        mvc.perform(approve().with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        verify(waivers, never()).request(any());
        verify(waivers, never()).approve(anyLong(), anyLong(), any());
    }

    @Test
    void plannerRequestsButCannotApproveOrReject() throws Exception {
        given(waivers.request(any())).willReturn(9L);
        mvc.perform(post("/waivers").with(user("p").roles("PLANNER")).with(csrf()).param("programId", "77")
                .param("restrictionId", "1").param("kind", "WAIVER").param("justification", "x"))
                .andExpect(redirectedUrl("/waivers/9"));
        mvc.perform(approve().with(user("p").roles("PLANNER"))).andExpect(status().isForbidden());
        mvc.perform(post("/waivers/9/reject").with(user("p").roles("PLANNER")).with(csrf()).param("note", "no"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/waivers/9").with(user("p").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/waivers/9/approve"))));
        verify(waivers, never()).approve(anyLong(), anyLong(), any());
        verify(waivers, never()).reject(anyLong(), anyLong(), any());
    }

    @Test
    void adminSeesTheDecisionFormAndDateErrorsNextToTheField() throws Exception {
        mvc.perform(get("/waivers/9").with(user("a").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("/waivers/9/approve")));
        doThrow(new FieldValidationException("expiryDate", "waiver.expiryDate.beforeEffective"))
                .when(waivers).approve(eq(9L), anyLong(), any());
        mvc.perform(approve().with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("waiverDecisionForm", "expiryDate"))
                .andExpect(content().string(Matchers.containsString("The expiry date cannot be before the effective date.")));
    }

    @Test
    void nonWaivableRefusalIsShownOnTheRequestForm() throws Exception {
        given(waivers.request(any())).willThrow(new FieldValidationException("restrictionId",
                "waiver.restriction.notWaivable", "22 U.S.C. 2378d, FAA s.620M", "State Leahy law"));
        mvc.perform(post("/waivers").with(user("p").roles("PLANNER")).with(csrf()).param("programId", "77")
                .param("restrictionId", "1").param("kind", "WAIVER").param("justification", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("22 U.S.C. 2378d, FAA s.620M (State Leahy law) cannot be waived")));
    }

    private static MockHttpServletRequestBuilder approve() {
        return post("/waivers/9/approve").with(csrf()).param("officialName", "A").param("officialTitle", "B")
                .param("effectiveDate", "2030-06-01").param("expiryDate", "2030-05-01").param("version", "0");
    }

    @Test
    void theFiltersKeepTheirQueryNamesAndTheListIsPagedNewestFirst() throws Exception {
        WaiverSummary requested = waivers.get(9);
        given(waivers.search(any(), any())).willReturn(new PageImpl<>(List.of(requested)));
        mvc.perform(get("/waivers").param("program", "77").param("restriction", "1").param("status", "REQUESTED")
                .param("kind", "WAIVER").param("page", "2").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<form")));
        verify(waivers).search(new WaiverFilter(77L, 1L, WaiverStatus.REQUESTED, WaiverKind.WAIVER),
                PageRequest.of(2, 25, Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by("id"))));
    }

    @Test
    void aColumnHeaderSortsByAWhitelistedPropertyAndAnythingElseKeepsTheNewestFirst() throws Exception {
        WaiverSummary requested = waivers.get(9);
        given(waivers.search(any(), any())).willReturn(new PageImpl<>(List.of(requested)));
        mvc.perform(get("/waivers").param("status", "REQUESTED").param("sort", "status").param("dir", "desc")
                .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("aria-sort=\"descending\"")));
        verify(waivers).search(new WaiverFilter(null, null, WaiverStatus.REQUESTED, null),
                PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "status").and(Sort.by("id"))));
        mvc.perform(get("/waivers").param("sort", "justification").param("dir", "asc")
                .with(user("v").roles("VIEWER"))).andExpect(status().isOk());
        mvc.perform(get("/waivers").param("sort", "requestedAt desc; drop table waiver")
                .with(user("v").roles("VIEWER"))).andExpect(status().isOk());
        // not a sortable column: the default one (request time), in the direction asked for if any
        verify(waivers).search(new WaiverFilter(null, null, null, null),
                PageRequest.of(0, 25, Sort.by(Sort.Direction.ASC, "requestedAt").and(Sort.by("id"))));
        verify(waivers).search(new WaiverFilter(null, null, null, null),
                PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by("id"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        WaiverSummary requested = waivers.get(9);
        given(waivers.search(any(), any())).willReturn(new PageImpl<>(List.of(requested)));
        mvc.perform(get("/waivers").param("status", "REQUESTED").header("HX-Request", "true")
                .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"waiver-results\"")))
                .andExpect(content().string(Matchers.containsString("22 U.S.C. 2420, FAA s.660")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<form"))));
    }
}
