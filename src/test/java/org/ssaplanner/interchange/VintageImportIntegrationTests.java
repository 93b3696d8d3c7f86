package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;
import static org.ssaplanner.interchange.ImportFixtures.modifiedCopy;
import static org.ssaplanner.interchange.ImportFixtures.records;
import static org.ssaplanner.interchange.ImportFixtures.sums;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;

/**
 * Newer vintages of the real ForeignAssistance.gov files (issue 10, section 3), as modified copies generated here
 * from the committed real files: a reclassified row, a dropped row, a renamed country, a file of one fiscal year, a
 * rollback and an identical file. Stored totals are checked against sums of the files computed independently
 * (Commons CSV; the application reads with FastCSV).
 */
@SsaIntegrationTest
class VintageImportIntegrationTests {

    private static final String YEMEN = "Yemen_2022-2002_Econ_Other.csv";
    private static final String SALVADOR = "El_Salvador_2022-2002_Econ_Other.csv";
    private static final String SUMMARY = "us_foreign_aid_country.csv";
    private static final String AMOUNT = "Current Dollar Amount";

    @Autowired
    ImportService imports;

    @Autowired
    CountryPictureService pictures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Stored current-dollar sums of a country's activity rows by fiscal year, from the country picture's per-type
     * amounts; added across transaction types here only to compare with the file's plain column sum.
     */
    private Map<String, BigDecimal> storedByFiscalYear(String iso3) {
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        return pictures.picture(iso3).byFiscalYear().stream()
                .collect(Collectors.toMap(CountryPicture.Amounts::key,
                        a -> a.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), (a, b) -> a,
                        TreeMap::new));
    }

    private static Map<String, BigDecimal> fileByFiscalYear(Path file) throws Exception {
        return scaled(sums(file, AMOUNT, r -> r.get("Fiscal Year")));
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().setScale(2),
                (a, b) -> a, TreeMap::new));
    }

    /** Every stored row of a country, exactly (its content key covers every published column), in a fixed order. */
    private String storedRows(String table, String iso3) {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(content_key::text, ',' order by "
                + "content_key)), '') from " + table + " where country_code = ?", String.class, iso3);
    }

    private ImportDetail ok(ImportDetail detail) {
        assertThat(detail.status()).as(detail.messageKey() + " " + detail.messageArgs()).isEqualTo(ImportStatus.SUCCEEDED);
        return detail;
    }

    private static boolean is(Map<String, String> row, String activity, String fiscalYear, String amount) {
        return row.get("Activity ID").equals(activity) && row.get("Fiscal Year").equals(fiscalYear)
                && row.get(AMOUNT).equals(amount);
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aReclassifiedRowReplacesTheStoredOneInsteadOfBeingCountedTwice() throws Exception {
        Path real = SharedData.faGov(YEMEN);
        ok(importAndWait(imports, real));
        // the newer vintage reclassifies activity 161481's FY2022 row (purpose 52010 -> 72010) and revises it to 713,600:
        // stored as a new row next to the old one, it showed 1,231,100 (517,500 + 713,600)
        Path newer = modifiedCopy(real, "yemen-reclassified.csv", r -> is(r, "161481", "2022", "517500")
                ? with(with(r, "International Purpose Code", "72010"), AMOUNT, "713600") : r);
        BigDecimal expected = sums(newer, AMOUNT, r -> r.get("Activity ID") + "/" + r.get("Fiscal Year")).get("161481/2022");
        BigDecimal activityInScope = sums(newer, AMOUNT, r -> r.get("Activity ID")).get("161481");

        ImportDetail detail = ok(importAndWait(imports, newer));

        assertThat(detail.vintage().rowsReclassified()).isEqualTo(1);
        assertThat(detail.vintage().rowsChanged()).isZero();
        assertThat(detail.vintage().rowsRemoved()).isZero();
        assertThat(detail.rowsInserted()).isZero();
        assertThat(detail.rowsUnchanged()).isEqualTo(2653);
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        ImportedActivity activity = pictures.activity("YEM", "161481").orElseThrow();
        assertThat(activity.obligationsByFiscalYear().get("2022")).isEqualByComparingTo(expected)
                .isNotEqualByComparingTo(expected.add(new BigDecimal("517500")));
        assertThat(storedByFiscalYear("YEM")).isEqualTo(fileByFiscalYear(newer));

        assertThat(imports.scope(detail.id()).countries()).extracting(ImportScope.Country::describe)
                .containsExactly("Yemen, FY2002\u2013FY2022, Obligations, Economic");
        assertThat(imports.changes(detail.id(), PageRequest.of(0, 50)).getContent()).singleElement().satisfies(c -> {
            assertThat(c.fiscalYear()).isEqualTo("2022");
            assertThat(c.shownTransactionType()).isEqualTo("Obligations");
            assertThat(c.rowsReclassified()).isEqualTo(1);
            assertThat(c.amountChange()).isEqualByComparingTo("196100");
        });
        assertThat(imports.activityChanges(detail.id(), PageRequest.of(0, 50)).getContent()).singleElement().satisfies(a -> {
            assertThat(a.activityId()).isEqualTo("161481");
            assertThat(a.kind()).isEqualTo(ActivityChange.Kind.RECLASSIFIED);
            assertThat(a.amountAfter()).isEqualByComparingTo(activityInScope);
            assertThat(a.amountBefore()).isEqualByComparingTo(activityInScope.subtract(new BigDecimal("196100")));
        });
        assertThat(jdbc.queryForObject("select international_purpose_code from interchange_activity_replaced "
                + "where replaced_by_import_id = ?", String.class, detail.id())).isEqualTo("52010");
    }

    @Test
    void aRowTheNewerFileNoLongerHasIsNoLongerCountedAndIsListedAsRemoved() throws Exception {
        Path real = SharedData.faGov(SALVADOR);
        ok(importAndWait(imports, real));
        Map<String, Long> rowsPerActivity = records(real).stream()
                .collect(Collectors.groupingBy(r -> r.get("Activity ID"), Collectors.counting()));
        Map<String, String> dropped = records(real).stream().filter(r -> rowsPerActivity.get(r.get("Activity ID")) == 1
                && !r.get(AMOUNT).equals("0")).findFirst().orElseThrow();
        Path newer = modifiedCopy(real, "salvador-dropped.csv", r -> r.equals(dropped) ? null : r);

        ImportDetail detail = ok(importAndWait(imports, newer));

        assertThat(detail.vintage().rowsRemoved()).isEqualTo(1);
        assertThat(detail.rowsStored()).isZero();
        assertThat(detail.rowsUnchanged()).isEqualTo(4398);
        assertThat(storedByFiscalYear("SLV")).isEqualTo(fileByFiscalYear(newer));
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        assertThat(pictures.activity("SLV", dropped.get("Activity ID"))).isEmpty();
        assertThat(imports.activityChanges(detail.id(), PageRequest.of(0, 50)).getContent()).singleElement().satisfies(a -> {
            assertThat(a.activityId()).isEqualTo(dropped.get("Activity ID"));
            assertThat(a.kind()).isEqualTo(ActivityChange.Kind.REMOVED);
            assertThat(a.amountBefore()).isEqualByComparingTo(dropped.get(AMOUNT));
            assertThat(a.amountAfter()).isEqualByComparingTo("0");
        });

        // the real file again is a newer import of the scope (not "identical": its data are no longer current)
        ImportDetail again = ok(importAndWait(imports, real));
        assertThat(again.identical()).isFalse();
        assertThat(again.rowsInserted()).isEqualTo(1);
        assertThat(storedByFiscalYear("SLV")).isEqualTo(fileByFiscalYear(real));
    }

    @Test
    void aCountryRenamedInTheSummaryKeepsItsCodeAndIsNotDoubled() throws Exception {
        Path real = SharedData.faGov(SUMMARY);
        ok(importAndWait(imports, real));
        Path renamed = modifiedCopy(real, "summary-turkiye.csv",
                r -> r.get("Country Code").equals("TUR") ? with(r, "Country Name", "T\u00fcrkiye") : r);
        long turkeyRows = records(real).stream().filter(r -> r.get("Country Code").equals("TUR")).count();
        Map<String, BigDecimal> turkey = scaled(sums(renamed, "current_amount",
                r -> r.get("Country Code").equals("TUR") ? r.get("Fiscal Year") + "/" + r.get("Transaction Type ID") : "-"));
        turkey.remove("-");

        ImportDetail detail = ok(importAndWait(imports, renamed));

        assertThat(detail.vintage().rowsChanged()).isEqualTo(turkeyRows);
        assertThat(detail.rowsInserted()).isZero();
        assertThat(detail.vintage().rowsRemoved()).isZero();
        assertThat(detail.rowsUnchanged()).isEqualTo(22356 - turkeyRows);
        Map<String, BigDecimal> stored = jdbc.query("select fiscal_year || '/' || transaction_type_id, sum(current_amount) "
                + "from interchange_country_amount where country_code = 'TUR' group by 1", rs -> {
                    Map<String, BigDecimal> m = new TreeMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                    return m;
                });
        assertThat(stored).isEqualTo(turkey);
        assertThat(jdbc.queryForList("select distinct country_name from interchange_country_amount where country_code = 'TUR'",
                String.class)).containsExactly("T\u00fcrkiye");
        // rows published under the code NULL stay told apart by their name
        assertThat(jdbc.queryForObject("select count(distinct country_name) || '/' || count(*) from interchange_country_amount "
                + "where country_code = 'NULL'", String.class)).isEqualTo("6/55");
        assertThat(imports.changes(detail.id(), PageRequest.of(0, 500)).getContent())
                .allSatisfy(c -> {
                    assertThat(c.countryCode()).isEqualTo("TUR");
                    assertThat(c.shownCountry()).isEqualTo("T\u00fcrkiye");
                    assertThat(c.amountChange()).isEqualByComparingTo("0");
                    assertThat(c.rowsChanged()).isEqualTo(c.rowsBefore());
                }).hasSize((int) turkeyRows);

        ok(importAndWait(imports, real)); // the next test of the summary starts from the real file again
    }

    @Test
    void aFileOfOneFiscalYearReplacesOnlyThatYear() throws Exception {
        Path real = SharedData.faGov(YEMEN);
        ok(importAndWait(imports, real));
        List<Map<String, String>> fy2022 = records(real).stream().filter(r -> r.get("Fiscal Year").equals("2022")).toList();
        Map<String, String> dropped = fy2022.get(0);
        Map<String, String> revised = fy2022.get(1);
        Path partial = modifiedCopy(real, "yemen-fy2022.csv", r -> !r.get("Fiscal Year").equals("2022") || r.equals(dropped)
                ? null : r.equals(revised) ? with(r, AMOUNT, "1234.56") : r);

        ImportDetail detail = ok(importAndWait(imports, partial));

        assertThat(imports.scope(detail.id()).countries()).extracting(ImportScope.Country::describe)
                .containsExactly("Yemen, FY2022, Obligations, Economic");
        assertThat(detail.vintage().rowsRemoved()).isEqualTo(1);
        assertThat(detail.vintage().rowsChanged()).isEqualTo(1);
        Map<String, BigDecimal> expected = new TreeMap<>(fileByFiscalYear(real));
        expected.put("2022", fileByFiscalYear(partial).get("2022"));
        assertThat(storedByFiscalYear("YEM")).isEqualTo(expected);
        assertThat(storedByFiscalYear("YEM").get("2021")).isEqualTo(fileByFiscalYear(real).get("2021"));
    }

    @Test
    void aRollbackRestoresThePreviousVintageExactlyAndOnlyTheLatestImportOfAScopeCanBeRolledBack() throws Exception {
        Path real = SharedData.faGov(YEMEN);
        ok(importAndWait(imports, real));
        String before = storedRows("interchange_activity", "YEM");
        List<Map<String, String>> rows = records(real);
        Map<String, String> reclassified = rows.get(10);
        Map<String, String> dropped = rows.get(20);
        Map<String, String> revised = rows.get(30);
        Map<String, String> added = with(with(rows.get(40), "Activity ID", "NEW-1"), AMOUNT, "99.99");
        Path vintage = modifiedCopy(real, "yemen-vintage.csv", r -> r.equals(dropped) ? null
                : r.equals(reclassified) ? with(r, "US Sector ID", "999")
                : r.equals(revised) ? with(r, AMOUNT, "1.01") : r, List.of(added));
        Path later = modifiedCopy(real, "yemen-later.csv", r -> r.equals(revised) ? with(r, AMOUNT, "2.02") : r);

        ImportDetail first = ok(importAndWait(imports, vintage));
        assertThat(first.vintage().rowsReclassified()).isEqualTo(1);
        assertThat(first.vintage().rowsChanged()).isEqualTo(1);
        assertThat(first.vintage().rowsRemoved()).isEqualTo(1);
        assertThat(first.rowsInserted()).isEqualTo(1);
        assertThat(storedByFiscalYear("YEM")).isEqualTo(fileByFiscalYear(vintage));
        String afterFirst = storedRows("interchange_activity", "YEM");
        ImportDetail second = ok(importAndWait(imports, later));

        TestUsers.signInAs("rollback-admin", 1, Role.ADMIN);
        assertThat(imports.vintageStatus(first.id()).rollbackAllowed()).isFalse();
        assertThat(imports.vintageStatus(first.id()).overlappedBy()).containsExactly(second.id());
        assertThatThrownBy(() -> imports.rollback(first.id())).isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey()).isEqualTo("import.rollback.overlapped");
        TestUsers.signInAs("planner", 1, Role.PLANNER);
        assertThatThrownBy(() -> imports.rollback(second.id())).isInstanceOf(AccessDeniedException.class);

        TestUsers.signInAs("rollback-admin", 1, Role.ADMIN);
        imports.rollback(second.id());
        assertThat(storedRows("interchange_activity", "YEM")).isEqualTo(afterFirst);
        assertThat(imports.vintageStatus(first.id()).rollbackAllowed()).isTrue();
        imports.rollback(first.id());

        assertThat(storedRows("interchange_activity", "YEM")).isEqualTo(before);
        assertThat(storedByFiscalYear("YEM")).isEqualTo(fileByFiscalYear(real));
        TestUsers.signInAs("rollback-admin", 1, Role.ADMIN);
        ImportDetail rolledBack = imports.get(first.id());
        assertThat(rolledBack.vintage().rolledBackBy()).isEqualTo("rollback-admin");
        assertThat(rolledBack.vintage().rolledBackAt()).isNotNull();
        assertThat(imports.vintageStatus(first.id()).reasonKey()).isEqualTo("import.rollback.done");
        assertThatThrownBy(() -> imports.rollback(first.id())).isInstanceOf(ImportRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from interchange_activity_replaced where replaced_by_import_id in (?, ?)",
                Long.class, first.id(), second.id())).isZero();
        // the real file's import is current again: the same file once more changes nothing and reads nothing
        ImportDetail same = ok(importAndWait(imports, real));
        assertThat(same.identical()).isTrue();
    }

    @Test
    void aFileIdenticalToTheCurrentVintageIsRecordedAtOnceWithoutReadingItsRows() throws Exception {
        Path real = SharedData.faGov(SALVADOR);
        ImportDetail first = ok(importAndWait(imports, real));
        long current = first.identical() ? first.vintage().identicalToId() : first.id();

        ImportDetail again = ok(importAndWait(imports, real));

        assertThat(again.vintage().identicalToId()).isEqualTo(current);
        assertThat(again.messageKey()).isEqualTo("import.identical");
        assertThat(again.messageArgs()).containsExactly(String.valueOf(current));
        assertThat(again.rowsRead()).isEqualTo(4399);
        assertThat(again.rowsUnchanged()).isEqualTo(4399);
        assertThat(again.rowsStored()).isZero();
        assertThat(again.fileKept()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from interchange_import_change where import_id = ?", Long.class,
                again.id())).as("nothing compared").isZero();
        assertThat(imports.scope(again.id()).countries()).extracting(ImportScope.Country::describe)
                .containsExactly("El Salvador, FY2002\u2013FY2022, Obligations, Economic");
        TestUsers.signInAs("rollback-admin", 1, Role.ADMIN);
        assertThat(imports.vintageStatus(again.id()).reasonKey()).isEqualTo("import.rollback.identical");
    }
}
