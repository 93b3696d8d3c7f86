package org.ssaplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.ssaplanner.accounts.security.SessionStoreConfiguration;
import org.ssaplanner.bench.FloorQueries.Floor;
import org.ssaplanner.bench.Pages.Page;

/**
 * The second half of the page benchmark (bench/README.md), run after the Gatling simulations against the same
 * running app and database:
 * <ol>
 * <li>SQL statements per page ({@link StatementCounter});</li>
 * <li>the floor of each main page: its main query alone ({@link FloorQueries}), run over JDBC in a loop by as many
 * threads (one connection each, prepared statements like the app's) as the page had concurrent users, for
 * bench.floorSeconds per point;</li>
 * <li>the table: page req/s at each number of users (from target/bench/steps-*.tsv, written by the simulations),
 * p50 at 1 user, p95 and p99 at the most users, statements, page / query throughput, and the JVM's resident
 * memory during the load (target/bench/rss.tsv, sampled by bench/pages.sh); printed and written to
 * target/bench/summary.md.</li>
 * </ol>
 */
public final class Floors {

    private Floors() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.load();
        Files.createDirectories(settings.resultsDirectory());
        // pages whose address needs a value the data set lacks (review.plan before AppSteps ran) are not counted
        List<Page> pages = Pages.all(settings).stream().filter(page -> !Pages.lacksValue(page)).toList();

        log("SQL statements per page (pg_stat_statements)");
        StatementCounter counter = new StatementCounter(settings);
        Map<String, StatementCounter.Count> counts = counter.countAll(pages);
        StringBuilder statements = new StringBuilder();
        counts.forEach((page, count) -> {
            statements.append("== ").append(page).append(": ").append(count.statements()).append(" statements\n");
            count.top().forEach(line -> statements.append(line).append('\n'));
        });
        Files.writeString(settings.resultsDirectory().resolve("statements.txt"), statements);

        log("Query floors (JDBC, %d s per point)", floorSeconds());
        Map<String, Map<Integer, Double>> floors = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "")) {
            for (Floor floor : FloorQueries.all(settings, db)) {
                Map<Integer, Double> perLevel = new LinkedHashMap<>();
                for (int users : settings.userLevels()) {
                    double qps = run(settings, floor, users);
                    perLevel.put(users, qps);
                    log("%-26s %3d threads %10.1f queries/s", floor.page(), users, qps);
                }
                floors.put(floor.page(), perLevel);
            }
        }

        log("Session store (%d s)", floorSeconds());
        String sessionId = counter.sessionId("planner");
        SessionCost.Cost everyRequest = SessionCost.measure(settings, sessionId, floorSeconds(), null);
        SessionCost.Cost asTheAppDoes = SessionCost.measure(settings, sessionId, floorSeconds(),
                SessionStoreConfiguration.updateSessionQuery(Duration.ofSeconds(30)));
        log("session store: %.2f ms per request written every request, %.2f ms as the app writes it",
                everyRequest.millisPerRequest(), asTheAppDoes.millisPerRequest());

        Map<String, String[]> steps = readSteps(settings.resultsDirectory());
        String summary = summary(settings, pages, counts, floors, steps) + '\n'
                + asTheAppDoes.describe("as the app writes it (last access at 30 s resolution)",
                        medians(settings, pages, steps)) + '\n'
                + everyRequest.describe("for comparison, written after every request (Spring Session's default)",
                        medians(settings, pages, steps)) + '\n';
        Files.writeString(settings.resultsDirectory().resolve("summary.md"), summary);
        System.out.println();
        System.out.println(summary);
    }

    static int floorSeconds() {
        return Integer.getInteger("bench.floorSeconds", 5);
    }

    /** Runs the floor's query in a loop on {@code threads} connections; returns executions per second. */
    static double run(BenchSettings settings, Floor floor, int threads) throws Exception {
        AtomicLong executed = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long seconds = floorSeconds();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "");
                        PreparedStatement statement = c.prepareStatement(floor.sql())) {
                    c.setReadOnly(true);
                    for (int i = 0; i < floor.parameters().length; i++) {
                        statement.setObject(i + 1, floor.parameters()[i]);
                    }
                    for (int i = 0; i < 3; i++) {
                        consume(statement);
                    }
                    ready.countDown();
                    go.await();
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    while (System.nanoTime() < end) {
                        consume(statement);
                        executed.incrementAndGet();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    ready.countDown();
                }
            });
            worker.start();
            workers.add(worker);
        }
        ready.await();
        window[0] = System.nanoTime();
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        window[1] = System.nanoTime();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Floor of " + floor.page() + " failed", failures.get(0));
        }
        return executed.get() / ((window[1] - window[0]) / 1e9);
    }

    private static void consume(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    static Map<String, String[]> readSteps(Path directory) throws IOException {
        Map<String, String[]> steps = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return steps;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("steps-.*\\.tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] cells = line.split("\t");
                    if (!cells[0].equals("step")) {
                        steps.put(cells[0], cells);
                    }
                }
            }
        }
        return steps;
    }

    static String summary(BenchSettings settings, List<Page> pages, Map<String, StatementCounter.Count> counts,
            Map<String, Map<Integer, Double>> floors, Map<String, String[]> steps) throws IOException {
        List<Integer> levels = settings.userLevels();
        int first = levels.get(0);
        int most = levels.get(levels.size() - 1);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.US, "Data set %s (scale %s); %d s measured per step after %d s of warm-up; "
                + "floors %d s per point.%n%n", settings.dataSetDirectory().getFileName(), settings.get("scale"),
                settings.duration().toSeconds(), settings.warmUp().toSeconds(), floorSeconds()));
        StringBuilder header = new StringBuilder("| page | role |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int users : levels) {
            header.append(" req/s, ").append(users).append(users == 1 ? " user |" : " users |");
            rule.append("---:|");
        }
        header.append(" p50, ").append(first).append(" user | p95, ").append(most).append(" users | p99, ").append(most)
                .append(" users | SQL statements | HTML | page ÷ query |");
        rule.append("---:|---:|---:|---:|---:|---|");
        out.append(header).append('\n').append(rule).append('\n');
        for (Page page : pages) {
            StringBuilder row = new StringBuilder("| `" + page.path() + "` " + page.name() + " | " + page.role() + " |");
            for (int users : levels) {
                row.append(' ').append(rate(steps.get(Pages.requestName(page, users)))).append(" |");
            }
            row.append(' ').append(cell(steps.get(Pages.requestName(page, first)), 5, true)).append(" |");
            row.append(' ').append(cell(steps.get(Pages.requestName(page, most)), 6, true)).append(" |");
            row.append(' ').append(cell(steps.get(Pages.requestName(page, most)), 7, true)).append(" |");
            StatementCounter.Count count = counts.get(page.name());
            row.append(' ').append(count == null ? "–" : String.format(Locale.US, "%,d", count.statements())).append(" |");
            row.append(' ').append(count == null ? "–" : kib(count.bytes())).append(" |");
            row.append(' ').append(ratios(levels, steps, page, floors.get(page.name()))).append(" |");
            out.append(row).append('\n');
        }
        out.append('\n').append(memory(settings.resultsDirectory().resolve("rss.tsv"))).append('\n');
        for (String file : List.of("uptime-before.txt", "uptime-after.txt")) {
            Path path = settings.resultsDirectory().resolve(file);
            if (Files.exists(path)) {
                out.append(file.replace(".txt", "")).append(": ").append(Files.readString(path).trim()).append('\n');
            }
        }
        return out.toString();
    }

    /** Each page's median time at the first number of users, from the simulations' steps. */
    static Map<String, Double> medians(BenchSettings settings, List<Page> pages, Map<String, String[]> steps) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Page page : pages) {
            String[] step = steps.get(Pages.requestName(page, settings.userLevels().get(0)));
            if (step != null && !step[5].equals("-") && Double.parseDouble(step[5]) > 0) {
                medians.put(page.path() + " " + page.name(), Double.parseDouble(step[5]));
            }
        }
        return medians;
    }

    /** "0.12 / 0.05 / –": page req/s ÷ floor queries/s at each number of users. */
    private static String ratios(List<Integer> levels, Map<String, String[]> steps, Page page, Map<Integer, Double> floor) {
        if (floor == null) {
            return "–";
        }
        List<String> parts = new ArrayList<>();
        for (int users : levels) {
            String[] step = steps.get(Pages.requestName(page, users));
            Double qps = floor.get(users);
            if (step == null || qps == null || qps == 0 || Double.parseDouble(step[4]) == 0) {
                parts.add("–");
            } else {
                double ratio = Double.parseDouble(step[4]) / qps;
                parts.add(ratio >= 0.01 ? String.format(Locale.US, "%.2f", ratio) : String.format(Locale.US, "%.4f", ratio));
            }
        }
        return String.join(" / ", parts) + String.format(Locale.US, " (query: %s/s)",
                String.join(" / ", floor.values().stream().map(q -> String.format(Locale.US, "%,.0f", q)).toList()));
    }

    private static String rate(String[] step) {
        if (step == null) {
            return "–";
        }
        long ok = Long.parseLong(step[1]);
        long failed = Long.parseLong(step[2]);
        String rate = ok == 0 ? "none ok" : String.format(Locale.US, Double.parseDouble(step[4]) >= 10 ? "%.0f" : "%.2f",
                Double.parseDouble(step[4]));
        return failed == 0 ? rate : rate + " (" + failed + " failed)";
    }

    private static String cell(String[] step, int index, boolean milliseconds) {
        if (step == null || step[index].equals("-")) {
            return "–";
        }
        double ms = Double.parseDouble(step[index]);
        return milliseconds && ms >= 1000 ? String.format(Locale.US, "%.2f s", ms / 1000)
                : String.format(Locale.US, "%.0f ms", ms);
    }

    private static String kib(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.US, "%.1f MB", bytes / 1e6)
                : String.format(Locale.US, "%.0f kB", bytes / 1e3);
    }

    static String memory(Path rss) throws IOException {
        if (!Files.exists(rss)) {
            return "JVM resident memory: not sampled (run bench/pages.sh load).";
        }
        long[] kib = Files.readAllLines(rss).stream().skip(1).map(l -> l.split("\t")).filter(c -> c.length > 1
                && !c[1].isBlank()).mapToLong(c -> Long.parseLong(c[1].trim())).sorted().toArray();
        if (kib.length == 0) {
            return "JVM resident memory: no sample.";
        }
        double[] load = Files.readAllLines(rss).stream().skip(1).map(l -> l.split("\t")).filter(c -> c.length > 2)
                .mapToDouble(c -> Double.parseDouble(c[2].trim())).sorted().toArray();
        String machine = load.length == 0 ? "" : String.format(Locale.US, " Machine load average (1 min) meanwhile:"
                + " median %.1f, max %.1f (2 cores, shared).", load[load.length / 2], load[load.length - 1]);
        return String.format(Locale.US, "JVM resident memory during the load (%d samples, every 2 s): median %.2f GB, "
                + "max %.2f GB.", kib.length, kib[kib.length / 2] / 1048576.0, kib[kib.length - 1] / 1048576.0) + machine;
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.US, "BENCH " + format + "%n", args);
    }
}
