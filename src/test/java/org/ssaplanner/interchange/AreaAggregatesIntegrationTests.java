package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ssaplanner.interchange.ImportFixtures.completeHeader;
import static org.ssaplanner.interchange.ImportFixtures.completeRow;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;
import static org.ssaplanner.interchange.ImportFixtures.sums;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.interchange.CountryPicture.Amounts;
import org.ssaplanner.interchange.engine.AreaAggregates;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.Role;

/**
 * The per-area aggregates the country picture reads, against the real ForeignAssistance.gov files: every figure of
 * every breakdown equals the file's own sums (computed here with another CSV reader), per transaction type, to the
 * cent; the activity lists equal the per-activity sums; regions, the world, Kosovo and the former states of the
 * country summary have their pages; a newer vintage and a full rebuild leave the aggregates equal to the rows.
 */
@SsaIntegrationTest
class AreaAggregatesIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    CountryPictureService pictures;

    @Autowired
    AreaAggregates aggregates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** The lines' amounts by "type|key" or "type|key|detail". */
    private static Map<String, BigDecimal> byTypeAndKey(List<Amounts> lines, boolean withDetail) {
        Map<String, BigDecimal> result = new TreeMap<>();
        for (Amounts a : lines) {
            String key = nz(a.key()) + (withDetail ? "|" + nz(a.detailKey()) : "");
            a.amounts().forEach((type, amount) -> result.put(type + "|" + key, amount));
        }
        return result;
    }

    private static Map<String, Long> rowsByKey(List<Amounts> lines, boolean withDetail) {
        Map<String, Long> result = new TreeMap<>();
        for (Amounts a : lines) {
            result.put(nz(a.key()) + (withDetail ? "|" + nz(a.detailKey()) : ""), a.rows());
        }
        return result;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> result = new TreeMap<>();
        sums.forEach((k, v) -> result.put(k, v.setScale(2)));
        return result;
    }

    private static Map<String, BigDecimal> fileSums(Path file, Function<CSVRecord, String> key) throws Exception {
        return scaled(sums(file, "Current Dollar Amount", r -> r.get("Transaction Type ID") + "|" + key.apply(r)));
    }

    private static Map<String, Long> fileRows(Path file, Function<CSVRecord, String> key) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        sums(file, "Current Dollar Amount", r -> {
            rows.merge(key.apply(r), 1L, Long::sum);
            return "";
        });
        return rows;
    }

    private static String v(CSVRecord r, String column) {
        return r.get(column);
    }

    private void assertEveryBreakdownEqualsTheFile(String fileName, String iso3) throws Exception {
        Path file = SharedData.faGov(fileName);
        ImportDetail detail = importAndWait(imports, file);
        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        CountryPicture p = pictures.picture(iso3);

        assertThat(byTypeAndKey(p.byFiscalYear(), false)).isEqualTo(fileSums(file, r -> v(r, "Fiscal Year")));
        assertThat(rowsByKey(p.byFiscalYear(), false)).isEqualTo(fileRows(file, r -> v(r, "Fiscal Year")));
        assertThat(byTypeAndKey(p.byManagingAgency(), false))
                .isEqualTo(fileSums(file, r -> v(r, "Managing Agency Acronym")));
        assertThat(byTypeAndKey(p.byAgencyAndBureau(), true)).isEqualTo(fileSums(file,
                r -> v(r, "Managing Agency Acronym") + "|" + v(r, "Managing Sub-agency or Bureau Acronym")));
        assertThat(rowsByKey(p.byAgencyAndBureau(), true)).isEqualTo(fileRows(file,
                r -> v(r, "Managing Agency Acronym") + "|" + v(r, "Managing Sub-agency or Bureau Acronym")));
        assertThat(byTypeAndKey(p.byFundingAccount(), false)).isEqualTo(fileSums(file, r -> v(r, "Funding Acount ID")));
        assertThat(byTypeAndKey(p.bySector(), true)).isEqualTo(fileSums(file,
                r -> v(r, "International Purpose Code") + "|" + v(r, "International Sector Code")));
        assertThat(byTypeAndKey(p.byUsSector(), false)).isEqualTo(fileSums(file, r -> v(r, "US Sector ID")));
        assertThat(byTypeAndKey(p.byObjective(), false))
                .isEqualTo(fileSums(file, r -> v(r, "Foreign Assistance Objective Name")));
        assertThat(byTypeAndKey(List.of(p.overall()), false)).isEqualTo(fileSums(file, r -> ""));
        assertThat(p.overall().rows()).isEqualTo(detail.rowsRead());
        assertThat(p.activityTypes()).extracting(TransactionType::name).containsExactly("Obligations");

        // the unfiltered list, page by page, is every activity with its own sums
        Map<String, BigDecimal> perActivity = fileSums(file, r -> v(r, "Activity ID"));
        Map<String, BigDecimal> listed = new TreeMap<>();
        Page<ActivityRow> page = pictures.activities(iso3, ActivityFilter.none(), PageRequest.of(0, 100));
        assertThat(page.getTotalElements()).isEqualTo(perActivity.size());
        BigDecimal previous = null;
        for (int n = 0; n < page.getTotalPages(); n++) {
            for (ActivityRow row : pictures.activities(iso3, ActivityFilter.none(), PageRequest.of(n, 100))) {
                assertThat(listed.put("2|" + row.activityId(), row.obligations())).as("listed once").isNull();
                if (previous != null) {
                    assertThat(row.obligations()).isLessThanOrEqualTo(previous);
                }
                previous = row.obligations();
            }
        }
        assertThat(listed).isEqualTo(perActivity);

        // one fiscal year's list: the activity's sums within that year
        String year = p.byFiscalYear().get(p.byFiscalYear().size() / 2).key();
        Map<String, BigDecimal> perActivityInYear = new TreeMap<>(fileSums(file,
                r -> r.get("Fiscal Year").equals(year) ? r.get("Activity ID") : "other"));
        perActivityInYear.remove("2|other");
        Map<String, BigDecimal> listedInYear = new TreeMap<>();
        pictures.activities(iso3, new ActivityFilter(year, null, null, null), PageRequest.of(0, 10_000))
                .forEach(row -> listedInYear.put("2|" + row.activityId(), row.obligations()));
        assertThat(listedInYear).isEqualTo(perActivityInYear);

        // one agency's list: from the aggregates, equal to the rows filtered by agency (and to the text search path)
        String agency = p.byManagingAgency().get(0).key();
        Map<String, BigDecimal> perActivityOfAgency = new TreeMap<>(fileSums(file,
                r -> r.get("Managing Agency Acronym").equals(agency) ? r.get("Activity ID") : "other"));
        perActivityOfAgency.remove("2|other");
        Map<String, BigDecimal> listedOfAgency = new TreeMap<>();
        pictures.activities(iso3, new ActivityFilter(null, agency, null, null), PageRequest.of(0, 10_000))
                .forEach(row -> listedOfAgency.put("2|" + row.activityId(), row.obligations()));
        assertThat(listedOfAgency).isEqualTo(perActivityOfAgency);
        Map<String, BigDecimal> listedOfAgencyInYear = new TreeMap<>();
        pictures.activities(iso3, new ActivityFilter(year, agency, null, null), PageRequest.of(0, 10_000))
                .forEach(row -> listedOfAgencyInYear.put(row.activityId(), row.obligations()));
        Map<String, BigDecimal> expectedOfAgencyInYear = new TreeMap<>(sums(file, "Current Dollar Amount",
                r -> r.get("Fiscal Year").equals(year) && r.get("Managing Agency Acronym").equals(agency)
                        ? r.get("Activity ID") : "other"));
        expectedOfAgencyInYear.remove("other");
        assertThat(listedOfAgencyInYear).isEqualTo(scaled(expectedOfAgencyInYear));

        // one funding account's list (the published header is spelt "Acount"): from the aggregates, each activity
        // with the sums of its rows on that account
        String account = p.byFundingAccount().get(0).key();
        Map<String, BigDecimal> perActivityOnAccount = new TreeMap<>(fileSums(file,
                r -> r.get("Funding Acount ID").equals(account) ? r.get("Activity ID") : "other"));
        perActivityOnAccount.remove("2|other");
        Map<String, BigDecimal> listedOnAccount = new TreeMap<>();
        Page<ActivityRow> onAccount = pictures.activities(iso3, new ActivityFilter(null, null, account, null),
                PageRequest.of(0, 10_000));
        onAccount.forEach(row -> listedOnAccount.put("2|" + row.activityId(), row.obligations()));
        assertThat(listedOnAccount).isNotEmpty().isEqualTo(perActivityOnAccount);
        assertThat(onAccount).allSatisfy(row -> assertThat(row.accounts()).isEqualTo(account));
        assertThat(onAccount.getTotalElements()).isEqualTo(onAccount.getContent().size());
    }

    @Test
    void everyFigureOfElSalvadorsPictureEqualsTheFileToTheCent() throws Exception {
        assertEveryBreakdownEqualsTheFile("El_Salvador_2022-2002_Econ_Other.csv", "SLV");
    }

    @Test
    void everyFigureOfYemensPictureEqualsTheFileToTheCent() throws Exception {
        assertEveryBreakdownEqualsTheFile("Yemen_2022-2002_Econ_Other.csv", "YEM");
    }

    @Test
    void everyFigureOfTaiwansPictureEqualsTheFileToTheCent() throws Exception {
        assertEveryBreakdownEqualsTheFile("foreignassistance.csv", "TWN");
    }

    @Test
    void theCountrySummaryShowsRegionsTheWorldKosovoAndFormerStatesEachWithItsOwnFigures() throws Exception {
        Path file = SharedData.faGov("us_foreign_aid_country.csv");
        assertThat(importAndWait(imports, file).status()).isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        Function<CSVRecord, String> area = r -> switch (r.get("Country Code")) {
            case "CS-KM" -> "XKX";
            case "NULL" -> switch (r.get("Country Name")) {
                case "Soviet Union (former)" -> "SUN";
                case "Czechoslovakia (former)" -> "CSK";
                case "Germany (former East)" -> "DDR";
                case "Yemen (former P.D.R.)" -> "YMD";
                case "Vietnam (former South)" -> "VIETNAM-SOUTH";
                case "Berlin, West" -> "BERLIN-WEST";
                default -> "NULL";
            };
            default -> r.get("Country Code");
        };
        Map<String, BigDecimal> expected = scaled(sums(file, "current_amount",
                r -> area.apply(r) + "|" + r.get("Transaction Type ID") + "|" + r.get("Fiscal Year")));
        Set<String> areas = new TreeSet<>();
        expected.keySet().forEach(k -> areas.add(k.substring(0, k.indexOf('|'))));
        assertThat(areas).hasSize(254).contains("WLD", "AFR", "XKX", "SUN", "BERLIN-WEST").doesNotContain("NULL", "CS-KM");

        // every area's page, every fiscal year and transaction type, to the cent
        Map<String, BigDecimal> shown = new TreeMap<>();
        for (String code : areas) {
            CountryPicture picture = pictures.picture(code);
            assertThat(picture.area().code()).isEqualTo(code);
            for (Amounts year : picture.countrySummaryByFiscalYear()) {
                year.amounts().forEach((type, amount) -> shown.put(code + "|" + type + "|" + year.key(), amount));
            }
        }
        assertThat(shown).isEqualTo(expected);

        CountryPicture world = pictures.picture("WLD");
        assertThat(world.area().kind()).isEqualTo(AreaKind.WORLD);
        assertThat(world.summaryOverall().obligations()).isEqualByComparingTo("305173069394");
        assertThat(world.summaryTypes()).extracting(TransactionType::id).containsExactly("18", "1", "2", "3");
        assertThat(pictures.picture("AFR").area().kind()).isEqualTo(AreaKind.REGION);
        CountryPicture kosovo = pictures.picture("CS-KM");
        assertThat(kosovo.area().code()).isEqualTo("XKX");
        assertThat(kosovo.area().kind()).isEqualTo(AreaKind.COUNTRY);
        assertThat(kosovo.area().name()).isEqualTo("Kosovo");
        Area ussr = pictures.area("SUN");
        assertThat(ussr.kind()).isEqualTo(AreaKind.FORMER);
        assertThat(ussr.publishedCode()).isEqualTo("NULL");
        assertThat(ussr.retiredCode()).isEqualTo("SUHH");
        assertThat(pictures.area("YUF").kind()).isEqualTo(AreaKind.FORMER);
        assertThat(pictures.area("scg").code()).isEqualTo("SCG");
        assertThatThrownBy(() -> pictures.area("QQQ")).isInstanceOf(NotFoundException.class);

        CountryIndex index = pictures.index();
        assertThat(index.regions()).extracting(e -> e.area().code()).contains("WLD", "AFR", "SSN").doesNotContain("SLV");
        assertThat(index.regions().get(0).area().code()).isEqualTo("WLD");
        assertThat(index.countries()).extracting(e -> e.area().code()).contains("SLV", "XKX").doesNotContain("WLD", "SUN");
        assertThat(index.formerStates()).extracting(e -> e.area().code())
                .contains("ANT", "SCG", "YUF", "SUN", "CSK", "DDR", "YMD", "VIETNAM-SOUTH", "BERLIN-WEST");
        assertThat(index.areas()).extracting(e -> e.area().code()).containsExactly("TIB");
        assertThat(index.unclassified()).isEmpty();
        CountryIndex.Entry worldEntry = index.regions().get(0);
        assertThat(worldEntry.summary("2")).isEqualByComparingTo("305173069394");
        assertThat(worldEntry.summary("1")).isEqualByComparingTo("309765998745");
    }

    @Test
    void aNewerVintageAndAFullRebuildLeaveTheAggregatesEqualToTheRows() {
        String activity = "AGG-" + UUID.randomUUID();
        StringBuilder v1 = new StringBuilder(completeHeader()).append('\n');
        for (int i = 0; i < 30; i++) {
            v1.append(completeRow("ISL", activity + "-" + i, String.valueOf(2010 + i % 5), "10." + (i % 10) + "1"))
                    .append('\n');
        }
        String v2 = v1 + completeRow("ISL", activity + "-0", "2030", "-3.33") + "\n"
                + completeRow("ISL", activity + "-1", "2010", "99").replace(",2,Obligations,", ",3,Disbursements,") + "\n";
        importAndWait(imports, "agg-v1.csv", v1.toString());
        String before = aggregatesOf("ISL");
        importAndWait(imports, "agg-v2.csv", v2);
        assertAggregatesEqualTheRows("ISL");
        assertThat(aggregatesOf("ISL")).isNotEqualTo(before);
        TestUsers.signInAs("reader", 1, Role.VIEWER);
        CountryPicture picture = pictures.picture("ISL");
        assertThat(picture.activityTypes()).extracting(TransactionType::id).containsExactly("2", "3");
        assertThat(picture.byFiscalYear()).filteredOn(y -> y.key().equals("2030")).singleElement()
                .satisfies(y -> assertThat(y.obligations()).isGreaterThanOrEqualTo(new BigDecimal("-3.33")));

        String incremental = aggregatesOf("ISL");
        transactions.executeWithoutResult(s -> aggregates.refreshAll());
        assertThat(aggregatesOf("ISL")).isEqualTo(incremental);
        assertAggregatesEqualTheRows("ISL");
    }

    /** The aggregates of a country, as text, for comparing two states. */
    private String aggregatesOf(String area) {
        return String.join("\n", jdbc.queryForList("""
                select concat_ws('|', source, dimension, key, label, detail_key, detail_label, transaction_type_id, amount,
                                 row_count) from interchange_area_amount where area_code = ? order by 1""", String.class, area))
                + String.join("\n", jdbc.queryForList("""
                select concat_ws('|', activity_key, activity_name, funding_accounts, first_fiscal_year, last_fiscal_year,
                                 obligations, disbursements, row_count)
                from interchange_area_activity where area_code = ? order by 1""", String.class, area));
    }

    /** Independent of AreaAggregates: plain sums of the stored rows of the country, compared with each aggregate. */
    private void assertAggregatesEqualTheRows(String iso3) {
        List<String> problems = new ArrayList<>();
        problems.addAll(jdbc.queryForList("""
                select 'FY ' || coalesce(r.fiscal_year, x.key) from
                    (select fiscal_year, transaction_type_id, sum(current_amount) amount, count(*) n
                     from interchange_activity where country_code = ? group by 1, 2) r
                full join (select key, transaction_type_id, amount, row_count from interchange_area_amount
                           where area_code = ? and source = 'A' and dimension = 'FY') x
                     on x.key = r.fiscal_year and x.transaction_type_id = r.transaction_type_id
                where r.amount is distinct from x.amount or r.n is distinct from x.row_count""", String.class, iso3, iso3));
        problems.addAll(jdbc.queryForList("""
                select 'activity ' || coalesce(r.activity_id, x.activity_key) from
                    (select activity_id, coalesce(sum(current_amount) filter (where transaction_type_id = '2'), 0) o,
                            coalesce(sum(current_amount) filter (where transaction_type_id = '3'), 0) d, count(*) n
                     from interchange_activity where country_code = ? group by 1) r
                full join (select * from interchange_area_activity where area_code = ?) x on x.activity_key = r.activity_id
                where r.o is distinct from x.obligations or r.d is distinct from x.disbursements
                   or r.n is distinct from x.row_count""", String.class, iso3, iso3));
        problems.addAll(jdbc.queryForList("""
                select 'total' from (select count(*) n, count(distinct activity_id) a from interchange_activity
                                     where country_code = ?) r
                left join interchange_area_total t on t.area_code = ?
                where (t.activity_rows, t.activities) is distinct from (r.n, r.a)""", String.class, iso3, iso3));
        assertThat(problems).isEmpty();
    }
}
