package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.interchange.ImportFixtures.importAndWait;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.StatementCounting;
import org.ssaplanner.TestUsers;
import org.ssaplanner.interchange.CountryContext.BurdenYear;
import org.ssaplanner.interchange.CountryContext.Conflict;
import org.ssaplanner.shared.security.Role;

/**
 * The three real partner-context files (WGI, UCDP/PRIO, SIPRI military burden) through the real import on
 * PostgreSQL: what is stored and what the country context reads equal figures this test computes from the files
 * itself (Commons CSV, not the application's reader); a second import of the same file changes nothing; bad rows
 * are listed with their line numbers while the rest is imported; an unreadable file is refused whole and leaves the
 * stored data set as it was.
 */
@SsaIntegrationTest
class CountryContextImportIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    CountryContextService contexts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    // ------------------------------------------------------------------ WGI

    @Test
    void theWgiFileIsStoredValueForValueWithWorldBankCodesMappedToIso() throws IOException {
        List<CSVRecord> file = records(SharedData.wgi());
        ImportDetail detail = importAndWait(imports, SharedData.wgi());

        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.WGI);
        assertThat(detail.rowsRead()).isEqualTo(file.size()).isEqualTo(32_100);
        assertThat(detail.rowsRejected()).isZero();
        assertThat(detail.rowsStored() + detail.rowsUnchanged()).isEqualTo(32_100);
        assertThat(count("select count(*) from interchange_governance")).isEqualTo(32_100);

        // non-missing estimates per indicator and their sums, from the file itself
        Map<String, Long> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (CSVRecord r : file) {
            if (!r.get("estimate").equals("..")) {
                counts.merge(r.get("indicator"), 1L, Long::sum);
                sums.merge(r.get("indicator"), new BigDecimal(r.get("estimate")), BigDecimal::add);
            }
        }
        assertThat(counts).hasSize(6);
        assertThat(file.stream().filter(r -> r.get("estimate").equals("..")).count()).isEqualTo(1_126);
        Map<String, Long> storedCounts = new TreeMap<>();
        Map<String, BigDecimal> storedSums = new TreeMap<>();
        jdbc.query("select indicator, count(estimate), sum(estimate) from interchange_governance group by indicator",
                (RowCallbackHandler) rs -> {
                    storedCounts.put(rs.getString(1), rs.getLong(2));
                    storedSums.put(rs.getString(1), rs.getBigDecimal(3));
                });
        assertThat(storedCounts).isEqualTo(counts);
        sums.forEach((indicator, sum) -> assertThat(storedSums.get(indicator)).as(indicator).isEqualByComparingTo(sum));
        assertThat(count("select count(*) from interchange_governance where year = 2023 and indicator = 'pv' "
                + "and estimate is not null")).isEqualTo(212);

        // the World Bank's own codes are stored under the ISO code (Kosovo under XKX), never under their own
        for (String[] code : new String[][] {{"KSV", "XKX"}, {"ZAR", "COD"}, {"ROM", "ROU"}, {"TMP", "TLS"},
                {"ADO", "AND"}, {"WBG", "PSE"}, {"ANT", "ANT"}}) {
            long inFile = file.stream().filter(r -> r.get("code").equals(code[0])).count();
            assertThat(inFile).as(code[0]).isEqualTo(150);
            assertThat(count("select count(*) from interchange_governance where area_code = ? and source_code = ?",
                    code[1], code[0])).as(code[0]).isEqualTo(inFile);
        }
        assertThat(count("select count(*) from interchange_governance where area_code in ('KSV', 'ZAR', 'ROM')"))
                .isZero();

        // a country-year through the API the portfolio will read: El Salvador 2023 as published
        signIn();
        Map<String, BigDecimal> slv2023 = file.stream()
                .filter(r -> r.get("code").equals("SLV") && r.get("year").equals("2023"))
                .collect(Collectors.toMap(r -> r.get("indicator"), r -> new BigDecimal(r.get("estimate"))));
        CountryContextYear year = contexts.years("SLV").stream().filter(y -> y.year() == 2023).findFirst().orElseThrow();
        assertThat(year.governanceEstimates()).isEqualTo(slv2023);
        assertThat(year.governanceEstimates().get("rl")).isEqualByComparingTo("-0.37");
        assertThat(year.governanceEstimates().get("pv")).isEqualByComparingTo("0.00");
        CountryContext slv = contexts.context("SLV");
        assertThat(slv.governance()).extracting(CountryContext.Governance::indicator)
                .containsExactly("va", "pv", "ge", "rq", "rl", "cc");
        CountryContext.Governance pv = slv.governance().get(1);
        assertThat(pv.year()).isEqualTo(2023);
        assertThat(pv.earlierYear()).isEqualTo(2018);
        assertThat(pv.earlierEstimate()).isEqualByComparingTo("-0.39");
        assertThat(pv.percentileRank()).isEqualByComparingTo(value(file, "SLVpv2023", "pctrank"));
        assertThat(pv.rankChange()).isEqualByComparingTo(value(file, "SLVpv2023", "pctrank")
                .subtract(value(file, "SLVpv2018", "pctrank")));
        TestUsers.signOut();

        // the same file again: every row compared, nothing changed
        ImportDetail again = importAndWait(imports, SharedData.wgi());
        assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(again.rowsInserted()).isZero();
        assertThat(again.rowsUpdated()).isZero();
        assertThat(again.vintage().rowsRemoved()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(32_100);
        assertThat(count("select count(*) from interchange_governance")).isEqualTo(32_100);
    }

    @Test
    void aNewerWgiFileChangesExactlyTheRowsThatDifferAndTheOriginalRestoresThem() throws IOException {
        importAndWait(imports, SharedData.wgi());
        String text = Files.readString(SharedData.wgi(), StandardCharsets.UTF_8);
        String changed = text.replace("\r\nSLVpv2023,SLV,El Salvador,2023,pv,0.00,", "\r\nSLVpv2023,SLV,El Salvador,2023,pv,0.05,")
                .replaceFirst("\r\nALBcc1996,[^\r]*", "");
        assertThat(changed).isNotEqualTo(text);

        ImportDetail newer = importAndWait(imports, "wgidataset-newer.csv", changed);
        assertThat(newer.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(newer.rowsRead()).isEqualTo(32_099);
        assertThat(newer.rowsUpdated()).isEqualTo(1);
        assertThat(newer.vintage().rowsRemoved()).isEqualTo(1);
        assertThat(newer.rowsInserted()).isZero();
        assertThat(newer.rowsUnchanged()).isEqualTo(32_098);
        assertThat(jdbc.queryForObject("select estimate from interchange_governance where area_code = 'SLV' and "
                + "indicator = 'pv' and year = 2023", BigDecimal.class)).isEqualByComparingTo("0.05");
        assertThat(count("select count(*) from interchange_governance where area_code = 'ALB' and indicator = 'cc' "
                + "and year = 1996")).isZero();

        ImportDetail original = importAndWait(imports, SharedData.wgi());
        assertThat(original.rowsUpdated()).isEqualTo(1);
        assertThat(original.rowsInserted()).isEqualTo(1);
        assertThat(original.vintage().rowsRemoved()).isZero();
        assertThat(jdbc.queryForObject("select estimate from interchange_governance where area_code = 'SLV' and "
                + "indicator = 'pv' and year = 2023", BigDecimal.class)).isEqualByComparingTo("0.00");
        assertThat(count("select count(*) from interchange_governance")).isEqualTo(32_100);
    }

    @Test
    void badWgiRowsAreListedWithTheirLineNumberAndReasonAndEveryGoodRowIsImported() throws IOException {
        Path real = SharedData.wgi();
        long slvPv2023Line = lineOf(real, "SLVpv2023,");
        long first = 32_102; // the real file: header on line 1, 32,100 rows, no line break after the last
        String bad = String.join("\r\n",
                "SLVpv2023,SLV,El Salvador,20x3,pv,0.00,0.22,7,46.4,30.3,55.9",   // year
                "SLVzz2023,SLV,El Salvador,2023,zz,0.00,0.22,7,46.4,30.3,55.9",   // indicator
                "SLVpv2030,SLV,El Salvador,2030,pv,abc,0.22,7,46.4,30.3,55.9",    // number
                "QQQpv2023,QQQ,Nowhere,2023,pv,0.10,0.22,7,46.4,30.3,55.9",       // code
                "SLVpv2023,SLV,El Salvador,2023,pv,0.00,0.22,7,46.4,30.3,55.9",   // repeats a real row
                "SLVpv2023,SLV",                                                  // columns
                "SLVpv2031,SLV,El Salvador,2031,pv,0.50,0.22,7,146.4,30.3,55.9"); // percentile rank
        String text = Files.readString(real, StandardCharsets.UTF_8) + "\r\n" + bad + "\r\n";

        ImportDetail detail = importAndWait(imports, "wgidataset-bad-rows.csv", text);

        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.rowsRead()).isEqualTo(32_107);
        assertThat(detail.rowsRejected()).isEqualTo(7);
        assertThat(imports.rejectedRows(detail.id(), PageRequest.of(0, 20)).getContent())
                .extracting(RejectedRow::lineNumber, RejectedRow::reasonKey, RejectedRow::reasonArgs)
                .containsExactly(
                        Tuple.tuple(first, "import.rejected.context.year", List.of("year", "20x3")),
                        Tuple.tuple(first + 1, "import.rejected.context.indicator", List.of("zz")),
                        Tuple.tuple(first + 2, "import.rejected.context.number", List.of("estimate", "abc")),
                        Tuple.tuple(first + 3, "import.rejected.context.code", List.of("QQQ", "Nowhere")),
                        Tuple.tuple(first + 4, "import.rejected.context.duplicate", List.of(String.valueOf(slvPv2023Line))),
                        Tuple.tuple(first + 5, "import.rejected.columns", List.of("11", "2")),
                        Tuple.tuple(first + 6, "import.rejected.context.percentile", List.of("pctrank", "146.4")));
        assertThat(count("select count(*) from interchange_governance")).isEqualTo(32_100);
        assertThat(count("select count(*) from interchange_governance where year > 2023")).isZero();
    }

    // ------------------------------------------------------------------ UCDP/PRIO

    @Test
    void theUcdpFileIsStoredWithItsLocationsMappedFromGleditschWardNumbers() throws IOException {
        List<CSVRecord> file = records(SharedData.ucdp());
        ImportDetail detail = importAndWait(imports, SharedData.ucdp());

        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.UCDP_PRIO);
        assertThat(detail.rowsRead()).isEqualTo(file.size()).isEqualTo(2_626);
        assertThat(detail.rowsRejected()).isZero();
        assertThat(count("select count(*) from interchange_conflict_year")).isEqualTo(2_626);
        long wars = file.stream().filter(r -> r.get("intensity_level").equals("2")).count();
        assertThat(wars).isEqualTo(664);
        assertThat(count("select count(*) from interchange_conflict_year where intensity_level = 2")).isEqualTo(wars);
        assertThat(count("select count(distinct conflict_id) from interchange_conflict_year")).isEqualTo(297);

        // Colombia (GW 100): the years with a conflict located there and the years of war, from the file
        Set<Integer> years = new TreeSet<>();
        Set<Integer> warYears = new TreeSet<>();
        Map<Integer, Integer> intensity = new TreeMap<>();
        long colombiaRows = 0;
        for (CSVRecord r : file) {
            if (locations(r).contains("100")) {
                colombiaRows++;
                int year = Integer.parseInt(r.get("year"));
                years.add(year);
                intensity.merge(year, Integer.parseInt(r.get("intensity_level")), Math::max);
                if (r.get("intensity_level").equals("2")) {
                    warYears.add(year);
                }
            }
        }
        signIn();
        Conflict colombia = contexts.context("COL").conflict();
        assertThat(colombia.conflictYears()).isEqualTo(colombiaRows);
        assertThat(colombia.yearsInConflict()).isEqualTo(years.size());
        assertThat(colombia.yearsAtWar()).isEqualTo(warYears.size());
        assertThat(colombia.lastYear()).isEqualTo(((TreeSet<Integer>) years).last());
        assertThat(colombia.dataFirstYear()).isEqualTo(1946);
        assertThat(colombia.dataLastYear()).isEqualTo(2022);
        assertThat(colombia.recentYears()).extracting(CountryContext.ConflictYear::year)
                .containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);
        assertThat(colombia.recentYears()).allSatisfy(y -> assertThat(y.intensity())
                .isEqualTo(intensity.getOrDefault(y.year(), 0)));
        Map<Integer, Integer> perYear = contexts.years("COL").stream().filter(y -> y.conflictIntensity() != null)
                .collect(Collectors.toMap(CountryContextYear::year, CountryContextYear::conflictIntensity));
        assertThat(perYear.get(2022)).isEqualTo(intensity.getOrDefault(2022, 0));
        assertThat(contexts.years("COL").stream().filter(y -> y.year() == 2023).map(CountryContextYear::conflictIntensity))
                .as("a year the data set does not cover has no intensity, not 0").allMatch(i -> i == null);
        TestUsers.signOut();

        // the Soviet Union's GW number 365 is Russia's; Hyderabad (751) is known but no country shown
        long russia = file.stream().filter(r -> locations(r).contains("365")).count();
        assertThat(count("select count(*) from interchange_conflict_year where area_codes @> array['RUS']::varchar[]"))
                .isEqualTo(russia);
        List<CSVRecord> hyderabad = file.stream().filter(r -> r.get("gwno_loc").equals("751")).toList();
        assertThat(hyderabad).isNotEmpty();
        assertThat(count("select count(*) from interchange_conflict_year where gwno_loc = '751' and "
                + "cardinality(area_codes) = 0")).isEqualTo(hyderabad.size());

        ImportDetail again = importAndWait(imports, SharedData.ucdp());
        assertThat(again.rowsStored()).isZero();
        assertThat(again.vintage().rowsRemoved()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(2_626);
    }

    // ------------------------------------------------------------------ SIPRI military burden

    @Test
    void theSipriFileIsStoredAndItsAggregateWithoutCountryCodeListedAsRejected() throws IOException {
        List<CSVRecord> file = records(SharedData.sipriMilex());
        ImportDetail detail = importAndWait(imports, SharedData.sipriMilex());

        assertThat(detail.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.format()).isEqualTo(ImportFormat.SIPRI_MILEX);
        assertThat(detail.rowsRead()).isEqualTo(file.size()).isEqualTo(8_245);
        List<Long> euLines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < file.size(); i++) {
            CSVRecord r = file.get(i);
            if (r.get("Code").isEmpty()) {
                euLines.add(i + 2L); // one line per record, the header on line 1
            } else {
                sum = sum.add(new BigDecimal(r.get("Military expenditure (% of GDP)")));
            }
        }
        assertThat(euLines).containsExactly(2_421L, 2_422L, 2_423L);
        assertThat(detail.rowsRejected()).isEqualTo(3);
        assertThat(imports.rejectedRows(detail.id(), PageRequest.of(0, 10)).getContent())
                .extracting(RejectedRow::lineNumber, RejectedRow::reasonKey, RejectedRow::reasonArgs)
                .containsExactly(
                        Tuple.tuple(2_421L, "import.rejected.context.noCode", List.of("European Union (SIPRI)")),
                        Tuple.tuple(2_422L, "import.rejected.context.noCode", List.of("European Union (SIPRI)")),
                        Tuple.tuple(2_423L, "import.rejected.context.noCode", List.of("European Union (SIPRI)")));
        assertThat(count("select count(*) from interchange_military_burden")).isEqualTo(8_242);
        assertThat(jdbc.queryForObject("select sum(share_of_gdp) from interchange_military_burden", BigDecimal.class))
                .isEqualByComparingTo(sum);
        long kosovo = file.stream().filter(r -> r.get("Code").equals("OWID_KOS")).count();
        assertThat(kosovo).isPositive();
        assertThat(count("select count(*) from interchange_military_burden where area_code = 'XKX'")).isEqualTo(kosovo);

        signIn();
        CountryContext slv = contexts.context("SLV");
        assertThat(slv.latestBurden()).contains(new BurdenYear(2024, new BigDecimal("1.1861192")));
        assertThat(slv.burdenYearsBefore(5).orElseThrow().shareOfGdp())
                .isEqualByComparingTo(milex(file, "SLV", "2019"));
        assertThat(slv.military()).hasSize(11);
        assertThat(contexts.years("UKR").stream().filter(y -> y.year() == 2024).findFirst().orElseThrow()
                .militaryBurden()).isEqualByComparingTo("34.48153");
        assertThat(slv.sources()).extracting(CountryContext.Source::format).contains(ImportFormat.SIPRI_MILEX);
        TestUsers.signOut();

        ImportDetail again = importAndWait(imports, SharedData.sipriMilex());
        assertThat(again.rowsStored()).isZero();
        assertThat(again.vintage().rowsRemoved()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(8_242);
        assertThat(again.rowsRejected()).isEqualTo(3);
    }

    @Test
    void aBrokenOrEmptyContextFileIsRefusedWholeAndTheStoredDataSetStays() throws IOException {
        importAndWait(imports, SharedData.sipriMilex());
        long stored = count("select count(*) from interchange_military_burden");
        String text = Files.readString(SharedData.sipriMilex(), StandardCharsets.UTF_8);
        String broken = text.replace("\nEl Salvador,SLV,2024,1.1861192,", "\nEl Salvador,SLV,2024,1.2,")
                + "\n\"Broken,SLV,2025,1.0,North America\n";

        ImportDetail refused = importAndWait(imports, "milex-broken.csv", broken);
        assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(refused.messageKey()).isEqualTo("import.refused.structure");
        assertThat(refused.messageArgs()).containsExactly("8247");
        assertThat(count("select count(*) from interchange_military_burden")).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select share_of_gdp from interchange_military_burden where area_code = 'SLV' "
                + "and year = 2024", BigDecimal.class)).as("nothing of the refused file").isEqualByComparingTo("1.1861192");

        ImportDetail empty = importAndWait(imports, "milex-header-only.csv", text.substring(0, text.indexOf('\n') + 1));
        assertThat(empty.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(empty.messageKey()).isEqualTo("import.refused.context.noRows");
        assertThat(count("select count(*) from interchange_military_burden")).isEqualTo(stored);
    }

    @Test
    void theCountryContextIsReadInOneStatementWhateverTheData() throws IOException {
        importAndWait(imports, SharedData.wgi());
        importAndWait(imports, SharedData.ucdp());
        importAndWait(imports, SharedData.sipriMilex());
        signIn();
        for (String code : List.of("COL", "IND", "ATA", "XKX")) {
            StatementCounting.start();
            CountryContext context = contexts.context(code);
            assertThat(StatementCounting.stop()).as(code).isEqualTo(1);
            assertThat(context.sources()).hasSize(3);
        }
        StatementCounting.start();
        Map<String, List<CountryContextYear>> years = contexts.years(List.of("COL", "IND", "SLV", "XKX", "ATA"));
        assertThat(StatementCounting.stop()).isEqualTo(1);
        assertThat(years.keySet()).containsExactly("COL", "IND", "SLV", "XKX");
    }

    // ------------------------------------------------------------------ helpers

    private void signIn() {
        TestUsers.signInAs("context-reader", 1, Role.VIEWER);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The records of a file read independently of the application (Commons CSV), its byte-order mark dropped. */
    static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static Set<String> locations(CSVRecord r) {
        return Arrays.stream(r.get("gwno_loc").split(",")).map(String::strip).collect(Collectors.toSet());
    }

    private static BigDecimal value(List<CSVRecord> file, String codeIndicatorYear, String column) {
        return file.stream().filter(r -> r.get("codeindyr").equals(codeIndicatorYear)).map(r -> new BigDecimal(r.get(column)))
                .findFirst().orElseThrow();
    }

    private static BigDecimal milex(List<CSVRecord> file, String code, String year) {
        return file.stream().filter(r -> r.get("Code").equals(code) && r.get("Year").equals(year))
                .map(r -> new BigDecimal(r.get("Military expenditure (% of GDP)"))).findFirst().orElseThrow();
    }

    private static long lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
