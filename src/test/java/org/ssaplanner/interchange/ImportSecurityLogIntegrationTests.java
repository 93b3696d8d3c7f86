package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.interchange.ImportFixtures.awaitEnd;
import static org.ssaplanner.interchange.ImportFixtures.completeHeader;
import static org.ssaplanner.interchange.ImportFixtures.completeRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.interchange.engine.ImportLog;
import org.ssaplanner.shared.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12: the security log records how each import ended, with the importer as principal: IMPORT_SUCCEEDED with
 * the rows read, added, changed and removed; IMPORT_FAILED with the reason, also for an import a stopped
 * application left running. The page lists both types in its filter.
 */
@SsaIntegrationTest
class ImportSecurityLogIntegrationTests {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ImportLog importLog;

    final String importer = "log-importer-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aSucceededImportIsRecordedWithWhatItDidToTheStoredRows() {
        String activity = "SL-" + UUID.randomUUID();
        String first = completeHeader() + "\n" + completeRow("LIE", activity + "-1", "2013", "100") + "\n"
                + completeRow("LIE", activity + "-2", "2013", "200") + "\n" + completeRow("LIE", activity + "-3", "2013",
                        "300") + "\n";
        ImportDetail added = run("first.csv", first.getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).isEqualTo(ImportStatus.SUCCEEDED);

        // the same scope again: one row changed, one gone, one as it was
        String second = completeHeader() + "\n" + completeRow("LIE", activity + "-1", "2013", "150") + "\n"
                + completeRow("LIE", activity + "-3", "2013", "300") + "\n";
        ImportDetail changed = run("second.csv", second.getBytes(StandardCharsets.UTF_8));
        assertThat(changed.status()).isEqualTo(ImportStatus.SUCCEEDED);

        List<Map<String, String>> events = eventsOf("IMPORT_SUCCEEDED");
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsEntry("importId", "" + added.id()).containsEntry("file", "first.csv")
                .containsEntry("rowsRead", "3").containsEntry("rowsAdded", "3").containsEntry("rowsChanged", "0")
                .containsEntry("rowsRemoved", "0").containsEntry("format", "COMPLETE")
                .containsEntry("sha256", added.checksum());
        assertThat(events.get(1)).containsEntry("importId", "" + changed.id()).containsEntry("file", "second.csv")
                .containsEntry("rowsRead", "2").containsEntry("rowsAdded", "0").containsEntry("rowsChanged", "1")
                .containsEntry("rowsRemoved", "1").containsEntry("rowsUnchanged", "1");
        assertThat(eventsOf("IMPORT_FAILED")).isEmpty();

        // the identical file once more: a success that changed nothing
        ImportDetail identical = run("second-again.csv", second.getBytes(StandardCharsets.UTF_8));
        assertThat(eventsOf("IMPORT_SUCCEEDED")).hasSize(3).last().satisfies(e -> assertThat(e)
                .containsEntry("importId", "" + identical.id()).containsEntry("identicalTo", "" + changed.id())
                .containsEntry("rowsAdded", "0").containsEntry("rowsChanged", "0").containsEntry("rowsRemoved", "0"));
    }

    @Test
    void anImportThatStopsIsRecordedAsFailedWithTheReason() {
        // readable header (accepted on upload), a byte that is not UTF-8 after several batches: refused while running
        String activity = "SF-" + UUID.randomUUID();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((completeHeader() + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30_000; i++) {
            bytes.writeBytes((completeRow("LIE", activity + "-" + i, "2014", "1") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes((completeRow("LIE", activity, "2014", "1").replace("Activity", "Activit\u00e9") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportDetail stopped = run("broken.csv", bytes.toByteArray());

        assertThat(stopped.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(eventsOf("IMPORT_SUCCEEDED")).isEmpty();
        assertThat(eventsOf("IMPORT_FAILED")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("importId", "" + stopped.id()).containsEntry("file", "broken.csv")
                .containsEntry("status", "REFUSED").containsEntry("reasonKey", "import.refused.encoding")
                .hasEntrySatisfying("reason", reason -> assertThat(reason).startsWith("The file is not UTF-8 text")
                        .doesNotContain("{0}")));
    }

    @Test
    void anImportInterruptedByAStopIsRecordedAsFailedWhenItIsFound() {
        TestUsers.signInAs(importer, 1, Role.PLANNER);
        long lost = importLog.insert("interrupted.csv", null, 1000, "e".repeat(64), ImportFormat.COMPLETE,
                ImportStatus.RUNNING, null, List.of(), null, null, importer);
        jdbc.update("update interchange_import set started_at = now() - interval '1 hour', rows_read = 1200 "
                + "where id = ?", lost);
        TestUsers.signOut();

        importLog.failInterrupted(); // or the periodic sweep of the queue got there first: once either way
        importLog.failInterrupted();

        assertThat(eventsOf("IMPORT_FAILED")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("importId", "" + lost).containsEntry("file", "interrupted.csv")
                .containsEntry("status", "FAILED").containsEntry("reasonKey", "import.failed.interrupted")
                .containsEntry("rowsRead", "1200")
                .containsEntry("reason", "The application stopped during this import. Nothing from it was stored."));
    }

    @Test
    void theLogPageOffersBothTypesInItsFilterWithTheirLabels() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders
                .get("/admin/security-log").with(SecurityMockMvcRequestPostProcessors.user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"IMPORT_SUCCEEDED\"").contains("Import succeeded")
                .contains("value=\"IMPORT_FAILED\"").contains("Import failed");
    }

    private ImportDetail run(String name, byte[] content) {
        TestUsers.signInAs(importer, 1, Role.PLANNER);
        long id = imports.submit(name, new ByteArrayInputStream(content));
        return awaitEnd(imports, id, 120_000);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> eventsOf(String type) {
        JsonMapper json = JsonMapper.builder().build();
        return jdbc.queryForList("select details from security_event where principal = ? and type = ? order by seq",
                String.class, importer, type).stream().map(d -> (Map<String, String>) json.readValue(d, Map.class))
                .toList();
    }
}
