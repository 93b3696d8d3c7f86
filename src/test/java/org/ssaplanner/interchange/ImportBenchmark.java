package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;

/**
 * Benchmark, NOT part of {@code ./mvnw verify} (its name matches neither *Tests nor *IntegrationTests; the
 * {@code bench} Maven profile runs it, see bench/README.md). Generates a synthetic complete-format file
 * (default 1,000,000 rows, -Dbench.rows=N) and measures, on the same database:
 * <ol>
 * <li>the import through {@link ImportService} into the empty table (upload, parse and check, COPY, commit;
 * in the background, timed until it shows SUCCEEDED): the figure the target is about;</li>
 * <li>plain COPY of the same file into an UNLOGGED table of 51 text columns without any index: the target's
 * yardstick (import &gt;= 0.5 x this rate);</li>
 * <li>plain COPY of the same file into a table like {@code interchange_activity}: logged, typed, with the
 * same indexes and its natural key computed by PostgreSQL. No application code runs: this is what
 * PostgreSQL itself needs to store the rows durably and findably, the floor for any import;</li>
 * <li>into the filled table: the same file again (identical), the file with one amount changed (every row must
 * be compared), a newer vintage of it (1 % of the rows each changed, reclassified, dropped and new), the rollback
 * of that vintage where the application offers one, and a second country's file of as many rows.</li>
 * </ol>
 */
@SsaIntegrationTest
class ImportBenchmark {

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importVersusRawCopy() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path file = Files.createTempFile("fa-gov-bench-", ".csv");
        Path oneRow = Files.createTempFile("fa-gov-bench-one-row-", ".csv");
        Path vintage = Files.createTempFile("fa-gov-bench-vintage-", ".csv");
        Path second = Files.createTempFile("fa-gov-bench-second-", ".csv");
        try {
            long generating = System.currentTimeMillis();
            generate(file, rows, "BENCH-", "SLV", Variant.SAME);
            System.out.printf(Locale.US, "%nBENCH generated %,d rows, %,d bytes in %s%n", rows, Files.size(file), file);
            System.out.printf(Locale.US, "BENCH generation took %.1f s%n", (System.currentTimeMillis() - generating) / 1000.0);

            TimedImport first = timedImport(file, rows, "import through ImportService into the empty table");
            assertThat(first.detail().rowsInserted()).isEqualTo(rows);
            double importSeconds = first.seconds();

            String textColumns = String.join(", ", ImportFormat.COMPLETE.columns().stream().map(c -> c + " text").toList());
            double rawSeconds = timedCopy(file, rows, "create unlogged table bench_copy (" + textColumns + ")",
                    "plain COPY into an unlogged table of text columns, no index");

            String typedColumns = String.join(", ", ImportFormat.COMPLETE.columns().stream().map(c -> c + switch (c) {
                case "current_amount" -> " numeric(19,2) not null";
                case "constant_amount" -> " numeric(19,2)";
                case "fiscal_year" -> " varchar(10) not null";
                case "country_code" -> " text not null";
                default -> " text";
            }).toList());
            String naturalKey = "md5(" + ImportFormat.COMPLETE.keyColumns().stream().map(c -> "coalesce(" + c + ", '')")
                    .collect(Collectors.joining(" || E'\\x1f' || ")) + ")::uuid";
            double durableSeconds = timedCopy(file, rows, "create table bench_copy (id bigserial primary key, " + typedColumns
                    + ", natural_key uuid not null generated always as (" + naturalKey + ") stored);"
                    + "create unique index on bench_copy (country_code, coalesce(activity_id, ''), natural_key)",
                    "plain COPY into a logged table like interchange_activity (same indexes, key computed by PostgreSQL)");

            System.out.printf(Locale.US, "BENCH ratio import/raw COPY = %.2f (target >= 0.50)%n", rawSeconds / importSeconds);
            System.out.printf(Locale.US, "BENCH ratio durable COPY/raw COPY = %.2f (PostgreSQL alone, no application code)%n",
                    rawSeconds / durableSeconds);
            System.out.printf(Locale.US, "BENCH ratio import/durable COPY = %.2f%n%n", durableSeconds / importSeconds);

            timedImport(file, rows, "import of the same file again (identical: nothing to change)");

            generate(oneRow, rows, "BENCH-", "SLV", Variant.ONE_ROW_CHANGED);
            timedImport(oneRow, rows, "import of the file with one amount changed (every row compared)");

            int vintageRows = generate(vintage, rows, "BENCH-", "SLV", Variant.NEWER_VINTAGE);
            String before = stored();
            TimedImport newer = timedImport(vintage, vintageRows,
                    "import of a newer vintage (1% amounts changed, 1% reclassified, 1% dropped, 1% new)");
            rollBack(newer.detail(), before);

            generate(second, rows, "SECOND-", "GTM", Variant.SAME);
            TimedImport more = timedImport(second, rows, "import of a second country's file into the filled table");
            assertThat(more.detail().rowsInserted()).isEqualTo(rows);
            System.out.println();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(oneRow);
            Files.deleteIfExists(vintage);
            Files.deleteIfExists(second);
        }
    }

    /** Rolls the newer vintage back and checks that the stored rows are the previous vintage's again. */
    private void rollBack(ImportDetail detail, String before) {
        TestUsers.signInAs("import-tester", 1, Role.ADMIN);
        long start = System.nanoTime();
        imports.rollback(detail.id());
        System.out.printf(Locale.US, "BENCH rollback of the newer vintage: %.1f s%n", (System.nanoTime() - start) / 1e9);
        String after = stored();
        System.out.printf(Locale.US, "BENCH   %s%n", after);
        assertThat(after).isEqualTo(before);
    }

    private String stored() {
        return jdbc.queryForObject("select count(*) || ' rows, ' || sum(current_amount) || ' obligations stored in total' "
                + "from interchange_activity", String.class);
    }

    private TimedImport timedImport(Path file, int rows, String label) throws Exception {
        long start = System.nanoTime();
        ImportDetail detail;
        try (InputStream in = Files.newInputStream(file)) {
            detail = ImportFixtures.importAndWait(imports, "bench.csv", in, 3_600_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(detail.status()).as(detail.messageKey() + " " + detail.messageArgs()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(detail.rowsRead()).isEqualTo(rows);
        assertThat(detail.rowsRejected()).isZero();
        System.out.printf(Locale.US, "BENCH %s: %,d rows in %.1f s = %,.0f rows/s (added %,d, changed %,d, reclassified %,d, "
                + "removed %,d, unchanged %,d%s)%n", label, rows, seconds, rows / seconds, detail.rowsInserted(),
                detail.vintage().rowsChanged(), detail.vintage().rowsReclassified(), detail.vintage().rowsRemoved(),
                detail.rowsUnchanged(), detail.identical() ? ", identical to import " + detail.vintage().identicalToId() : "");
        System.out.printf(Locale.US, "BENCH   %s%n", stored());
        return new TimedImport(detail, seconds);
    }

    private double timedCopy(Path file, int rows, String createTable, String label) throws Exception {
        jdbc.execute("drop table if exists bench_copy");
        jdbc.execute(createTable);
        jdbc.execute("checkpoint");
        String columns = String.join(", ", ImportFormat.COMPLETE.columns());
        long start = System.nanoTime();
        long copied;
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy (" + columns + ") from stdin (format csv, header true)", in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.execute("drop table bench_copy");
        jdbc.execute("checkpoint");
        assertThat(copied).isEqualTo(rows);
        System.out.printf(Locale.US, "BENCH %s: %,d rows in %.1f s = %,.0f rows/s%n", label, rows, seconds, rows / seconds);
        return seconds;
    }

    /** An import's outcome and how long it took from upload to SUCCEEDED. */
    private record TimedImport(ImportDetail detail, double seconds) {
    }

    /** How a generated file differs from the base file of the same country and prefix. */
    enum Variant {
        SAME,
        /** One amount differs (every row must still be compared). */
        ONE_ROW_CHANGED,
        /** Of every 100 rows: one amount changed, one reclassified (purpose code), one dropped; 1 % new rows at the end. */
        NEWER_VINTAGE
    }

    /**
     * Realistic rows: many activities, 21 fiscal years, agencies, accounts, negative amounts, quoted commas.
     * Returns the number of data rows written.
     */
    static int generate(Path file, int rows, String activityPrefix, String country, Variant variant) throws Exception {
        Random random = new Random(42);
        String[][] agencies = {{"1", "USAID", "U.S. Agency for International Development", "LAC"},
                {"2", "STATE", "Department of State", "INL"}, {"3", "DOD", "Department of Defense", "DSCA"},
                {"4", "DOJ", "Department of Justice", "FBI"}, {"5", "DHS", "Department of Homeland Security", "CBP"}};
        String[][] accounts = {{"72x1037", "Economic Support Fund"}, {"11x1081", "International Military Education and Training"},
                {"19x1022", "International Narcotics Control and Law Enforcement"}, {"11x1082", "Foreign Military Financing Program"}};
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ImportFormat.COMPLETE.headers()));
            out.write('\n');
            // ordered as the published files are: by fiscal year, the activities of a year in no particular order
            int perYear = (rows + 20) / 21;
            if (perYear % 7919 == 0) {
                perYear++; // keeps the stepping below a permutation of the year's activities
            }
            int extra = variant == Variant.NEWER_VINTAGE ? rows / 100 : 0;
            for (int i = 0; i < rows + extra; i++) {
                boolean added = i >= rows;
                int n = added ? i - rows : i;
                String[] agency = agencies[n % agencies.length];
                String[] account = accounts[(n / 7) % accounts.length];
                int year = added ? n % 21 : n / perYear;
                int fy = 2002 + year;
                long activity = added ? n : (n % perYear * 7919L + year * 104_729L) % perYear;
                long amount = random.nextInt(5_000_000) - (n % 5 == 0 ? 2_500_000 : 0);
                String purpose = "15130";
                String prefix = added ? activityPrefix + "NEW-" : activityPrefix;
                if (variant == Variant.ONE_ROW_CHANGED && i == rows / 2) {
                    amount += 1;
                } else if (variant == Variant.NEWER_VINTAGE && !added) {
                    switch (i % 100) {
                        case 10 -> amount += 100;
                        case 20 -> purpose = "15210";
                        case 30 -> {
                            continue;
                        }
                        default -> {
                        }
                    }
                }
                List<String> v = new ArrayList<>(51);
                v.add("222"); v.add(country); v.add("Country " + country); v.add("6"); v.add("Western Hemisphere");
                v.add("2"); v.add("Lower Middle Income Country"); v.add("LMIC");
                v.add(agency[0]); v.add(agency[1]); v.add(agency[2]);
                v.add(agency[0] + "0"); v.add(agency[3]); v.add("Bureau " + agency[3]);
                v.add("3"); v.add("Enterprises"); v.add("31"); v.add("Enterprises (United States)");
                v.add(String.valueOf(1000 + activity % 997)); v.add("\"Partner " + (activity % 997) + ", Inc.\"");
                v.add("5"); v.add("Governance"); v.add("151"); v.add("\"Government and Civil Society, general\"");
                v.add(purpose); v.add("Legal and judicial development");
                v.add("4"); v.add("Peace and Security"); v.add("12"); v.add("Counter-Narcotics");
                v.add("7"); v.add(account[0]); v.add(account[1]);
                v.add("1"); v.add("Department of State"); v.add("STATE");
                v.add("1"); v.add("Economic"); v.add("4"); v.add("Project-Type");
                v.add(prefix + activity); v.add("\"Rule of law activity " + activity + ", phase " + (activity % 3) + "\"");
                v.add("\"Strengthens police, prosecutors and courts; \"\"quoted\"\" text\""); v.add("PRJ-" + activity);
                v.add(fy + "-01-15"); v.add(""); v.add("2"); v.add("Obligations"); v.add(String.valueOf(fy));
                v.add(String.valueOf(amount)); v.add(String.valueOf(amount + amount / 10));
                if (v.size() != 51) {
                    throw new IllegalStateException("generator wrote " + v.size() + " columns");
                }
                out.write(String.join(",", v));
                out.write('\n');
                written++;
            }
        }
        return written;
    }
}
