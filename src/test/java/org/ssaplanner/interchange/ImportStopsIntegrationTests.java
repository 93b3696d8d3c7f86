package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.ssaplanner.interchange.ImportFixtures.completeHeader;
import static org.ssaplanner.interchange.ImportFixtures.completeRow;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.interchange.engine.ImportLog;
import org.ssaplanner.shared.security.Role;

/**
 * Imports that stop tell the truth (issue 10, section 7): how far they got, for how long they ran, which rows were
 * rejected before they stopped, whether they can be run again; a refused file is not kept.
 */
@SsaIntegrationTest
class ImportStopsIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    ImportLog importLog;

    @Autowired
    ImportProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Set<Path> spooled() throws IOException {
        Path directory = properties.spoolDirectory();
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toSet());
        }
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/imports/{id}", id).with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aFileWithTooManyBadRowsIsRefusedListsTheFirstOfThemAndIsNotKept() throws Exception {
        StringBuilder text = new StringBuilder(completeHeader()).append('\n');
        for (int i = 0; i < 50_001; i++) {
            text.append("MLT,only,three\n");
        }
        Set<Path> before = spooled();

        ImportDetail detail = importAndWait(imports, "bad.csv", text.toString());

        assertThat(detail.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(detail.messageKey()).isEqualTo("import.refused.tooManyRejected");
        assertThat(detail.rowsRead()).isEqualTo(50_001);
        assertThat(detail.rowsRejected()).isEqualTo(50_001);
        assertThat(detail.percent()).isLessThan(100);
        assertThat(detail.fileKept()).isFalse();
        assertThat(spooled()).as("the refused file is deleted").isEqualTo(before);
        assertThat(imports.rejectedRows(detail.id(), PageRequest.of(0, 200)).getTotalElements()).isEqualTo(100);
        String page = page(detail.id());
        assertThat(page).contains("More than 50000 rows were rejected")
                .contains("The first rows rejected before the import stopped")
                .contains("Stopped after reading 50,001 rows")
                .doesNotContain("No rows were rejected").doesNotContain("Progress: 100%");
    }

    @Test
    void aFileRefusedAfterSeveralBatchesShowsHowFarItGotAndIsNotKept() throws Exception {
        String activity = "LB-" + UUID.randomUUID();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((completeHeader() + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30_000; i++) {
            bytes.writeBytes((completeRow("MLT", activity + "-" + i, "2020", "1") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes((completeRow("MLT", activity, "2021", "1").replace("Activity", "Activit\u00e9") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Set<Path> before = spooled();

        ImportDetail detail = importAndWait(imports, "late-break.csv", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(detail.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(detail.rowsRead()).isGreaterThanOrEqualTo(4_000).isLessThanOrEqualTo(30_000);
        assertThat(detail.bytesRead()).isPositive();
        assertThat(detail.percent()).isBetween(1, 99);
        assertThat(detail.rowsStored()).isZero();
        assertThat(spooled()).isEqualTo(before);
        assertThat(page(detail.id())).contains("No row had been rejected when the import stopped.")
                .doesNotContain("No rows were rejected.");
    }

    @Test
    void anInterruptedImportRanUntilItsLastSignOfLifeAndIsOfferedAgainOnlyWhileItsFileIsKept() throws Exception {
        TestUsers.signInAs("import-tester", 1, Role.ADMIN);
        Path gone = Path.of("target", "never-there-" + UUID.randomUUID() + ".csv");
        long lost = importLog.insert("lost.csv", gone, 1000, "c".repeat(64), ImportFormat.COMPLETE, ImportStatus.RUNNING,
                null, List.of(), null, null, "import-tester");
        Path kept = Files.createTempFile(Path.of("target"), "interrupted-kept-", ".csv");
        Files.writeString(kept, completeHeader() + "\n" + completeRow("MLT", "K-" + UUID.randomUUID(), "2020", "5") + "\n");
        long keptId = importLog.insert("kept.csv", kept, Files.size(kept), "d".repeat(64), ImportFormat.COMPLETE,
                ImportStatus.RUNNING, null, List.of(), null, null, "import-tester");
        for (long id : List.of(lost, keptId)) {
            jdbc.update("update interchange_import set started_at = now() - interval '1 hour', bytes_read = 400, rows_read = 1200, "
                    + "last_seen_at = now() - interval '1 hour' + interval '7 seconds' where id = ?", id);
        }

        importLog.failInterrupted();

        ImportDetail failed = imports.get(lost);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.durationText()).isEqualTo("7.0 s");
        assertThat(failed.percent()).isEqualTo(40);
        assertThat(failed.rerunnable()).isFalse();
        assertThat(page(lost)).contains("The file is no longer kept on the server").doesNotContain("it can be run again")
                .doesNotContain("Run this import again").contains("Stopped after reading 1,200 rows (40% of the file).");
        TestUsers.signInAs("import-tester", 1, Role.ADMIN); // MockMvc's user() ended with the request above
        assertThat(imports.get(keptId).rerunnable()).isTrue();
        assertThat(page(keptId)).contains("The file is kept: it can be run again.").contains("Run this import again");
    }
}
