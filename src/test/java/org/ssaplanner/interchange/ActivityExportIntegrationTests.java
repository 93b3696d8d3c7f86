package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.ssaplanner.interchange.ImportFixtures.completeHeader;
import static org.ssaplanner.interchange.ImportFixtures.completeRow;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;

/** The activities export is complete whatever the number of activities (issue 10, section 5). */
@SsaIntegrationTest
class ActivityExportIntegrationTests {

    /** More than the 100,000 the export used to stop at, and more than any page size. */
    private static final int ACTIVITIES = 100_017;

    @Autowired
    ImportService imports;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theExportHasEveryActivityAndItsSumIsTheFiles() throws Exception {
        String prefix = "X-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        StringBuilder file = new StringBuilder(completeHeader()).append('\n');
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < ACTIVITIES; i++) {
            String amount = (i % 1000) + "." + (i % 100 < 10 ? "0" : "") + (i % 100);
            file.append(completeRow("LUX", prefix + i, "2021", amount)).append('\n');
            expected = expected.add(new BigDecimal(amount));
        }
        ImportDetail detail = importAndWait(imports, "luxembourg.csv", file.toString());
        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);

        String csv = mvc.perform(get("/countries/LUX/activities.csv").with(user(TestUsers.user(3, "v", 1, Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        BigDecimal sum = BigDecimal.ZERO;
        Set<String> activities = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                activities.add(record.get("Activity ID"));
                sum = sum.add(new BigDecimal(record.get("Obligations")));
            }
        }
        assertThat(activities).hasSize(ACTIVITIES);
        assertThat(sum).isEqualByComparingTo(expected);
    }

    @Test
    void kosovoPublishedAsCsKmHasItsPageAndItsExportLikeAnyCountry() throws Exception {
        String prefix = "K-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String file = completeHeader() + "\n" + completeRow("CS-KM", prefix + "1", "2020", "100.25") + "\n"
                + completeRow("CS-KM", prefix + "2", "2021", "-0.25") + "\n"
                + completeRow("CS-KM", prefix + "2", "2022", "7.00") + "\n";
        assertThat(importAndWait(imports, "kosovo.csv", file).status()).isEqualTo(ImportStatus.SUCCEEDED);

        String page = mvc.perform(get("/countries/XKX").with(user(TestUsers.user(3, "v", 1, Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/countries/XKX/activities.csv");
        String csv = mvc.perform(get("/countries/XKX/activities.csv").with(user(TestUsers.user(3, "v", 1, Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        BigDecimal sum = BigDecimal.ZERO;
        Set<String> activities = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                if (record.get("Activity ID").startsWith(prefix)) {
                    activities.add(record.get("Activity ID"));
                    sum = sum.add(new BigDecimal(record.get("Obligations")));
                }
            }
        }
        assertThat(activities).containsExactlyInAnyOrder(prefix + "1", prefix + "2");
        assertThat(sum).isEqualByComparingTo("107.00");
    }
}
