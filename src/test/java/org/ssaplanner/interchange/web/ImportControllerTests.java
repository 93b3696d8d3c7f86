package org.ssaplanner.interchange.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

@WebMvcTest(ImportController.class)
@Import(WebSliceTestConfiguration.class)
class ImportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    static CurrentUser as(Role role) {
        return TestUsers.user(7, role.name().toLowerCase(), 1, role);
    }

    static MockMultipartFile csvFile() {
        return new MockMultipartFile("file", "El_Salvador.csv", "text/csv", "Country ID,...\n".getBytes());
    }

    static ImportDetail detail(ImportStatus status, String messageKey, List<String> args) {
        return new ImportDetail(5, "El_Salvador.csv", 1000, "a".repeat(64), ImportFormat.COMPLETE, status,
                status == ImportStatus.RUNNING ? "READING" : null, 400, 1200, 1000, 100, 50, 50, messageKey, args, null,
                null, "planner", Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T10:00:01Z"),
                status.finished() ? Instant.parse("2026-11-29T10:00:09Z") : null, true);
    }

    @Test
    void viewersAndEvaluatorsMayNotUpload() throws Exception {
        for (Role role : List.of(Role.VIEWER, Role.EVALUATOR)) {
            mvc.perform(multipart("/imports").file(csvFile()).with(user(as(role))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verify(imports, never()).submit(any(), any());
    }

    @Test
    void plannersAndAdministratorsUploadAndAreSentToTheProgressPage() throws Exception {
        when(imports.submit(eq("El_Salvador.csv"), any(InputStream.class))).thenReturn(5L);
        for (Role role : List.of(Role.PLANNER, Role.ADMIN)) {
            mvc.perform(multipart("/imports").file(csvFile()).with(user(as(role))).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/imports/5"));
        }
    }

    @Test
    void uploadWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/imports").file(csvFile()).with(user(as(Role.ADMIN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void historyShowsTheUploadFormOnlyToImporters() throws Exception {
        Page<ImportDetail> page = new PageImpl<>(List.of(detail(ImportStatus.SUCCEEDED, null, List.of())),
                PageRequest.of(0, 25), 1);
        when(imports.history(any())).thenReturn(page);
        mvc.perform(get("/imports").with(user(as(Role.PLANNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("El_Salvador.csv")));
        mvc.perform(get("/imports").with(user(as(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("enctype=\"multipart/form-data\""))));
    }

    @Test
    void runningImportPollsItsProgressFragmentAndOffersARefreshLink() throws Exception {
        when(imports.get(5)).thenReturn(detail(ImportStatus.RUNNING, null, List.of()));
        when(imports.rejectedRows(eq(5L), any())).thenReturn(Page.empty());
        mvc.perform(get("/imports/5").with(user(as(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
                .andExpect(content().string(containsString("hx-get=\"/imports/5\"")))
                .andExpect(content().string(containsString("Refresh progress")))
                .andExpect(content().string(not(containsString("<script>"))));

        mvc.perform(get("/imports/5").header("HX-Request", "true").with(user(as(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-progress\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void finishedImportStopsPollingAndListsRejectedRowsWithLineAndReason() throws Exception {
        when(imports.get(5)).thenReturn(detail(ImportStatus.SUCCEEDED, null, List.of()));
        when(imports.rejectedRows(eq(5L), any())).thenReturn(new PageImpl<>(List.of(
                new RejectedRow(17, "import.rejected.columns", List.of("51", "3"), "SLV,=cmd|' /C calc'!A0,x")),
                PageRequest.of(0, 25), 1));
        mvc.perform(get("/imports/5").with(user(as(Role.PLANNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(containsString("Wrong number of columns: expected 51, found 3.")))
                .andExpect(content().string(containsString(">17<")));
    }

    @Test
    void refusedImportShowsTheReasonWithExpectedAndFoundColumns() throws Exception {
        when(imports.get(5)).thenReturn(detail(ImportStatus.REFUSED, "import.refused.header",
                List.of("COMPLETE (51): Country ID, ...", "3: Country, Year, Amount")));
        when(imports.rejectedRows(eq(5L), any())).thenReturn(Page.empty());
        mvc.perform(get("/imports/5").with(user(as(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expected one of: COMPLETE (51): Country ID, ...")))
                .andExpect(content().string(containsString("Found 3: Country, Year, Amount.")));
    }

    @Test
    void anonymousUsersAreSentToSignIn() throws Exception {
        mvc.perform(get("/imports")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
