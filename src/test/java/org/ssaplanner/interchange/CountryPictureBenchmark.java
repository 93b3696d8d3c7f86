package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.StatementCounting;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;

/**
 * Benchmark of the country picture at scale, NOT part of {@code ./mvnw verify} (its name matches neither *Tests
 * nor *IntegrationTests; see bench/README.md):
 * {@code ./mvnw -B -Pbench verify -Dit.test=CountryPictureBenchmark}.
 * <p>
 * Generates 50 countries of synthetic complete-format rows (deterministic, fixed seeds), 10,000,000 rows in all
 * ({@code -Dbench.total-rows}), one country with 1,000,000 of them ({@code -Dbench.big-rows}); imports them
 * through {@link ImportService} one country file at a time (as FA.gov publishes them), the big country last;
 * then measures, through the whole web stack (MockMvc on this thread, so every SQL statement of the request is
 * counted and nothing else):
 * <ul>
 * <li>the first view of the big country's page after its import, then {@code -Dbench.views} warm views (p50,
 * p95), with the SQL statements of each view;</li>
 * <li>filtered views of that page (fiscal year, agency, account, text, a deep page);</li>
 * <li>the same page of a small country, and the /countries index;</li>
 * <li>for comparison, the plain aggregate query on the raw rows (sums by fiscal year and transaction type).</li>
 * </ul>
 * With {@code -Dbench.data-directory=DIR} the database is kept in DIR (fsync off: a throw-away copy), and a later
 * run on the same DIR that finds the rows there only measures, so that the pages can be measured again on a
 * quiet machine without importing ten million rows again.
 */
@SsaIntegrationTest
class CountryPictureBenchmark {

    static final String[] COUNTRIES = {"COL", "AFG", "ALB", "ARM", "BGD", "BIH", "BOL", "BRA", "CMR", "COD", "CRI", "DOM",
            "ECU", "EGY", "ETH", "GEO", "GHA", "GTM", "HND", "HTI", "IDN", "IND", "IRQ", "JOR", "KEN", "KGZ", "LBN", "LBR",
            "MAR", "MEX", "MLI", "MOZ", "MWI", "NGA", "NPL", "PAK", "PER", "PHL", "PRY", "RWA", "SEN", "SLE", "SOM",
            "SSD", "TJK", "TUN", "TZA", "UGA", "UKR", "ZMB"};

    @DynamicPropertySource
    static void keptDatabase(DynamicPropertyRegistry registry) {
        String directory = System.getProperty("bench.data-directory", "");
        if (!directory.isBlank()) {
            registry.add("ssa.database.embedded.data-directory", () -> directory);
            registry.add("ssa.database.embedded.server-settings.fsync", () -> "off");
            registry.add("ssa.database.embedded.server-settings.synchronous_commit", () -> "off");
            registry.add("ssa.database.embedded.server-settings.full_page_writes", () -> "off");
        }
    }

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void countryPictureOfABigCountryInABigDatabase() throws Exception {
        long total = Long.getLong("bench.total-rows", 10_000_000L);
        int big = Integer.getInteger("bench.big-rows", 1_000_000);
        int views = Integer.getInteger("bench.views", 20);
        int small = (int) ((total - big) / (COUNTRIES.length - 1));
        String bigCountry = COUNTRIES[0];
        String smallCountry = COUNTRIES[1];

        long started = System.nanoTime();
        long stored = jdbc.queryForObject("select count(*) from interchange_activity", Long.class);
        boolean reused = stored >= total;
        if (reused) {
            System.out.printf(Locale.US, "BENCH reusing the %,d rows kept in %s: measuring only%n", stored,
                    System.getProperty("bench.data-directory"));
        }
        for (int c = COUNTRIES.length - 1; c >= 0 && !reused; c--) { // the big country (index 0) last
            int rows = c == 0 ? big : c == 1 ? (int) (total - big - (long) small * (COUNTRIES.length - 2)) : small;
            if (c == 0) {
                // the application warmed up (templates, JIT, connections) on other pages, so that the first view
                // of the big country measures what its import left behind, not the first request of the JVM
                TestUsers.signOut();
                View warmUp = view("/countries/" + smallCountry);
                view("/countries");
                System.out.printf(Locale.US, "BENCH warm-up before the big import: /countries/%s %,.0f ms%n",
                        smallCountry, warmUp.millis());
            }
            importCountry(COUNTRIES[c], c, rows, c == 0 || c == COUNTRIES.length - 1);
        }
        System.out.printf(Locale.US, "BENCH imported %,d rows of %d countries in %.0f s%n",
                jdbc.queryForObject("select count(*) from interchange_activity", Long.class), COUNTRIES.length,
                (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.US, "BENCH database size %,d MB%n",
                jdbc.queryForObject("select pg_database_size(current_database())", Long.class) / 1_000_000);

        TestUsers.signOut();
        String page = "/countries/" + bigCountry;
        View first = view(page);
        System.out.printf(Locale.US, "BENCH first view of %s %s (%,d rows): %,.0f ms, %d SQL statements%n",
                page, reused ? "in this run (not after an import)" : "after its import", big, first.millis(),
                first.statements());
        System.out.printf(Locale.US, "BENCH   its slowest statements: %s%n", first.statementsByTime().stream().limit(3)
                .map(s -> s.millis() + " ms " + s.sql()).toList());
        measure(page, views, "warm views of " + page);
        measure(page + "?fy=2015", Math.max(3, views / 4), "views of " + page + "?fy=2015");
        measure(page + "?agency=STATE", Math.max(3, views / 4), "views of " + page + "?agency=STATE");
        measure(page + "?account=19x1022", Math.max(3, views / 4), "views of " + page + "?account=19x1022");
        measure(page + "?q=maritime", Math.max(3, views / 4), "views of " + page + "?q=maritime");
        measure(page + "?page=300", Math.max(3, views / 4), "views of " + page + "?page=300");
        measure("/countries/" + smallCountry, Math.max(3, views / 4), "views of /countries/" + smallCountry
                + " (" + small + " rows)");
        View index = view("/countries");
        System.out.printf(Locale.US, "BENCH first view of /countries: %,.0f ms, %d SQL statements%n", index.millis(),
                index.statements());
        measure("/countries", views, "warm views of /countries");

        String plain = "select fiscal_year, transaction_type_id, sum(current_amount), count(*) from interchange_activity"
                + " where country_code = ? group by fiscal_year, transaction_type_id";
        double[] plainMillis = new double[Math.max(3, views / 4)];
        for (int i = 0; i < plainMillis.length; i++) {
            long t = System.nanoTime();
            jdbc.queryForList(plain, bigCountry);
            plainMillis[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(Locale.US, "BENCH plain aggregate query on the raw rows (%s: sums by fiscal year and"
                + " transaction type): first %,.0f ms, then p50 %,.0f ms, p95 %,.0f ms%n", bigCountry, plainMillis[0],
                percentile(Arrays.copyOfRange(plainMillis, 1, plainMillis.length), 50),
                percentile(Arrays.copyOfRange(plainMillis, 1, plainMillis.length), 95));
        String oldIndex = """
                select country_code, coalesce(sum(current_amount) filter (where src = 'A' and transaction_type_id = '2'), 0),
                       coalesce(sum(current_amount) filter (where src = 'S' and transaction_type_id = '2'), 0), count(*)
                from (select country_code, transaction_type_id, current_amount, 'A' src from interchange_activity
                      union all select country_code, transaction_type_id, current_amount, 'S' from interchange_country_amount) x
                group by country_code""";
        long t = System.nanoTime();
        jdbc.queryForList(oldIndex);
        System.out.printf(Locale.US, "BENCH plain aggregate query of the index on the raw rows (obligations of every"
                + " country, as /countries ran it before the aggregates): %,.0f ms%n", (System.nanoTime() - t) / 1e6);
        System.out.println();
    }

    private void importCountry(String country, int seed, int rows, boolean report) throws Exception {
        Path file = Files.createTempFile("fa-gov-country-bench-" + country + "-", ".csv");
        try {
            generate(file, country, seed, rows);
            long start = System.nanoTime();
            ImportDetail detail;
            try (InputStream in = Files.newInputStream(file)) {
                detail = ImportFixtures.importAndWait(imports, country + ".csv", in, 3_600_000);
            }
            assertThat(detail.status()).as(detail.messageKey() + " " + detail.messageArgs()).isEqualTo(ImportStatus.SUCCEEDED);
            assertThat(detail.rowsRejected()).isZero();
            assertThat(detail.rowsRead()).isEqualTo(rows);
            if (report) {
                System.out.printf(Locale.US, "BENCH import of %s: %,d rows (%,d MB) in %.1f s%n", country, rows,
                        Files.size(file) / 1_000_000, (System.nanoTime() - start) / 1e9);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void measure(String path, int views, String label) throws Exception {
        double[] millis = new double[views];
        long statements = -1;
        View slowest = null;
        for (int i = 0; i < views; i++) {
            View view = view(path);
            millis[i] = view.millis();
            if (slowest == null || view.millis() > slowest.millis()) {
                slowest = view;
            }
            if (statements >= 0 && statements != view.statements()) {
                System.out.printf(Locale.US, "BENCH   (statements changed between views: %d, then %d)%n", statements,
                        view.statements());
            }
            statements = view.statements();
        }
        // where the time of the slowest view went: its slowest statements (the rest is Java and the template)
        System.out.printf(Locale.US, "BENCH   slowest view %,.0f ms; its slowest statements: %s%n", slowest.millis(),
                slowest.statementsByTime().stream().limit(3).map(s -> s.millis() + " ms " + s.sql()).toList());
        System.out.printf(Locale.US, "BENCH %s: %d views, p50 %,.0f ms, p95 %,.0f ms, max %,.0f ms, %d SQL statements"
                + " each%s%n", label, views, percentile(millis, 50), percentile(millis, 95),
                Arrays.stream(millis).max().orElse(0), statements, autovacuum());
    }

    private View view(String path) throws Exception {
        StatementCounting.start();
        long t = System.nanoTime();
        MvcResult result;
        try {
            result = mvc.perform(get(path).with(user(TestUsers.user(1, "bench", 1, Role.VIEWER)))).andReturn();
        } finally {
            List<StatementCounting.Timed> slowest = StatementCounting.slowest();
            long statements = StatementCounting.stop();
            double millis = (System.nanoTime() - t) / 1e6;
            lastView = new View(millis, statements, slowest);
        }
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return lastView;
    }

    private View lastView;

    /** Autovacuum after a big import competes for the two cores; say so when it runs during a measurement. */
    private String autovacuum() {
        List<String> running = jdbc.queryForList("""
                select p.relid::regclass::text from pg_stat_progress_vacuum p""", String.class);
        return running.isEmpty() ? "" : " (autovacuum running on " + running + " at the end)";
    }

    private record View(double millis, long statements, List<StatementCounting.Timed> statementsByTime) {
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * A complete-format file of one country: activities of one to three fiscal years of FY2002-2022 with three
     * rows each (obligations and disbursements, some on two accounts), managed by agencies and their bureaus, on
     * accounts, purposes and US sectors that go with them; negative amounts (de-obligations), quoted commas and
     * quotes. Rows ordered by fiscal year, as the published files are. Deterministic (seeded).
     */
    static void generate(Path file, String country, int seed, int rows) throws Exception {
        Random random = new Random(42L + seed);
        String[][] agencies = {
                {"1", "USAID", "U.S. Agency for International Development", "LAC", "Bureau for Latin America and the Caribbean", "72x1037", "Economic Support Fund", "Economic"},
                {"1", "USAID", "U.S. Agency for International Development", "DCHA", "Bureau for Democracy, Conflict and Humanitarian Assistance", "72x1095", "Development Assistance", "Economic"},
                {"2", "STATE", "Department of State", "INL", "Bureau of International Narcotics and Law Enforcement Affairs", "19x1022", "International Narcotics Control and Law Enforcement", "Economic"},
                {"2", "STATE", "Department of State", "PM", "Bureau of Political-Military Affairs", "11x1082", "Foreign Military Financing Program", "Military"},
                {"2", "STATE", "Department of State", "CT", "Bureau of Counterterrorism", "19x1075", "Nonproliferation, Anti-Terrorism, Demining and Related Programs", "Economic"},
                {"3", "DOD", "Department of Defense", "DSCA", "Defense Security Cooperation Agency", "97x0100", "Operation and Maintenance, Defense-Wide", "Military"},
                {"3", "DOD", "Department of Defense", "DSCA", "Defense Security Cooperation Agency", "11x1081", "International Military Education and Training", "Military"},
                {"4", "DOJ", "Department of Justice", "FBI", "Federal Bureau of Investigation", "19x1022", "International Narcotics Control and Law Enforcement", "Economic"},
                {"5", "DHS", "Department of Homeland Security", "USCG", "U.S. Coast Guard", "70x0610", "Operations and Support", "Economic"},
                {"6", "TREAS", "Department of the Treasury", "OTA", "Office of Technical Assistance", "20x1875", "International Affairs Technical Assistance", "Economic"}};
        String[][] purposes = {{"15130", "Legal and judicial development", "151", "Government and Civil Society, general", "15", "Rule of Law and Human Rights"},
                {"15210", "Security system management and reform", "152", "Conflict, Peace and Security", "13", "Stabilization Operations and Security Sector Reform"},
                {"15240", "Reintegration and SALW control", "152", "Conflict, Peace and Security", "14", "Conflict Mitigation and Reconciliation"},
                {"16063", "Narcotics control", "160", "Other Social Infrastructure and Services", "12", "Counter-Narcotics"},
                {"15110", "Public sector policy and administrative management", "151", "Government and Civil Society, general", "11", "Counter-Terrorism"},
                {"21040", "Water transport", "210", "Transport and Storage", "16", "Transnational Crime"}};
        String[] words = {"police", "maritime", "courts", "border", "prosecutors", "customs", "training", "equipment"};
        // every activity has three rows (the last one what remains): over two years (obligations both years, a
        // disbursement in the second), over three years (obligations), or in one year on two accounts (two
        // obligations and a disbursement); emitted year by year, the activities of a year in scattered order
        int activities = (rows + 2) / 3;
        long step = 7_919;
        while (activities % step == 0) {
            step += 2;
        }
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ImportFormat.COMPLETE.headers()));
            out.write('\n');
            for (int fy = 2002; fy <= 2022; fy++) {
                for (long j = 0; j < activities; j++) {
                    int i = (int) (j * step % activities);
                    int pattern = i % 3;
                    int span = pattern == 0 ? 2 : pattern == 1 ? 3 : 1;
                    int first = 2002 + (int) ((i * 7L) % (22 - span));
                    int year = fy - first;
                    if (year < 0 || year >= span) {
                        continue;
                    }
                    int ofActivity = i == activities - 1 ? rows - 3 * (activities - 1) : 3;
                    String[] agency = agencies[i % agencies.length];
                    String[] purpose = purposes[(i / agencies.length) % purposes.length];
                    String word = words[(i / 7) % words.length];
                    List<String[]> lines = new ArrayList<>(3); // transaction type, account id, account name
                    if (pattern == 0) {
                        lines.add(new String[] {"2", agency[5], agency[6]});
                        if (year == 1) {
                            lines.add(new String[] {"3", agency[5], agency[6]});
                        }
                    } else if (pattern == 1) {
                        lines.add(new String[] {"2", agency[5], agency[6]});
                    } else {
                        lines.add(new String[] {"2", agency[5], agency[6]});
                        lines.add(new String[] {"3", agency[5], agency[6]});
                        lines.add(agency[5].equals("19x1022") ? new String[] {"2", "19x1032", "Peacekeeping Operations"}
                                : new String[] {"2", "19x1022", "International Narcotics Control and Law Enforcement"});
                    }
                    int before = pattern == 0 ? (year == 0 ? 0 : 1) : pattern == 1 ? year : 0;
                    for (String[] line : lines) {
                        if (before++ >= ofActivity) {
                            break;
                        }
                        boolean disbursement = line[0].equals("3");
                        long cents = random.nextInt(200_000_000) - (random.nextInt(9) == 0 ? 150_000_000L : 0);
                        int partner = (i * 31) % 997;
                        List<String> v = new ArrayList<>(51);
                        v.add(String.valueOf(100 + seed)); v.add(country); v.add("Country " + country);
                        v.add("6"); v.add("Western Hemisphere"); v.add("2"); v.add("Lower Middle Income Country"); v.add("LMIC");
                        v.add(agency[0]); v.add(agency[1]); v.add(agency[2]);
                        v.add(agency[0] + agency[3].length()); v.add(agency[3]); v.add("\"" + agency[4] + "\"");
                        v.add("3"); v.add("Enterprises"); v.add("31"); v.add("Enterprises (United States)");
                        v.add(String.valueOf(1000 + partner)); v.add("\"Partner " + partner + ", Inc.\"");
                        v.add("5"); v.add("Governance"); v.add(purpose[2]); v.add("\"" + purpose[3] + "\"");
                        v.add(purpose[0]); v.add(purpose[1]);
                        v.add("4"); v.add("Peace and Security"); v.add(purpose[4]); v.add(purpose[5]);
                        v.add("7"); v.add(line[1]); v.add("\"" + line[2] + "\"");
                        v.add(agency[0]); v.add(agency[2]); v.add(agency[1]);
                        v.add(agency[7].equals("Economic") ? "1" : "2"); v.add(agency[7]); v.add("4"); v.add("Project-Type");
                        v.add(country + "-" + (1_000_000 + i));
                        v.add("\"" + word + " activity " + i + ", phase " + (i % 3) + "\"");
                        v.add("\"Strengthens police, prosecutors and courts; \"\"quoted\"\" text\""); v.add("PRJ-" + i);
                        v.add(first + "-01-15"); v.add("");
                        v.add(line[0]); v.add(disbursement ? "Disbursements" : "Obligations");
                        v.add(String.valueOf(fy));
                        v.add(BigDecimal.valueOf(cents, 2).toPlainString());
                        v.add(BigDecimal.valueOf(cents * 9 / 10, 2).toPlainString());
                        if (v.size() != 51) {
                            throw new IllegalStateException("generator wrote " + v.size() + " columns");
                        }
                        out.write(String.join(",", v));
                        out.write('\n');
                        written++;
                    }
                }
            }
        }
        if (written != rows) {
            throw new IllegalStateException("generator wrote " + written + " rows instead of " + rows);
        }
    }
}
