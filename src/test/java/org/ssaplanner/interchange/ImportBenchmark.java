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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;

/**
 * Benchmark, NOT part of {@code ./mvnw verify} (its name matches neither *Tests nor *IntegrationTests; the
 * {@code bench} Maven profile runs it, see bench/README.md). Generates a synthetic complete-format file
 * (default 1,000,000 rows, -Dbench.rows=N), imports it through {@link ImportService} (upload, COPY into
 * staging, merge into the final table, in the background), then loads the same file with plain COPY into an
 * unlogged table of 51 text columns, and prints both rates and their ratio.
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
        try {
            long generated = generate(file, rows);
            System.out.printf(Locale.US, "%nBENCH generated %,d rows, %,d bytes in %s%n", rows, Files.size(file), file);
            System.out.printf(Locale.US, "BENCH generation took %.1f s%n", generated / 1000.0);

            long t0 = System.nanoTime();
            ImportDetail detail = ImportFixtures.importAndWait(imports, "bench.csv", Files.newInputStream(file), 3_600_000);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(detail.status()).as(detail.messageKey() + " " + detail.messageArgs()).isEqualTo(ImportStatus.SUCCEEDED);
            imports.rejectedRows(detail.id(), org.springframework.data.domain.PageRequest.of(0, 3))
                    .forEach(r -> System.out.println("BENCH rejected " + r));
            assertThat(detail.rowsRead()).isEqualTo(rows);
            assertThat(detail.rowsRejected()).isZero();

            String columns = String.join(", ", ImportFormat.COMPLETE.columns().stream().map(c -> c + " text").toList());
            jdbc.execute("drop table if exists bench_raw_copy");
            jdbc.execute("create unlogged table bench_raw_copy (" + columns + ")");
            long t1 = System.nanoTime();
            long copied;
            try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
                copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_raw_copy from stdin (format csv, header true)", in);
            }
            double copySeconds = (System.nanoTime() - t1) / 1e9;
            jdbc.execute("drop table bench_raw_copy");
            assertThat(copied).isEqualTo(rows);

            double importRate = rows / importSeconds;
            double copyRate = rows / copySeconds;
            System.out.printf(Locale.US, "BENCH import through ImportService: %,d rows in %.1f s = %,.0f rows/s "
                    + "(upload+checksum, parse, checks, COPY to staging, merge, commit; inserted %,d)%n",
                    rows, importSeconds, importRate, detail.rowsInserted());
            System.out.printf(Locale.US, "BENCH plain COPY into unlogged table: %,d rows in %.1f s = %,.0f rows/s%n",
                    rows, copySeconds, copyRate);
            System.out.printf(Locale.US, "BENCH ratio import/raw COPY = %.2f (target >= 0.50)%n%n", importRate / copyRate);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Realistic rows: many activities, 21 fiscal years, agencies, accounts, negative amounts, quoted commas. */
    static long generate(Path file, int rows) throws Exception {
        long start = System.currentTimeMillis();
        Random random = new Random(42);
        String[][] agencies = {{"1", "USAID", "U.S. Agency for International Development", "LAC"},
                {"2", "STATE", "Department of State", "INL"}, {"3", "DOD", "Department of Defense", "DSCA"},
                {"4", "DOJ", "Department of Justice", "FBI"}, {"5", "DHS", "Department of Homeland Security", "CBP"}};
        String[][] accounts = {{"72x1037", "Economic Support Fund"}, {"11x1081", "International Military Education and Training"},
                {"19x1022", "International Narcotics Control and Law Enforcement"}, {"11x1082", "Foreign Military Financing Program"}};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ImportFormat.COMPLETE.headers()));
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                String[] agency = agencies[i % agencies.length];
                String[] account = accounts[(i / 7) % accounts.length];
                int fy = 2002 + (i % 21);
                long activity = i / 21;
                long amount = random.nextInt(5_000_000) - (i % 5 == 0 ? 2_500_000 : 0);
                List<String> v = new ArrayList<>(51);
                v.add("222"); v.add("SLV"); v.add("El Salvador"); v.add("6"); v.add("Western Hemisphere");
                v.add("2"); v.add("Lower Middle Income Country"); v.add("LMIC");
                v.add(agency[0]); v.add(agency[1]); v.add(agency[2]);
                v.add(agency[0] + "0"); v.add(agency[3]); v.add("Bureau " + agency[3]);
                v.add("3"); v.add("Enterprises"); v.add("31"); v.add("Enterprises (United States)");
                v.add(String.valueOf(1000 + activity % 997)); v.add("\"Partner " + (activity % 997) + ", Inc.\"");
                v.add("5"); v.add("Governance"); v.add("151"); v.add("\"Government and Civil Society, general\"");
                v.add("15130"); v.add("Legal and judicial development");
                v.add("4"); v.add("Peace and Security"); v.add("12"); v.add("Counter-Narcotics");
                v.add("7"); v.add(account[0]); v.add(account[1]);
                v.add("1"); v.add("Department of State"); v.add("STATE");
                v.add("1"); v.add("Economic"); v.add("4"); v.add("Project-Type");
                v.add("BENCH-" + activity); v.add("\"Rule of law activity " + activity + ", phase " + (activity % 3) + "\"");
                v.add("\"Strengthens police, prosecutors and courts; \"\"quoted\"\" text\""); v.add("PRJ-" + activity);
                v.add(fy + "-01-15"); v.add(""); v.add("2"); v.add("Obligations"); v.add(String.valueOf(fy));
                v.add(String.valueOf(amount)); v.add(String.valueOf(amount + amount / 10));
                if (v.size() != 51) {
                    throw new IllegalStateException("generator wrote " + v.size() + " columns");
                }
                out.write(String.join(",", v));
                out.write('\n');
            }
        }
        return System.currentTimeMillis() - start;
    }
}
