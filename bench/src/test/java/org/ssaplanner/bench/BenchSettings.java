package org.ssaplanner.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What every part of the page benchmark reads: system properties (-Dbench.*, documented in bench/README.md) and
 * the {@code bench.properties} that {@link GenerateData} wrote beside the data set (password, page ids).
 */
public final class BenchSettings {

    private final Properties dataSet = new Properties();
    private final Path dataSetDirectory;

    private BenchSettings() {
        dataSetDirectory = Path.of(System.getProperty("bench.dataSet", "bench/data/full")).toAbsolutePath().normalize();
        Path file = dataSetDirectory.resolve("bench.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            dataSet.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("No data set at " + dataSetDirectory + ": run bench/pages.sh generate first", e);
        }
    }

    public static BenchSettings load() {
        return new BenchSettings();
    }

    public Path dataSetDirectory() {
        return dataSetDirectory;
    }

    public String baseUrl() {
        return System.getProperty("bench.baseUrl", "http://localhost:8186");
    }

    public String jdbcUrl() {
        return System.getProperty("bench.jdbcUrl", "jdbc:postgresql://localhost:18186/ssaplanner");
    }

    /** Concurrent users of each step, in order (closed model). */
    public List<Integer> userLevels() {
        return Arrays.stream(System.getProperty("bench.users", "1,8,32").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
    }

    /** How long each step measures (after its warm-up). */
    public Duration duration() {
        return Duration.ofSeconds(Long.getLong("bench.duration", 15));
    }

    /** How long each step's users request the page before the measurement starts (not counted). */
    public Duration warmUp() {
        return Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    }

    /** Only the pages whose names are listed (separated by semicolons: some names hold a comma), or every page. */
    public boolean selected(String page) {
        String only = System.getProperty("bench.pages", "");
        return only.isBlank() || Arrays.stream(only.split(";")).map(String::trim).anyMatch(page::equals);
    }

    public String password() {
        return get("password");
    }

    /** A value of bench.properties that only some pages need; empty when the data set has none. */
    public java.util.Optional<String> find(String key) {
        return java.util.Optional.ofNullable(dataSet.getProperty(key));
    }

    public String get(String key) {
        String value = dataSet.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is missing from " + dataSetDirectory.resolve("bench.properties"));
        }
        return value;
    }

    public Path resultsDirectory() {
        return Path.of(System.getProperty("bench.results", "target/bench")).toAbsolutePath().normalize();
    }
}
