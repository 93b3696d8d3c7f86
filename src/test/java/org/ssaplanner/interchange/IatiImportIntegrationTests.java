package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Real IATI activity files through the real import on PostgreSQL: USAID's Libya file (IATI 2.03, 91 activities) and
 * State/INL's d-portal file (IATI 2.02, 100 activities) are stored with the commitments and disbursements per
 * currency that a DOM pass of this test sums from the files themselves; importing a file again changes nothing; a
 * newer version of an activity replaces it, an older one is rejected with its element path; hostile XML (an
 * external entity, a billion-laughs expansion), a wrong root, a wrong namespace and an unsupported version are
 * refused whole with their message and nothing stored.
 */
@SsaIntegrationTest
class IatiImportIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    /** The import's page as a viewer sees it. */
    private String page(long importId) throws Exception {
        MvcResult result = mvc.perform(get("/imports/" + importId)
                .with(user(TestUsers.user(1, "viewer", 1, Role.VIEWER)))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** The file read as a DOM (small files only; DTDs refused), independently of the application's StAX reader. */
    static Document dom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The file's activity identifiers, in the file's order. */
    static List<String> identifiers(Document doc) {
        List<String> ids = new ArrayList<>();
        NodeList activities = doc.getDocumentElement().getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            ids.add(activity.getElementsByTagName("iati-identifier").item(0).getTextContent().strip());
        }
        return ids;
    }

    /** Sums of the file's transaction values per "type code|currency" (currency: the value's, else the activity's default). */
    static Map<String, BigDecimal> transactionSums(Document doc) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        NodeList activities = doc.getDocumentElement().getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            NodeList transactions = activity.getElementsByTagName("transaction");
            for (int t = 0; t < transactions.getLength(); t++) {
                Element transaction = (Element) transactions.item(t);
                String type = ((Element) transaction.getElementsByTagName("transaction-type").item(0)).getAttribute("code");
                Element value = (Element) transaction.getElementsByTagName("value").item(0);
                String currency = value.getAttribute("currency").isEmpty() ? activity.getAttribute("default-currency")
                        : value.getAttribute("currency");
                sums.merge(type + "|" + currency, new BigDecimal(value.getTextContent().strip()), BigDecimal::add);
            }
        }
        return sums;
    }

    /** The stored sums per "type code|currency" of the given activities. */
    private Map<String, BigDecimal> storedSums(List<String> identifiers) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        jdbc.query("""
                select t.type_code, t.currency, sum(t.value) from interchange_iati_transaction t
                join interchange_iati_activity a on a.id = t.activity_id
                where a.identifier = any(?) group by t.type_code, t.currency""",
                rs -> {
                    sums.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3));
                }, (Object) identifiers.toArray(String[]::new));
        return sums;
    }

    private long stored(List<String> identifiers) {
        return jdbc.queryForObject("select count(*) from interchange_iati_activity where identifier = any(?)", Long.class,
                (Object) identifiers.toArray(String[]::new));
    }

    private static void assertSucceeded(ImportDetail detail) {
        assertThat(detail.status()).as(detail.messageKey() + " " + detail.messageArgs()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.IATI_ACTIVITIES);
    }

    @Test
    void usaidLibyaIsStoredWithTheSumsOfTheFileAndAgainChangesNothing() throws Exception {
        Path file = SharedData.iatiUsaid("usaid-ly.xml");
        Document doc = dom(file);
        List<String> ids = identifiers(doc);
        Map<String, BigDecimal> expected = transactionSums(doc);
        // the figures SOURCE.md gives, from the file itself: 91 activities, commitments (2) and disbursements (3) in USD
        assertThat(ids).hasSize(91).doesNotHaveDuplicates();
        assertThat(expected).containsOnlyKeys("2|USD", "3|USD");

        ImportDetail first = importAndWait(imports, file);
        assertSucceeded(first);
        assertThat(first.rowsRead()).isEqualTo(91);
        assertThat(first.rowsRejected()).isZero();
        assertThat(stored(ids)).isEqualTo(91);
        assertThat(storedSums(ids)).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(*) from interchange_iati_transaction t join interchange_iati_activity a "
                + "on a.id = t.activity_id where a.identifier = any(?)", Long.class, (Object) ids.toArray(String[]::new)))
                .isEqualTo(1_098);
        assertThat(jdbc.queryForList("select distinct recipient_country from interchange_iati_activity where "
                + "identifier = any(?)", String.class, (Object) ids.toArray(String[]::new))).containsExactly("LY");
        assertThat(jdbc.queryForObject("select reporting_org_ref || ' ' || iati_version || ' ' || title from "
                + "interchange_iati_activity where identifier = 'US-GOV-1-00011MO000646'", String.class))
                .isEqualTo("US-GOV-1 2.03 Crisis Assistance and Recovery");

        String before = snapshot(ids);
        ImportDetail again = importAndWait(imports, file);
        assertSucceeded(again);
        assertThat(again.rowsInserted()).isZero();
        assertThat(again.rowsUpdated()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(91);
        assertThat(snapshot(ids)).isEqualTo(before);
    }

    /** Every stored row of the activities, with its id and import: equal snapshots = nothing changed. */
    private String snapshot(List<String> ids) {
        return String.join("\n", jdbc.queryForList("""
                select a.id || ' ' || a.import_id || ' ' || a.digest || ' ' || coalesce(string_agg(t.id || ':' || t.value,
                    ',' order by t.id), '') from interchange_iati_activity a
                left join interchange_iati_transaction t on t.activity_id = a.id
                where a.identifier = any(?) group by a.id order by a.id""", String.class,
                (Object) ids.toArray(String[]::new)));
    }

    @Test
    void stateInlVersion202IsStoredWithTheSumsOfTheFile() throws Exception {
        Path file = SharedData.iatiStateInl();
        Document doc = dom(file);
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.02");
        List<String> ids = identifiers(doc);
        Map<String, BigDecimal> expected = transactionSums(doc);
        assertThat(ids).hasSize(100).doesNotHaveDuplicates();

        ImportDetail detail = importAndWait(imports, file);
        assertSucceeded(detail);
        assertThat(detail.rowsRead()).isEqualTo(100);
        assertThat(detail.rowsRejected()).isZero();
        assertThat(stored(ids)).isEqualTo(100);
        assertThat(storedSums(ids)).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(*) from interchange_iati_budget b join interchange_iati_activity a "
                + "on a.id = b.activity_id where a.identifier = any(?)", Long.class, (Object) ids.toArray(String[]::new)))
                .isEqualTo(doc.getDocumentElement().getElementsByTagName("budget").getLength());
    }

    private static String activity(String id, String publisher, String updated, String... values) {
        StringBuilder transactions = new StringBuilder();
        for (String value : values) {
            transactions.append("""
                    <transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-15"/>
                    <value value-date="2024-01-15">%s</value></transaction>
                    """.formatted(value));
        }
        return """
                <iati-activity default-currency="USD" last-updated-datetime="%s">
                  <iati-identifier>%s</iati-identifier>
                  <reporting-org ref="%s" type="10"><narrative>Test publisher</narrative></reporting-org>
                  <title><narrative>Activity %s</narrative></title>
                  <activity-status code="2"/>
                  <recipient-country code="SV"/>
                  %s
                  <result type="2"><title><narrative>Fewer homicides</narrative></title>
                    <indicator measure="1"><title><narrative>Homicide rate</narrative></title>
                      <baseline year="2020" value="36.2"/>
                      <period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
                        <target value="30"/><actual value="28.5"/></period>
                    </indicator>
                  </result>
                </iati-activity>
                """.formatted(updated, id, publisher, id, transactions);
    }

    private static String file(String version, String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"" + version + "\">\n"
                + String.join("", activities) + "</iati-activities>\n";
    }

    @Test
    void aNewerVersionReplacesTheActivityAnOlderOneIsRejectedAndBadElementsAreNamedByTheirPath() throws Exception {
        String publisher = "XM-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String id = publisher + "-A1";
        ImportDetail first = importAndWait(imports, "test.xml", file("2.03",
                activity(id, publisher, "2024-01-01T00:00:00Z", "100.00", "-20.50"),
                activity(publisher + "-BAD", publisher, "2024-01-01T00:00:00Z", "5", "12,5")));
        assertSucceeded(first);
        assertThat(first.rowsRead()).isEqualTo(2);
        assertThat(first.rowsInserted()).isEqualTo(1);
        assertThat(first.rowsRejected()).isEqualTo(1);
        RejectedRow rejected = imports.rejectedRows(first.id(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(rejected.reasonKey()).isEqualTo("import.rejected.iati.decimal");
        assertThat(rejected.reasonArgs()).containsExactly("/iati-activities/iati-activity[2]/transaction[2]/value",
                "12,5");
        assertThat(storedSums(List.of(id))).containsOnlyKeys("2|USD");
        assertThat(storedSums(List.of(id)).get("2|USD")).isEqualByComparingTo("79.50");
        assertThat(stored(List.of(publisher + "-BAD"))).isZero();
        assertThat(page(first.id())).contains("IATI activities (XML)").contains("data-testid=\"iati-scope\"")
                .contains("/iati-activities/iati-activity[2]/transaction[2]/value: &quot;12,5&quot; is not an amount");
        assertThat(jdbc.queryForObject("""
                select i.result_type || ' ' || i.result_title || ' ' || i.measure || ' ' || i.title || ' ' || i.baseline_year
                    || ' ' || i.baseline_value || ' ' || p.period_start || ' ' || p.target_value || ' ' || p.actual_value
                from interchange_iati_indicator i join interchange_iati_activity a on a.id = i.activity_id
                join interchange_iati_indicator_period p on p.indicator_id = i.id where a.identifier = ?""", String.class,
                id)).isEqualTo("2 Fewer homicides 1 Homicide rate 2020 36.2 2024-01-01 30 28.5");

        ImportDetail newer = importAndWait(imports, "newer.xml", file("2.02",
                activity(id, publisher, "2024-06-01T00:00:00Z", "250.00")));
        assertSucceeded(newer);
        assertThat(newer.rowsUpdated()).isEqualTo(1);
        assertThat(storedSums(List.of(id)).get("2|USD")).isEqualByComparingTo("250.00");

        ImportDetail older = importAndWait(imports, "older.xml", file("2.03",
                activity(id, publisher, "2023-06-01T00:00:00Z", "1.00"), activity(publisher + "-A2", publisher,
                        "2023-06-01T00:00:00Z", "3.00")));
        assertSucceeded(older);
        assertThat(older.rowsRejected()).isEqualTo(1);
        assertThat(imports.rejectedRows(older.id(), PageRequest.of(0, 10)).getContent()).singleElement()
                .extracting(RejectedRow::reasonKey).isEqualTo("import.rejected.iati.older");
        assertThat(storedSums(List.of(id)).get("2|USD")).isEqualByComparingTo("250.00");
    }

    private ImportDetail refused(String text, String key) {
        ImportDetail detail = importAndWait(imports, "hostile.xml", text);
        assertThat(detail.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(detail.messageKey()).isEqualTo(key);
        return detail;
    }

    @Test
    void anExternalEntityIsRefusedUnresolvedAndNothingIsStored() throws Exception {
        Path secret = Files.createTempFile("iati-secret", ".txt");
        Files.writeString(secret, "SECRET-" + UUID.randomUUID());
        String id = "XM-XXE-" + UUID.randomUUID();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n" + file("2.03", activity(id, "XM-XXE", "2024-01-01T00:00:00Z", "1"))
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "").replace("Test publisher", "&xxe;");
        ImportDetail detail = refused(xxe, "import.refused.iati.doctype");
        assertThat(page(detail.id())).contains("The file declares a document type (DOCTYPE, line 2)");
        assertThat(detail.messageArgs()).containsExactly("2");
        assertThat(stored(List.of(id))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from interchange_iati_activity where reporting_org_name like "
                + "'SECRET-%'", Long.class)).isZero();
        Files.delete(secret);
    }

    @Test
    void aBillionLaughsIsRefusedUnexpandedAndNothingIsStored() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE iati-activities [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        String id = "XM-LOL-" + UUID.randomUUID();
        String laughs = dtd + file("2.03", activity(id, "XM-LOL", "2024-01-01T00:00:00Z", "1"))
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "").replace("Test publisher", "&lol9;");
        refused(laughs, "import.refused.iati.doctype");
        assertThat(stored(List.of(id))).isZero();
    }

    @Test
    void aWrongRootNamespaceOrVersionIsRefused() {
        String id = "XM-ROOT-" + UUID.randomUUID();
        String activity = activity(id, "XM-ROOT", "2024-01-01T00:00:00Z", "1");
        ImportDetail root = refused("<?xml version=\"1.0\"?>\n<activities version=\"2.03\">" + activity + "</activities>",
                "import.refused.iati.root");
        assertThat(root.messageArgs()).containsExactly("activities");
        ImportDetail namespace = refused("<iati-activities xmlns=\"http://example.org/iati\" version=\"2.03\">" + activity
                + "</iati-activities>", "import.refused.iati.root");
        assertThat(namespace.messageArgs()).containsExactly("{http://example.org/iati}iati-activities");
        ImportDetail version = refused(file("1.05", activity), "import.refused.iati.version");
        assertThat(version.messageArgs()).containsExactly("1.05");
        refused(file("2.03", activity).replace("</iati-activities>", ""), "import.refused.iati.malformed");
        refused(file("2.03", activity).replace("Test publisher", "&undeclared;"), "import.refused.iati.entity");
        assertThat(stored(List.of(id))).isZero();
    }
}
