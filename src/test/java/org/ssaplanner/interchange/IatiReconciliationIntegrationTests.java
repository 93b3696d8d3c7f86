package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The El Salvador picture reconciles the real FA.gov file (El_Salvador_2022-2002_Econ_Other.csv: obligations only,
 * transaction type 2) with USAID's real IATI file (usaid-sv.xml: outgoing commitments, type 2, and disbursements,
 * type 3, all in USD): an FA.gov activity whose Activity Project Number equals the IATI identifier after
 * "US-GOV-1-" is matched, and FA.gov obligations are compared with IATI outgoing commitments (never with
 * disbursements). Every expected figure is computed here from the two files (Commons CSV and a DOM pass): 63
 * activities match, 53 differ, among them AID-519-C-13-00002 by $1 (39,526,735 obligated, 39,526,734 committed) and
 * AID-519-A-12-00003 by $2,000,002 (19,454,898 and 17,454,896); the page lists them, paged, largest first
 * (AID-519-C-13-00002 on a later page than the first).
 */
@SsaIntegrationTest
class IatiReconciliationIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    CountryPictureService pictures;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** FA.gov obligations (Transaction Type ID 2, current dollars) per Activity Project Number. */
    static Map<String, BigDecimal> faObligations(Path file) throws Exception {
        Map<String, BigDecimal> sums = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                BigDecimal amount = "2".equals(record.get("Transaction Type ID"))
                        ? new BigDecimal(record.get("Current Dollar Amount")) : BigDecimal.ZERO;
                sums.merge(record.get("Activity Project Number"), amount, BigDecimal::add);
            }
        }
        return sums;
    }

    /** IATI outgoing commitments (type 2) in USD per identifier after "reporting-org ref-". */
    static Map<String, BigDecimal> iatiCommitments(Path file) throws Exception {
        Document doc = IatiImportIntegrationTests.dom(file);
        Map<String, BigDecimal> sums = new HashMap<>();
        NodeList activities = doc.getDocumentElement().getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            String id = activity.getElementsByTagName("iati-identifier").item(0).getTextContent().strip();
            String ref = ((Element) activity.getElementsByTagName("reporting-org").item(0)).getAttribute("ref");
            assertThat(id).startsWith(ref + "-");
            String number = id.substring(ref.length() + 1);
            BigDecimal sum = BigDecimal.ZERO;
            NodeList transactions = activity.getElementsByTagName("transaction");
            for (int t = 0; t < transactions.getLength(); t++) {
                Element transaction = (Element) transactions.item(t);
                Element value = (Element) transaction.getElementsByTagName("value").item(0);
                String currency = value.getAttribute("currency").isEmpty() ? activity.getAttribute("default-currency")
                        : value.getAttribute("currency");
                if ("2".equals(((Element) transaction.getElementsByTagName("transaction-type").item(0))
                        .getAttribute("code")) && "USD".equals(currency)) {
                    sum = sum.add(new BigDecimal(value.getTextContent().strip()));
                }
            }
            sums.put(number, sum);
        }
        return sums;
    }

    @Test
    void elSalvadorsFaGovAndIatiActivitiesAreMatchedAndTheirDifferencesListed() throws Exception {
        Path csv = SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv");
        Path xml = SharedData.iatiUsaid("usaid-sv.xml");
        Map<String, BigDecimal> fa = faObligations(csv);
        Map<String, BigDecimal> iati = iatiCommitments(xml);
        Set<String> matched = iati.keySet().stream().filter(fa::containsKey).collect(Collectors.toSet());
        Map<String, BigDecimal> differing = new TreeMap<>();
        matched.stream().filter(n -> fa.get(n).compareTo(iati.get(n)) != 0)
                .forEach(n -> differing.put(n, fa.get(n).subtract(iati.get(n))));
        assertThat(matched).hasSize(63);
        assertThat(differing).hasSize(53);
        assertThat(differing.get("AID-519-C-13-00002")).isEqualByComparingTo("1");
        assertThat(differing.get("AID-519-A-12-00003")).isEqualByComparingTo("2000002");

        assertThat(importAndWait(imports, csv).status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(importAndWait(imports, xml).status()).isEqualTo(ImportStatus.SUCCEEDED);

        TestUsers.signInAs("viewer", 1, Role.VIEWER);
        Area salvador = pictures.area("SLV");
        IatiPicture picture = pictures.iati(salvador, PageRequest.of(0, 100));
        assertThat(picture.publishers()).extracting(IatiPicture.Publisher::ref).contains("US-GOV-1");
        IatiPicture.Publisher usaid = picture.publishers().stream().filter(p -> p.ref().equals("US-GOV-1")).findFirst()
                .orElseThrow();
        assertThat(usaid.activities()).isEqualTo(272);
        Map<String, BigDecimal> byType = IatiImportIntegrationTests.transactionSums(IatiImportIntegrationTests.dom(xml));
        assertThat(usaid.amounts()).extracting(a -> a.typeCode() + "|" + a.currency())
                .containsExactlyInAnyOrderElementsOf(byType.keySet());
        usaid.amounts().forEach(a -> assertThat(a.sum()).as(a.typeCode())
                .isEqualByComparingTo(byType.get(a.typeCode() + "|" + a.currency())));

        assertThat(picture.matched()).isEqualTo(63);
        assertThat(picture.discrepancies().getTotalElements()).isEqualTo(53);
        List<IatiPicture.Discrepancy> listed = picture.discrepancies().getContent();
        assertThat(listed).extracting(IatiPicture.Discrepancy::projectNumber)
                .containsExactlyInAnyOrderElementsOf(differing.keySet());
        listed.forEach(d -> assertThat(d.difference()).as(d.projectNumber())
                .isEqualByComparingTo(differing.get(d.projectNumber())));
        assertThat(listed).filteredOn(d -> d.projectNumber().equals("AID-519-C-13-00002")).singleElement()
                .satisfies(d -> {
                    assertThat(d.identifier()).isEqualTo("US-GOV-1-AID-519-C-13-00002");
                    assertThat(d.obligated()).isEqualByComparingTo("39526735");
                    assertThat(d.committed()).isEqualByComparingTo("39526734");
                });
        assertThat(listed).filteredOn(d -> d.projectNumber().equals("AID-519-A-12-00003")).singleElement()
                .satisfies(d -> {
                    assertThat(d.obligated()).isEqualByComparingTo("19454898");
                    assertThat(d.committed()).isEqualByComparingTo("17454896");
                });
        // largest difference first
        assertThat(listed.get(0).difference().abs()).isEqualByComparingTo(
                differing.values().stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElseThrow());

        // the page: 25 a page, largest difference first; each of the two on the page its rank gives
        List<String> ranked = differing.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue().abs())
                        .reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        assertThat(ranked.indexOf("AID-519-C-13-00002")).isGreaterThanOrEqualTo(25);
        for (String number : List.of("AID-519-A-12-00003", "AID-519-C-13-00002")) {
            int page = ranked.indexOf(number) / 25;
            String html = mvc.perform(get("/countries/SLV").param("ipage", String.valueOf(page))
                    .with(user(TestUsers.user(1, "viewer", 1, Role.VIEWER)))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).contains("data-testid=\"iati\"").contains("US-GOV-1")
                    .contains("63 activities matched, 53 of them with different obligations and commitments.")
                    .contains("data-project=\"" + number + "\"");
            String row = html.substring(html.indexOf("data-project=\"" + number + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains(number.equals("AID-519-C-13-00002") ? "$1.00" : "$2,000,002.00");
        }
    }
}
