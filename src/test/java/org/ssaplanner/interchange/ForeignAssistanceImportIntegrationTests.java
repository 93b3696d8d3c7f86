package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.interchange.ImportFixtures.completeHeader;
import static org.ssaplanner.interchange.ImportFixtures.completeRow;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;
import static org.ssaplanner.interchange.ImportFixtures.sums;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.engine.ImportLog;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.Role;

/**
 * Real ForeignAssistance.gov files through the real import (COPY, merge) on PostgreSQL: the totals the
 * application computes equal the source files' own sums to the cent; re-imports change nothing; a newer
 * vintage updates; bad rows are listed, bad files refused whole.
 */
@SsaIntegrationTest
class ForeignAssistanceImportIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    CountryPictureService pictures;

    @Autowired
    ImportLog importLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MappingService mappings;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Amounts of the lines by "transaction type|key" (types are never added together). */
    private static Map<String, BigDecimal> totals(List<Amounts> lines) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Amounts a : lines) {
            a.amounts().forEach((type, amount) -> totals.put(type + "|" + (a.key() == null ? "" : a.key()), amount));
        }
        return totals;
    }

    private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().setScale(2)));
    }

    private void assertCompleteFileTotals(String fileName, String iso3) throws Exception {
        Path file = SharedData.faGov(fileName);
        ImportDetail detail = importAndWait(imports, file);
        assertThat(detail.status()).as(fileName + ": " + detail.messageKey()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.COMPLETE);
        assertThat(detail.rowsRejected()).isZero();
        assertThat(detail.rowsStored() + detail.rowsUnchanged()).isEqualTo(detail.rowsRead());

        Map<String, BigDecimal> byYear = sums(file, "Current Dollar Amount",
                r -> r.get("Transaction Type ID") + "|" + r.get("Fiscal Year"));
        Map<String, BigDecimal> byAgency = sums(file, "Current Dollar Amount",
                r -> r.get("Transaction Type ID") + "|" + r.get("Managing Agency Acronym"));
        Map<String, BigDecimal> overall = sums(file, "Current Dollar Amount", r -> r.get("Transaction Type ID") + "|");

        CountryPicture picture = pictures.picture(iso3);
        assertThat(totals(picture.byFiscalYear())).isEqualTo(normalized(byYear));
        assertThat(totals(picture.byManagingAgency())).isEqualTo(normalized(byAgency));
        assertThat(totals(List.of(picture.overall()))).isEqualTo(normalized(overall));
        assertThat(picture.overall().rows()).isEqualTo(detail.rowsRead());
        BigDecimal byAccount = picture.byFundingAccount().stream().map(Amounts::obligations).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(byAccount).isEqualTo(overall.get("2|").setScale(2));
    }

    @Test
    void elSalvadorTotalsEqualTheFileToTheCent() throws Exception {
        assertCompleteFileTotals("El_Salvador_2022-2002_Econ_Other.csv", "SLV");
        assertThat(pictures.picture("SLV").overall().obligations()).isEqualByComparingTo("2220081702");
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where country_code = 'SLV' "
                + "and current_amount < 0", Long.class)).isEqualTo(926);
    }

    @Test
    void activityListFiltersAndPagesInSqlAndAddsUpToTheYearTotals() throws Exception {
        importAndWait(imports, SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv"));
        CountryPicture picture = pictures.picture("SLV");
        BigDecimal fy2020 = picture.byFiscalYear().stream().filter(a -> a.key().equals("2020")).findFirst()
                .orElseThrow().obligations();

        var all2020 = pictures.activities("SLV", new ActivityFilter("2020", null, null, null), PageRequest.of(0, 10_000));
        assertThat(all2020.getContent().stream().map(ActivityRow::obligations).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(fy2020);
        var page = pictures.activities("SLV", new ActivityFilter("2020", null, null, null), PageRequest.of(1, 5));
        assertThat(page.getContent()).hasSize(5);
        assertThat(page.getTotalElements()).isEqualTo(all2020.getTotalElements());

        var doj = pictures.activities("SLV", new ActivityFilter(null, "DOJ", null, null), PageRequest.of(0, 100));
        assertThat(doj.getContent()).isNotEmpty().allSatisfy(a -> assertThat(a.managingAgency()).isEqualTo("DOJ"));
        var incle = pictures.activities("SLV", new ActivityFilter(null, null, "11x1022", "100%_"), PageRequest.of(0, 100));
        assertThat(incle.getContent()).isEmpty();
    }

    @Test
    void yemenTotalsEqualTheFileToTheCent() throws Exception {
        assertCompleteFileTotals("Yemen_2022-2002_Econ_Other.csv", "YEM");
        assertThat(pictures.picture("YEM").overall().obligations()).isEqualByComparingTo("6398597963");
    }

    @Test
    void taiwanMilitaryFileWithCrlfAndSpreadsheetDatesIsStoredAsPublished() throws Exception {
        assertCompleteFileTotals("foreignassistance.csv", "TWN");
        CountryPicture picture = pictures.picture("TWN");
        assertThat(picture.overall().obligations()).isEqualByComparingTo("4381780203");
        assertThat(picture.byObjective()).extracting(Amounts::key).containsExactly("Military");
        assertThat(picture.byFundingAccount()).filteredOn(a -> "11x1081".equals(a.key()))
                .extracting(Amounts::mappedTo).containsExactly("IMET");
        assertThat(jdbc.queryForList("select distinct activity_end_date from interchange_activity "
                + "where country_code = 'TWN' and activity_end_date like '%/%'", String.class)).containsExactlyInAnyOrder("8/28/19", "7/3/19", "7/19/19");
    }

    @Test
    void countrySummaryTotalsEqualTheFileToTheCentIncludingTheTransitionQuarter() throws Exception {
        Path file = SharedData.faGov("us_foreign_aid_country.csv");
        ImportDetail detail = importAndWait(imports, file);
        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.COUNTRY_SUMMARY);
        assertThat(detail.rowsRead()).isEqualTo(22356);
        assertThat(detail.rowsRejected()).isZero();

        Map<String, BigDecimal> byYear = sums(file, "current_amount",
                r -> r.get("Transaction Type ID") + "|" + r.get("Fiscal Year"));
        assertThat(byYear).containsKey("2|1976tq");
        assertThat(totals(pictures.countrySummaryTotalsByFiscalYear())).isEqualTo(normalized(byYear));

        Map<String, BigDecimal> salvador = sums(file, "current_amount",
                r -> r.get("Country Code").equals("SLV") ? r.get("Transaction Type ID") + "|" + r.get("Fiscal Year") : "other");
        salvador.remove("other");
        assertThat(totals(pictures.picture("SLV").countrySummaryByFiscalYear())).isEqualTo(normalized(salvador));
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        Path file = SharedData.faGov("foreignassistance.csv");
        ImportDetail first = importAndWait(imports, file);
        ImportDetail second = importAndWait(imports, file);

        assertThat(second.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(second.checksum()).isEqualTo(first.checksum()).hasSize(64);
        assertThat(second.sameFileAsId()).isNotNull();
        assertThat(second.rowsInserted()).isZero();
        assertThat(second.rowsUpdated()).isZero();
        assertThat(second.rowsUnchanged()).isEqualTo(124);
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where country_code = 'TWN'", Long.class))
                .isEqualTo(124);
    }

    @Test
    void aNewerVintageUpdatesChangedRowsAndAddsNewOnesWithoutDuplicates() {
        String activity = "T-" + UUID.randomUUID();
        String v1 = completeHeader() + "\n" + completeRow("ISL", activity, "2020", "100") + "\n"
                + completeRow("ISL", activity, "2021", "200") + "\n" + completeRow("ISL", activity, "2022", "-50") + "\n";
        String v2 = completeHeader() + "\n" + completeRow("ISL", activity, "2020", "100") + "\n"
                + completeRow("ISL", activity, "2021", "250.25") + "\n" + completeRow("ISL", activity, "2022", "-50") + "\n"
                + completeRow("ISL", activity, "2023", "10") + "\n";

        ImportDetail first = importAndWait(imports, "v1.csv", v1);
        ImportDetail second = importAndWait(imports, "v2.csv", v2);

        assertThat(first.rowsInserted()).isEqualTo(3);
        assertThat(second.rowsInserted()).isEqualTo(1);
        assertThat(second.rowsUpdated()).isEqualTo(1);
        assertThat(second.rowsUnchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sum(current_amount) from interchange_activity where activity_id = ?",
                BigDecimal.class, activity)).isEqualByComparingTo("310.25");
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        ImportedActivity imported = pictures.activity("ISL", activity).orElseThrow();
        assertThat(imported.obligationsByFiscalYear()).containsEntry("2021", new BigDecimal("250.25"));
        assertThat(imported.authorityShortName()).isEqualTo("INCLE");
        assertThat(imported.sourceRowIds()).hasSize(4);
    }

    @Test
    void storedNaturalKeysAreTheDigestEarlierVersionsComputedInSql() throws Exception {
        importAndWait(imports, SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv"));
        String sqlKey = "md5(" + ImportFormat.COMPLETE.keyColumns().stream().map(c -> "coalesce(" + c + ", '')")
                .collect(Collectors.joining(" || E'\\x1f' || ")) + ")::uuid";

        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where country_code = 'SLV'", Long.class))
                .isGreaterThan(1000);
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where country_code = 'SLV' "
                + "and natural_key <> " + sqlKey, Long.class)).isZero();
        // the content key over every published column, as the vintages migration computed it for rows stored before
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where country_code = 'SLV' "
                + "and content_key <> " + contentKeySql(ImportFormat.COMPLETE), Long.class)).isZero();
    }

    /** The content key as V202612011100__interchange_track_vintages.sql computes it in SQL. */
    private static String contentKeySql(ImportFormat format) {
        return "md5(" + format.columns().stream().map(c -> c.endsWith("_amount") ? "coalesce(" + c + "::text, '')"
                : "coalesce(" + c + ", '')").collect(Collectors.joining(" || E'\\x1f' || ")) + ")::uuid";
    }

    @Test
    void countrySummaryKeysAreTheDigestsTheVintagesMigrationComputesInSql() throws Exception {
        importAndWait(imports, SharedData.faGov("us_foreign_aid_country.csv"));
        String naturalKey = "md5(country_code || E'\\x1f' || (case when country_code = 'NULL' then coalesce(country_name, '') "
                + "else '' end) || E'\\x1f' || coalesce(transaction_type_id, '') || E'\\x1f' || fiscal_year)::uuid";

        assertThat(jdbc.queryForObject("select count(*) from interchange_country_amount", Long.class)).isGreaterThan(20_000);
        assertThat(jdbc.queryForObject("select count(*) from interchange_country_amount where natural_key <> " + naturalKey
                + " or content_key <> " + contentKeySql(ImportFormat.COUNTRY_SUMMARY), Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(distinct natural_key) from interchange_country_amount "
                + "where country_code = 'NULL'", Long.class)).as("former states told apart by name").isEqualTo(55);
    }

    /**
     * Issue 10 changed this test: the newer vintage's scope (NOR, FY2020, obligations) becomes exactly its file, so
     * the 5,000 rows of v1 that v2 no longer has are removed (they stayed counted before). Its own country, so that
     * no other test's rows are in that scope.
     */
    @Test
    void aLargeNewerVintageIsSplitIntoNewRowsChangedRowsRemovedRowsAndRepeatsAcrossBatches() {
        String activity = "L-" + UUID.randomUUID();
        StringBuilder v1 = new StringBuilder(completeHeader()).append('\n');
        StringBuilder v2 = new StringBuilder(completeHeader()).append('\n');
        for (int i = 0; i < 10_000; i++) {
            v1.append(completeRow("NOR", activity + "-" + i, "2020", "1")).append('\n');
            if (i % 2 == 0) {
                v2.append(completeRow("NOR", activity + "-" + i, "2020", i % 4 == 0 ? "2" : "1")).append('\n');
            }
        }
        for (int i = 10_000; i < 15_000; i++) {
            v2.append(completeRow("NOR", activity + "-" + i, "2020", "3")).append('\n');
        }
        v2.append(completeRow("NOR", activity + "-0", "2020", "9")).append('\n'); // repeats line 2, thousands of lines apart

        ImportDetail first = importAndWait(imports, "large-v1.csv", v1.toString());
        ImportDetail second = importAndWait(imports, "large-v2.csv", v2.toString());

        assertThat(first.rowsInserted()).isEqualTo(10_000);
        assertThat(second.rowsRead()).isEqualTo(10_001);
        assertThat(second.rowsInserted()).isEqualTo(5_000);
        assertThat(second.rowsUpdated()).isEqualTo(2_500);
        assertThat(second.vintage().rowsChanged()).isEqualTo(2_500);
        assertThat(second.vintage().rowsReclassified()).isZero();
        assertThat(second.rowsUnchanged()).isEqualTo(2_500);
        assertThat(second.vintage().rowsRemoved()).isEqualTo(5_000);
        assertThat(second.rowsRejected()).isEqualTo(1);
        assertThat(imports.rejectedRows(second.id(), PageRequest.of(0, 10)).getContent())
                .extracting(RejectedRow::lineNumber, RejectedRow::reasonKey, RejectedRow::reasonArgs)
                .containsExactly(Tuple.tuple(10_002L, "import.rejected.duplicate", List.of("2")));
        String countAndSum = jdbc.queryForObject("select count(*) || '/' || sum(current_amount) from interchange_activity "
                + "where activity_id like ?", String.class, activity + "-%");
        assertThat(countAndSum).isEqualTo("10000/" + (2_500 * 2 + 2_500 + 5_000 * 3) + ".00");
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where activity_id like ? and last_import_id = ?",
                Long.class, activity + "-%", second.id())).isEqualTo(7_500);
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity_replaced where activity_id like ? "
                + "and replaced_by_import_id = ?", Long.class, activity + "-%", second.id())).isEqualTo(7_500);
    }

    @Test
    void aLargeFileThatBreaksAfterSeveralBatchesLeavesNothing() {
        String activity = "LE-" + UUID.randomUUID();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((completeHeader() + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 12_000; i++) {
            bytes.writeBytes((completeRow("ISL", activity, String.valueOf(2000 + i % 20) + (char) ('a' + i / 20 % 26)
                    + (char) ('a' + i / 520), "1") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes((completeRow("ISL", activity, "2021", "1").replace("Activity", "Activit\u00e9") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportDetail detail = importAndWait(imports, "late-break.csv", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(detail.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(detail.messageKey()).isEqualTo("import.refused.encoding");
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where activity_id = ?", Long.class,
                activity)).isZero();
    }

    @Test
    void badRowsAreListedWithLineAndReasonAndTheGoodRowsAreImported() {
        String activity = "B-" + UUID.randomUUID();
        String text = completeHeader() + "\n"
                + completeRow("ISL", activity, "2020", "1") + "\n"                     // line 2 ok
                + "ISL,only,three\n"                                                   // line 3 columns
                + completeRow("ISL", activity, "2021", "12,5").replace("12,5", "\"12,5\"") + "\n" // line 4 amount
                + completeRow("ISL", activity, "2020", "1") + "\n"                     // line 5 duplicate of 2
                + completeRow("ISL", activity, "1976tq", "-3") + "\n";                 // line 6 ok

        ImportDetail detail = importAndWait(imports, "bad-rows.csv", text);

        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.rowsRead()).isEqualTo(5);
        assertThat(detail.rowsInserted()).isEqualTo(2);
        assertThat(detail.rowsRejected()).isEqualTo(3);
        assertThat(imports.rejectedRows(detail.id(), PageRequest.of(0, 10)).getContent())
                .extracting(RejectedRow::lineNumber, RejectedRow::reasonKey)
                .containsExactly(Tuple.tuple(3L, "import.rejected.columns"),
                        Tuple.tuple(4L, "import.rejected.amount"),
                        Tuple.tuple(5L, "import.rejected.duplicate"));
        assertThat(jdbc.queryForList("select fiscal_year from interchange_activity where activity_id = ? order by 1",
                String.class, activity)).containsExactly("1976tq", "2020");
    }

    @Test
    void aFileThatBreaksHalfwayIsRefusedWholeAndLeavesNothing() {
        String activity = "E-" + UUID.randomUUID();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((completeHeader() + "\n" + completeRow("ISL", activity, "2020", "1") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((completeRow("ISL", activity, "2021", "1").replace("Activity", "Activit\u00e9") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportDetail detail = importAndWait(imports, "latin1.csv", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(detail.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(detail.messageKey()).isEqualTo("import.refused.encoding");
        assertThat(detail.rowsStored()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity where activity_id = ?", Long.class,
                activity)).isZero();
    }

    @Test
    void unknownHeaderAndHtmlAndEmptyFilesAreRefusedAtOnceWithTheReason() {
        ImportDetail header = importAndWait(imports, "other.csv", "Country,Year,Amount\nSLV,2020,1\n");
        ImportDetail html = importAndWait(imports, "page.csv", "<!DOCTYPE html><html><body>Sign in</body></html>\n");
        ImportDetail empty = importAndWait(imports, "empty.csv", "");

        assertThat(header.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(header.messageKey()).isEqualTo("import.refused.header");
        assertThat(header.messageArgs().get(1)).isEqualTo("3: Country, Year, Amount");
        assertThat(html.messageKey()).isEqualTo("import.refused.html");
        assertThat(empty.messageKey()).isEqualTo("import.refused.empty");
        assertThat(imports.history(PageRequest.of(0, 50)).getContent()).extracting(ImportDetail::id)
                .contains(header.id(), html.id(), empty.id());
    }

    @Test
    void anImportInterruptedByAStopIsMarkedFailedAtStartAndCanBeRunAgain() throws Exception {
        String activity = "R-" + UUID.randomUUID();
        ImportDetail done = importAndWait(imports, "rerun.csv",
                completeHeader() + "\n" + completeRow("ISL", activity, "2020", "5") + "\n");
        assertThat(done.fileKept()).as("a succeeded import's file is not kept").isFalse();
        assertThat(importLog.spoolPath(done.id())).isEmpty();
        // simulate a stop in the middle of an import of the same file, kept for it
        Path kept = Files.createTempFile(Path.of("target"), "interrupted-", ".csv");
        Files.writeString(kept, completeHeader() + "\n" + completeRow("ISL", activity, "2020", "5") + "\n");
        long interrupted = importLog.insert("rerun.csv", kept, done.fileSize(), done.checksum(), ImportFormat.COMPLETE,
                ImportStatus.RUNNING, null, List.of(), null, null, "import-tester");
        jdbc.update("update interchange_import set started_at = now() - interval '1 hour' where id = ?", interrupted);

        importLog.failInterrupted(); // or the periodic sweep got there first

        ImportDetail failed = imports.get(interrupted);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.messageKey()).isEqualTo("import.failed.interrupted");
        assertThat(failed.rerunnable()).isTrue();
        ImportDetail again = ImportFixtures.awaitEnd(imports, imports.rerun(interrupted), 30_000);
        assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(again.rerunOfId()).isEqualTo(interrupted);
        assertThat(again.rowsUnchanged()).isEqualTo(1);
    }

    @Test
    void anImportRunningOnAnotherInstanceIsNotTakenForInterrupted() throws Exception {
        TestUsers.signInAs("import-tester", 1, Role.ADMIN);
        long running = importLog.insert("elsewhere.csv", null, 1, "a".repeat(64), ImportFormat.COMPLETE,
                ImportStatus.RUNNING, null, List.of(), null, null, "import-tester");
        jdbc.update("update interchange_import set started_at = now() - interval '1 hour' where id = ?", running);
        try (Connection otherInstance = dataSource.getConnection();
                PreparedStatement lock = otherInstance.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, ImportLog.RUNNING_LOCK_CLASS);
            lock.setInt(2, Math.toIntExact(running));
            lock.execute();

            importLog.failInterrupted();
            assertThat(imports.get(running).status()).as("its transaction still holds the lock").isEqualTo(ImportStatus.RUNNING);
        } // the other instance stops: its session and lock are gone

        importLog.failInterrupted();
        assertThat(imports.get(running).status()).isEqualTo(ImportStatus.FAILED);
        assertThat(imports.get(running).messageKey()).isEqualTo("import.failed.interrupted");
    }

    @Test
    void anImportQueuedByAnotherInstanceIsRunByThisOne() throws Exception {
        TestUsers.signInAs("import-tester", 1, Role.ADMIN);
        String activity = "Q-" + UUID.randomUUID();
        Path kept = Files.createTempFile(Path.of("target"), "queued-elsewhere-", ".csv");
        Files.writeString(kept, completeHeader() + "\n" + completeRow("ISL", activity, "2020", "7") + "\n");
        // queued without waking this instance, as an upload to another instance would be
        long queued = importLog.insert("elsewhere.csv", kept, Files.size(kept), "b".repeat(64),
                ImportFormat.COMPLETE, ImportStatus.QUEUED, null, List.of(), null, null, "import-tester");

        ImportDetail detail = ImportFixtures.awaitEnd(imports, queued, 60_000);
        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.rowsInserted()).isEqualTo(1);
    }

    @Test
    void agenciesAreMappedAutomaticallyWhereCodesOrNamesMatch() throws Exception {
        importAndWait(imports, SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv"));
        Map<String, Long> mapped = jdbc.query("select parent_acronym || '/' || source_acronym, agency_id "
                + "from interchange_agency_mapping", rs -> {
                    Map<String, Long> m = new HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), (Long) rs.getObject(2));
                    }
                    return m;
                });
        Function<String, Long> agency = code -> jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
        assertThat(mapped.get("/STATE")).isEqualTo(agency.apply("DOS"));
        assertThat(mapped.get("/DOJ")).isEqualTo(agency.apply("DOJ"));
        assertThat(mapped.get("STATE/INL")).isEqualTo(agency.apply("INL"));
        assertThat(mapped.get("DHS/CBP")).isEqualTo(agency.apply("CBP"));
        assertThat(mapped).containsKey("/USAID");
        assertThat(mapped.get("/USAID")).isNull();
    }

    @Test
    void anAdministratorMapsAnUnknownAgencyOnceAndStaleFormsAreRefused() {
        String acronym = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String row = completeRow("ISL", "M-" + UUID.randomUUID(), "2020", "42").replace(",DOJ,Department of Justice,",
                "," + acronym + ",Office of Unknown Things " + acronym + ",");
        ImportDetail detail = importAndWait(imports, "mapping.csv", completeHeader() + "\n" + row + "\n");
        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);

        TestUsers.signInAs("mapping-admin", 1, Role.ADMIN);
        AgencyMappingView unmapped = mappings.agencyMappings().stream()
                .filter(m -> m.sourceAcronym().equals(acronym)).findFirst().orElseThrow();
        assertThat(unmapped.mapped()).isFalse();
        assertThat(unmapped.rows()).isEqualTo(1);
        long doj = jdbc.queryForObject("select id from agency where code = 'DOJ'", Long.class);

        mappings.mapAgency(unmapped.id(), unmapped.version(), doj);

        Assertions.assertThatThrownBy(() -> mappings.mapAgency(unmapped.id(), unmapped.version(), null))
                .isInstanceOf(StaleEditException.class);
        AgencyMappingView mapped = mappings.agencyMappings().stream()
                .filter(m -> m.sourceAcronym().equals(acronym)).findFirst().orElseThrow();
        assertThat(mapped.agencyId()).isEqualTo(doj);
        assertThat(mapped.automatic()).isFalse();
        assertThat(pictures.picture("ISL").byManagingAgency()).filteredOn(a -> acronym.equals(a.key()))
                .extracting(Amounts::mappedTo).singleElement().asString().contains("Department of Justice");
        mappings.rematch();
        assertThat(mappings.agencyMappings().stream().filter(m -> m.sourceAcronym().equals(acronym)).findFirst()
                .orElseThrow().agencyId()).as("a manual mapping survives automatic matching").isEqualTo(doj);

        TestUsers.signInAs("planner", 1, Role.PLANNER);
        Assertions.assertThatThrownBy(() -> mappings.mapAgency(mapped.id(), mapped.version(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void viewersAndEvaluatorsMayNotImportButMayReadTheHistory() {
        for (var role : List.of(Role.VIEWER,
                Role.EVALUATOR)) {
            TestUsers.signInAs("reader", 1, role);
            Assertions.assertThatThrownBy(() -> imports.submit("x.csv",
                    new ByteArrayInputStream(new byte[0])))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(imports.history(PageRequest.of(0, 5))).isNotNull();
        }
    }
}
