package org.ssaplanner.interchange.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.interchange.ActivityChange;
import org.ssaplanner.interchange.ImportChange;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportScope;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.VintageStatus;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.web.UploadLimit;

@WebMvcTest(ImportController.class)
@Import({WebSliceTestConfiguration.class, ImportControllerTests.Limits.class})
class ImportControllerTests {

    /** The import endpoint's upload limit, as the interchange module declares it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Limits {
        @Bean
        UploadLimit importUploadLimit() {
            return new UploadLimit("POST", "/imports", DataSize.ofGigabytes(2), 1);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    @BeforeEach
    void nothingChangedYet() {
        when(imports.scope(anyLong())).thenReturn(ImportScope.none());
        when(imports.vintageStatus(anyLong())).thenReturn(new VintageStatus(false, false, "import.rollback.noScope", List.of()));
        when(imports.changes(anyLong(), any())).thenReturn(Page.empty());
        when(imports.activityChanges(anyLong(), any())).thenReturn(Page.empty());
    }

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

    static ImportDetail vintage(boolean rolledBack) {
        ImportDetail d = detail(ImportStatus.SUCCEEDED, null, List.of());
        return new ImportDetail(d.id(), d.fileName(), d.fileSize(), d.checksum(), d.format(), d.status(), d.phase(),
                d.bytesRead(), d.rowsRead(), 1, 2, 1000, 0, null, List.of(), null, null, "planner", d.createdAt(),
                d.startedAt(), d.finishedAt(), false, new ImportDetail.Vintage(1, 1, 3, null, true,
                        rolledBack ? Instant.parse("2026-11-30T08:00:00Z") : null, rolledBack ? "admin" : null));
    }

    @Test
    void aSucceededImportShowsItsScopeInWordsWhatChangedAndTheRollbackToAdministratorsOnly() throws Exception {
        when(imports.get(5)).thenReturn(vintage(false));
        when(imports.rejectedRows(eq(5L), any())).thenReturn(Page.empty());
        when(imports.scope(5)).thenReturn(new ImportScope(List.of(new ImportScope.Country("SLV", "", "El Salvador",
                List.of("2002", "2003", "2005"), List.of(new ImportScope.Named("2", "Obligations")),
                List.of(new ImportScope.Named("1", "Economic"))))));
        when(imports.vintageStatus(5)).thenReturn(new VintageStatus(true, true, null, List.of()));
        when(imports.changes(eq(5L), any())).thenReturn(new PageImpl<>(List.of(new ImportChange("SLV", "El Salvador", "2022",
                "2", "Obligations", 10, 9, 1, 2, 1, 1, new BigDecimal("1000.00"), new BigDecimal("1250.50"))),
                PageRequest.of(0, 25), 30));
        when(imports.activityChanges(eq(5L), any())).thenReturn(new PageImpl<>(List.of(new ActivityChange("SLV", "161481",
                "Protection", "2", "Obligations", 1, 0, 0, 1, 0, 0, new BigDecimal("517500.00"), BigDecimal.ZERO.setScale(2))),
                PageRequest.of(0, 25), 1));

        mvc.perform(get("/imports/5").with(user(as(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El Salvador, FY2002\u2013FY2003, FY2005, Obligations, Economic")))
                .andExpect(content().string(containsString("+$250.50")))
                .andExpect(content().string(containsString("cpage=1")))
                .andExpect(content().string(containsString("-$517,500.00")))
                .andExpect(content().string(containsString(">Removed<")))
                .andExpect(content().string(containsString("These data are the current vintage of this scope.")))
                .andExpect(content().string(containsString("href=\"/imports/5/rollback\"")));
        mvc.perform(get("/imports/5").with(user(as(Role.PLANNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/imports/5/rollback"))));
        mvc.perform(get("/imports/5/rollback").with(user(as(Role.PLANNER)))).andExpect(status().isForbidden());
        mvc.perform(post("/imports/5/rollback").param("confirm", "true").with(user(as(Role.PLANNER))).with(csrf()))
                .andExpect(status().isForbidden());
        verify(imports, never()).rollback(anyLong());
    }

    @Test
    void aRollbackNeedsItsConfirmationAndIsRecordedInTheHistory() throws Exception {
        when(imports.get(5)).thenReturn(vintage(false));
        when(imports.vintageStatus(5)).thenReturn(new VintageStatus(true, true, null, List.of()));
        mvc.perform(get("/imports/5/rollback").with(user(as(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"confirm\"")));
        mvc.perform(post("/imports/5/rollback").with(user(as(Role.ADMIN))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick the box to confirm the rollback.")));
        verify(imports, never()).rollback(anyLong());
        mvc.perform(post("/imports/5/rollback").param("confirm", "true").with(user(as(Role.ADMIN))).with(csrf()))
                .andExpect(redirectedUrl("/imports/5"));
        verify(imports).rollback(5);

        when(imports.history(any())).thenReturn(new PageImpl<>(List.of(vintage(true)), PageRequest.of(0, 25), 1));
        mvc.perform(get("/imports").with(user(as(Role.VIEWER))))
                .andExpect(content().string(containsString(">Rolled back<")))
                .andExpect(content().string(containsString("admin")));
    }

    @Test
    void aFailedImportShowsHowFarItGotNotAFullBar() throws Exception {
        when(imports.get(5)).thenReturn(detail(ImportStatus.FAILED, "import.failed.interrupted", List.of()));
        when(imports.rejectedRows(eq(5L), any())).thenReturn(Page.empty());
        mvc.perform(get("/imports/5").with(user(as(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Progress: 40%")))
                .andExpect(content().string(not(containsString("100%"))))
                .andExpect(content().string(containsString("Stopped after reading 1,200 rows (40% of the file).")))
                .andExpect(content().string(containsString("The rows rejected before the import stopped were not kept")))
                .andExpect(content().string(not(containsString("No rows were rejected."))))
                .andExpect(content().string(containsString("The file is kept: it can be run again.")));
    }

    @Test
    void anUploadTooLargeForTheServerQuotesTheImportsOwnLimit() throws Exception {
        when(imports.submit(any(), any())).thenThrow(new MaxUploadSizeExceededException(-1));
        mvc.perform(multipart("/imports").file(csvFile()).with(user(as(Role.ADMIN))).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().string(containsString("larger than the limit of 2 GB")))
                .andExpect(content().string(not(containsString("10 MB"))));
    }

    @Test
    void anonymousUsersAreSentToSignIn() throws Exception {
        mvc.perform(get("/imports")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
