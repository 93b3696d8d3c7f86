package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.interchange.ArmsCompetition.Supplier;
import org.ssaplanner.shared.security.Role;

/**
 * The real SIPRI Arms Transfers Database trade register through the real import on PostgreSQL: the figures the
 * application computes equal sums of the file computed here independently (Commons CSV, not the application's
 * reader), e.g. the world total 872,910.01 TIV and El Salvador's 2014-2023 deliveries (45.79 TIV: Chile 20.0, United
 * States 18.51, Turkiye 3.3); importing the same file again changes nothing; a changed register replaces what
 * changed; bad rows are listed with their line; a selection or a file without SIPRI's preamble is refused whole.
 */
@SsaIntegrationTest
class ArmsTransferImportIntegrationTests {

    /** SIPRI's preamble: 11 lines before the header. */
    private static final int PREAMBLE_LINES = 11;

    @Autowired
    ImportService imports;

    @Autowired
    CompetitionService competition;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** The file's data rows, read with Commons CSV after the preamble. */
    static List<CSVRecord> fileRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String data = String.join("\n", lines.subList(PREAMBLE_LINES, lines.size()));
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(data))) {
            return parser.getRecords();
        }
    }

    static BigDecimal tiv(List<CSVRecord> rows, Predicate<CSVRecord> which) {
        return rows.stream().filter(which).map(r -> new BigDecimal(r.get("TIV delivery values")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ImportDetail importRegister() throws IOException {
        return importAndWait(imports, SharedData.sipriTradeRegister());
    }

    @Test
    void theRegisterIsStoredWithTheWorldTotalAndTheCountsOfTheFile() throws Exception {
        List<CSVRecord> rows = fileRows(SharedData.sipriTradeRegister());
        BigDecimal world = tiv(rows, r -> true);
        Set<String> suppliers = new HashSet<>();
        Set<String> recipients = new HashSet<>();
        rows.forEach(r -> {
            suppliers.add(r.get("Supplier"));
            recipients.add(r.get("Recipient"));
        });
        // the figures SOURCE.md gives, from the file itself
        assertThat(rows).hasSize(27_838);
        assertThat(world).isEqualByComparingTo("872910.01");
        assertThat(suppliers).hasSize(119);
        assertThat(recipients).hasSize(223);

        ImportDetail detail = importRegister();
        assertThat(detail.status()).as(detail.messageKey() + " " + detail.messageArgs()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.SIPRI_ARMS_TRANSFERS);
        assertThat(detail.rowsRead()).isEqualTo(27_838);
        assertThat(detail.rowsRejected()).isZero();

        TestUsers.signInAs("viewer", 2, Role.VIEWER);
        ArmsRegister register = competition.register();
        assertThat(register.deliveries()).isEqualTo(rows.size());
        assertThat(register.worldTiv()).isEqualByComparingTo(world);
        assertThat(register.suppliers()).isEqualTo(suppliers.size());
        assertThat(register.recipients()).isEqualTo(recipients.size());
        assertThat(register.firstYear()).isEqualTo(1990);
        assertThat(register.lastYear()).isEqualTo(2023);
        assertThat(register.attribution()).isEqualTo("Source: SIPRI Arms Transfers Database (c) SIPRI.");
        assertThat(register.selection()).startsWith("Transfers of major conventional arms from All countries to All countries");
        assertThat(register.generated()).isEqualTo("13 Apr 2024 3:44:54 PM");

        // every name that maps to no country is listed, and only those; the non-state ones among them
        List<SipriName> unmapped = competition.unmappedNames();
        assertThat(unmapped).extracting(SipriName::name).contains("Houthi rebels (Yemen)*", "NATO**",
                "unknown supplier(s)", "Northern Cyprus").doesNotContain("Turkiye", "UAE", "Cote d'Ivoire", "Soviet Union");
        assertThat(unmapped).filteredOn(n -> n.name().equals("Houthi rebels (Yemen)*")).singleElement()
                .extracting(SipriName::kind).isEqualTo("NON_STATE");
        assertThat(unmapped).allSatisfy(n -> assertThat(n.kind()).as(n.name() + " is in the mapping").isNotNull());
        long unmappedRecipientRows = rows.stream().filter(r -> unmapped.stream()
                .anyMatch(n -> n.name().equals(r.get("Recipient")))).count();
        assertThat(unmapped.stream().mapToLong(SipriName::asRecipient).sum()).isEqualTo(unmappedRecipientRows);
    }

    @Test
    void elSalvadorsDeliveries2014To2023AddUpAsInTheFile() throws Exception {
        List<CSVRecord> rows = fileRows(SharedData.sipriTradeRegister());
        Predicate<CSVRecord> salvador = r -> r.get("Recipient").equals("El Salvador");
        Predicate<CSVRecord> last10 = r -> Integer.parseInt(r.get("Delivery year")) >= 2014;
        Map<String, BigDecimal> bySupplier = new TreeMap<>();
        rows.stream().filter(salvador.and(last10)).forEach(r -> bySupplier.merge(r.get("Supplier"),
                new BigDecimal(r.get("TIV delivery values")), BigDecimal::add));
        BigDecimal total = tiv(rows, salvador.and(last10));
        assertThat(total).isEqualByComparingTo("45.79");
        assertThat(bySupplier.get("Chile")).isEqualByComparingTo("20.0");
        assertThat(bySupplier.get("United States")).isEqualByComparingTo("18.51");
        assertThat(bySupplier.get("Turkiye")).isEqualByComparingTo("3.3");

        assertThat(importRegister().status()).isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signInAs("viewer", 2, Role.VIEWER);
        CompetitionService.Recipient slv = competition.recipient("sv");
        assertThat(slv.code()).isEqualTo("SLV");
        ArmsCompetition page = competition.competition(slv);

        ArmsCompetition.Window window = page.window("LAST_10");
        assertThat(window.firstYear()).isEqualTo(2014);
        assertThat(window.lastYear()).isEqualTo(2023);
        assertThat(window.total()).isEqualByComparingTo(total);
        assertThat(window.unitedStates()).isEqualByComparingTo(bySupplier.get("United States"));
        assertThat(page.suppliers()).filteredOn(s -> s.tivLast10().signum() > 0)
                .extracting(Supplier::name).containsExactlyInAnyOrderElementsOf(bySupplier.keySet());
        for (Supplier s : page.suppliers()) {
            if (s.tivLast10().signum() > 0) {
                assertThat(s.tivLast10()).as(s.name()).isEqualByComparingTo(bySupplier.get(s.name()));
            }
        }
        assertThat(page.suppliers()).filteredOn(s -> s.name().equals("Turkiye")).singleElement()
                .satisfies(s -> assertThat(s.iso3()).isEqualTo("TUR"));
        // the whole period and each year as in the file; the US share of 2014-2023 from the file's own sums
        assertThat(page.total()).isEqualByComparingTo(tiv(rows, salvador));
        for (int year : page.years()) {
            BigDecimal expected = tiv(rows, salvador.and(r -> Integer.parseInt(r.get("Delivery year")) == year));
            assertThat(page.byYear().getOrDefault(year, BigDecimal.ZERO)).as("TIV in " + year).isEqualByComparingTo(expected);
        }
        ArmsCompetition.Trend us = page.trends().get(0);
        assertThat(us.iso3()).isEqualTo("USA");
        assertThat(us.last10().share()).isEqualByComparingTo(ArmsCompetition.share(bySupplier.get("United States"), total));
        assertThat(us.last10().share()).isEqualByComparingTo("40.4");
        // by armament category, all years: the categories and their sums of the file
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        rows.stream().filter(salvador).forEach(r -> byCategory.merge(r.get("Armament category"),
                new BigDecimal(r.get("TIV delivery values")), BigDecimal::add));
        assertThat(page.categories()).hasSize(byCategory.size()).allSatisfy(c -> assertThat(c.tiv()).as(c.category())
                .isEqualByComparingTo(byCategory.get(c.category())));
        assertThat(page.recentDeliveries()).hasSize((int) rows.stream().filter(salvador.and(last10)).count());
    }

    /** The portfolio-wide view (one statement for every recipient) says what each country's own page says. */
    @Test
    void everyRecipientsSharesAreTheOnesOfItsOwnCompetitionPage() throws Exception {
        assertThat(importRegister().status()).isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signInAs("viewer", 2, Role.VIEWER);
        Map<String, CompetitorShares> shares = competition.competitorShares();
        CompetitorShares slv = shares.get("SLV");
        assertThat(slv.firstYear()).isEqualTo(2014);
        assertThat(slv.lastYear()).isEqualTo(2023);
        assertThat(slv.tiv()).isEqualByComparingTo("45.79");
        assertThat(slv.unitedStatesShare()).isEqualByComparingTo("40.4");
        for (String code : List.of("SLV", "VEN", "COL")) {
            ArmsCompetition page = competition.competition(competition.recipient(code));
            ArmsCompetition.Trend competitors = page.trends().stream()
                    .filter(t -> t.role() == ArmsCompetition.Role.COMPETITOR && t.iso3() == null).findFirst()
                    .orElseThrow();
            CompetitorShares row = shares.get(code);
            assertThat(row.tiv()).as(code).isEqualByComparingTo(page.window("LAST_10").total());
            assertThat(row.competitorsShare()).as(code).isEqualTo(competitors.last10().share());
            assertThat(row.competitorsShareLast5()).as(code).isEqualTo(competitors.last5().share());
            assertThat(row.change5()).as(code).isEqualTo(competitors.change5());
        }
        assertThat(shares.get("IND").competitorsShare()).as("Russia's deliveries to India")
                .isGreaterThan(new BigDecimal("25"));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedRegisterReplacesWhatChanged() throws Exception {
        Path file = SharedData.sipriTradeRegister();
        ImportDetail first = importRegister();
        assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
        ImportDetail again = importRegister();
        assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(again.rowsInserted() + again.rowsUpdated()).isZero();
        assertThat(again.identical()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from interchange_arms_transfer", Long.class)).isEqualTo(27_838);

        // one delivery changed, one dropped, one new, one bad, one repeated: the rest stays untouched
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int changedLine = indexOf(lines, "66772,Turkiye,El Salvador,");
        lines.set(changedLine, lines.get(changedLine).replace(",3.3,No", ",3.4,No"));
        int droppedLine = indexOf(lines, "60107,United States,El Salvador,");
        String dropped = lines.remove(droppedLine);
        lines.add("99999901,Chile,El Salvador,Test -,test vehicle,Armoured vehicles,2022,No,1,No,2023,No,New,1,1,1.25,No");
        lines.add("99999902,Chile,El Salvador,Test -,test vehicle,Armoured vehicles,2022,No,1,No,2023,No,New,1,1,many,No");
        lines.add("99999901,Chile,El Salvador,Again -,test vehicle,Armoured vehicles,2022,No,1,No,2023,No,New,1,1,2,No");
        Path changed = Files.createDirectories(Path.of("target", "modified-data")).resolve("sipri-changed.csv");
        Files.writeString(changed, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        int lastLine = lines.size();
        try {
            ImportDetail newer = importAndWait(imports, changed);
            assertThat(newer.status()).isEqualTo(ImportStatus.SUCCEEDED);
            assertThat(newer.rowsRead()).isEqualTo(27_840);
            assertThat(newer.rowsAdded()).isEqualTo(1);
            assertThat(newer.vintage().rowsChanged()).isEqualTo(1);
            assertThat(newer.vintage().rowsRemoved()).isEqualTo(1);
            assertThat(newer.rowsRejected()).isEqualTo(2);
            assertThat(newer.rowsUnchanged()).isEqualTo(27_838 - 2);
            assertThat(imports.rejectedRows(newer.id(), PageRequest.of(0, 10)).getContent())
                    .extracting(RejectedRow::lineNumber, RejectedRow::reasonKey)
                    .containsExactly(tuple((long) lastLine - 1, "import.rejected.sipri.tiv"),
                            tuple((long) lastLine, "import.rejected.sipri.duplicate"));
            assertThat(jdbc.queryForObject("select tiv_delivered from interchange_arms_transfer where deal_id = 66772 "
                    + "and delivery_year = 2023", BigDecimal.class)).isEqualByComparingTo("3.4");
            assertThat(jdbc.queryForObject("select count(*) from interchange_arms_transfer_replaced where "
                    + "replaced_by_import_id = ?", Long.class, newer.id())).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from interchange_arms_transfer where deal_id = 60107",
                    Long.class)).as(dropped).isEqualTo(lines.stream().filter(l -> l.startsWith("60107,")).count());
            assertThat(imports.vintageStatus(newer.id()).current()).isTrue();
            assertThat(imports.vintageStatus(first.id()).current()).isFalse();
            TestUsers.signInAs("import-tester", 1, Role.ADMIN);
            assertThatThrownBy(() -> imports.rollback(newer.id())).isInstanceOf(ImportRefusedException.class)
                    .extracting("messageKey").isEqualTo("import.rollback.register");
        } finally {
            // the real register again, for the other tests
            ImportDetail restored = importRegister();
            assertThat(restored.status()).isEqualTo(ImportStatus.SUCCEEDED);
            assertThat(restored.identical()).isFalse();
            assertThat(jdbc.queryForObject("select sum(tiv_delivered) from interchange_arms_transfer", BigDecimal.class))
                    .isEqualByComparingTo("872910.01");
        }
    }

    @Test
    void aSelectionOrAFileWithoutThePreambleIsRefusedWholeAndNothingIsStored() throws Exception {
        assertThat(importRegister().status()).isEqualTo(ImportStatus.SUCCEEDED);
        long before = jdbc.queryForObject("select count(*) from interchange_arms_transfer", Long.class);
        List<String> lines = Files.readAllLines(SharedData.sipriTradeRegister(), StandardCharsets.UTF_8);

        List<String> selection = new ArrayList<>(lines.subList(0, 20));
        selection.set(0, selection.get(0).replace("to All countries", "to El Salvador"));
        ImportDetail refused = importAndWait(imports, "sipri-selection.csv", String.join("\n", selection) + "\n");
        assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(refused.messageKey()).isEqualTo("import.refused.sipri.selection");

        ImportDetail noPreamble = importAndWait(imports, "sipri-no-preamble.csv",
                String.join("\n", lines.subList(PREAMBLE_LINES, 30)) + "\n");
        assertThat(noPreamble.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(noPreamble.messageKey()).isEqualTo("import.refused.sipri.preamble");

        List<String> unclosed = new ArrayList<>(lines.subList(0, 30));
        unclosed.set(20, unclosed.get(20).replaceFirst(",", ",\""));
        ImportDetail broken = importAndWait(imports, "sipri-broken.csv", String.join("\n", unclosed) + "\n");
        assertThat(broken.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(broken.messageKey()).isEqualTo("import.refused.structure");

        assertThat(jdbc.queryForObject("select count(*) from interchange_arms_transfer", Long.class)).isEqualTo(before);
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new IllegalStateException(start);
    }
}
