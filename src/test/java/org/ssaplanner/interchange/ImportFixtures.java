package org.ssaplanner.interchange;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;

/** Imports files through the service (as an administrator) and waits for the background job; expected sums. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    public static ImportDetail importAndWait(ImportService imports, String name, InputStream content) {
        return importAndWait(imports, name, content, 120_000);
    }

    public static ImportDetail importAndWait(ImportService imports, String name, InputStream content, long timeoutMillis) {
        TestUsers.signInAs("import-tester", 1, Role.ADMIN);
        return awaitEnd(imports, imports.submit(name, content), timeoutMillis);
    }

    /** Waits until the import has ended (succeeded, failed or refused) and returns it. */
    public static ImportDetail awaitEnd(ImportService imports, long id, long timeoutMillis) {
        // polled on the caller's thread, where its sign-in is
        return await("import " + id + " finished in time").atMost(Duration.ofMillis(timeoutMillis))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> imports.get(id), detail -> !detail.running());
    }

    static ImportDetail importAndWait(ImportService imports, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importAndWait(imports, file.getFileName().toString(), in);
        }
    }

    public static ImportDetail importAndWait(ImportService imports, String name, String text) {
        return importAndWait(imports, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sums of a file's amount column grouped by a column, computed independently of the application. */
    static Map<String, BigDecimal> sums(Path file, String amountColumn, Function<CSVRecord, String> groupBy)
            throws IOException {
        Map<String, BigDecimal> sums = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                sums.merge(groupBy.apply(record), new BigDecimal(record.get(amountColumn)), BigDecimal::add);
            }
        }
        return sums;
    }

    /**
     * A modified copy of a real file in {@code target/} (real data are never committed altered): every record as a map
     * of header to value, changed by {@code change} (return it changed, or null to drop the record), then
     * {@code extra} records appended; read and written with Commons CSV, so the copy's bytes (and SHA-256) differ
     * from the source's even when no value does.
     */
    static Path modifiedCopy(Path source, String name, UnaryOperator<Map<String, String>> change,
            List<Map<String, String>> extra) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "modified-data")).resolve(name);
        try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
                Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(parser.getHeaderNames().toArray(String[]::new))
                        .get().print(writer)) {
            for (CSVRecord record : parser) {
                Map<String, String> values = change.apply(new LinkedHashMap<>(record.toMap()));
                if (values != null) {
                    printer.printRecord(values.values());
                }
            }
            for (Map<String, String> values : extra) {
                printer.printRecord(values.values());
            }
        }
        return target;
    }

    static Path modifiedCopy(Path source, String name, UnaryOperator<Map<String, String>> change) throws IOException {
        return modifiedCopy(source, name, change, List.of());
    }

    /** The records of a file as maps of header to value (Commons CSV). */
    static List<Map<String, String>> records(Path file) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                records.add(new LinkedHashMap<>(record.toMap()));
            }
        }
        return records;
    }

    /** A complete-format (51 columns) line for synthetic tests. */
    public static String completeRow(String country, String activityId, String fiscalYear, String amount) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            values.add("");
        }
        values.set(1, country);
        values.set(8, "1");
        values.set(9, "DOJ");
        values.set(10, "Department of Justice");
        values.set(31, "19x1022");
        values.set(32, "International Narcotics Control and Law Enforcement");
        values.set(40, activityId);
        values.set(41, "Activity " + activityId);
        values.set(46, "2");
        values.set(47, "Obligations");
        values.set(48, fiscalYear);
        values.set(49, amount);
        values.set(50, amount);
        return String.join(",", values);
    }

    public static String completeHeader() {
        return String.join(",", ImportFormat.COMPLETE.headers());
    }
}
