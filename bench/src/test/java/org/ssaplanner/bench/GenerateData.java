package org.ssaplanner.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.util.ClassUtils;

/**
 * Builds the page-benchmark data set (bench/README.md) into a new data directory of the embedded PostgreSQL:
 * starts the same zonky PostgreSQL the application starts, lets Flyway create the schema from the application's
 * migrations, runs {@code bench/sql/generate.sql} (fixed seed, scale 1 or 0.1), analyzes, and writes
 * {@code bench.properties} beside the cluster: the accounts' password and the ids of the pages the load test opens.
 *
 * <pre>
 * GenerateData --data-dir bench/data/full [--scale 1] [--seed 20261201] [--port 18186] [--force]
 * </pre>
 */
public final class GenerateData {

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path dataSet = Path.of(options.getOrDefault("data-dir", "bench/data/full")).toAbsolutePath().normalize();
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261201"));
        int port = Integer.parseInt(options.getOrDefault("port", "18186"));
        Path script = Path.of(options.getOrDefault("script", "bench/sql/generate.sql"));
        if (scale <= 0 || scale > 1) {
            throw new IllegalArgumentException("--scale must be in (0, 1]: 1 is the full set, 0.1 the 10x smaller one");
        }
        Path cluster = dataSet.resolve("postgres");
        if (Files.exists(dataSet)) {
            if (!options.containsKey("force")) {
                throw new IllegalStateException(dataSet + " exists: delete it or pass --force to replace it");
            }
            deleteTree(dataSet);
        }
        Files.createDirectories(cluster);
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "");
        if (password.isBlank()) {
            password = randomPassword();
        }
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);

        long started = System.nanoTime();
        // the settings the application gives its embedded server (EmbeddedDatabaseProperties), plus bulk-load ones
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setPort(port).setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "50")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("work_mem", "64MB").setServerConfig("synchronous_commit", "off").start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database ssaplanner");
            }
            String url = postgres.getJdbcUrl("postgres", "ssaplanner");
            // the SQL migrations and the Java ones, which the application hands to Flyway as Spring beans
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration")
                    .javaMigrations(javaMigrations()).load().migrate();
            log("schema created by Flyway (%s)", url);
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                set(connection, "bench.scale", String.valueOf(scale));
                set(connection, "bench.seed", String.valueOf(seed));
                set(connection, "bench.password_hash", hash);
                connection.setAutoCommit(false);
                for (Step step : steps(Files.readString(script, StandardCharsets.UTF_8))) {
                    long t0 = System.nanoTime();
                    try (Statement s = connection.createStatement()) {
                        s.execute(step.sql());
                    }
                    connection.commit();
                    log("%-100s %6.1f s", step.name(), seconds(t0));
                }
                connection.setAutoCommit(true);
                long t0 = System.nanoTime();
                try (Statement s = connection.createStatement()) {
                    s.execute("vacuum (analyze)");
                    s.execute("checkpoint");
                }
                log("%-100s %6.1f s", "vacuum, analyze, checkpoint", seconds(t0));
                Properties facts = facts(connection, scale, seed, password);
                try (var out = Files.newBufferedWriter(dataSet.resolve("bench.properties"))) {
                    facts.store(out, "Page benchmark data set (bench/README.md); the password is for every generated account");
                }
                printCounts(connection);
            }
        }
        log("data set written to %s in %.0f s", dataSet, seconds(started));
    }

    record Step(String name, String sql) {
    }

    static List<Step> steps(String script) {
        List<Step> steps = new ArrayList<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.startsWith("--@step")) {
                if (name != null) {
                    steps.add(new Step(name, sql.toString()));
                }
                name = line.substring("--@step".length()).trim();
                sql.setLength(0);
            } else if (name != null) {
                sql.append(line).append('\n');
            }
        }
        if (name != null) {
            steps.add(new Step(name, sql.toString()));
        }
        return steps;
    }

    private static Properties facts(Connection c, double scale, long seed, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("scale", String.valueOf(scale));
        p.setProperty("seed", String.valueOf(seed));
        p.setProperty("password", password);
        p.setProperty("plan.large", "1");
        p.setProperty("plan.large.programs", query(c, "select count(*) from program where plan_id = "
                + p.getProperty("plan.large")));
        p.setProperty("plan.small", "2");
        p.setProperty("plan.small.programs", query(c, "select count(*) from program where plan_id = 2"));
        // a program the planner accounts may edit: in the benchmark plan and led by their agency (planner.02 to
        // planner.32 are planners of that agency, not the plan's conductor)
        String program = query(c, "select coalesce(min(id) filter (where lead_agency_id = (select agency_id from"
                + " app_user where username = 'planner')), min(id)) from program where plan_id = 2");
        p.setProperty("program", program);
        // the program's evaluation, else the first of the plan's (a program has 0 to 2)
        p.setProperty("evaluation", query(c, "select coalesce((select min(id) from evaluation where program_id = "
                + program + "), (select min(e.id) from evaluation e join program g on g.id = e.program_id"
                + " where g.plan_id = 2))"));
        p.setProperty("unit", query(c, "select coalesce((select recipient_unit_id from program where id = " + program
                + "), (select min(unit_id) from hr_incident))"));
        p.setProperty("country", "COL");
        // the region of /portfolio/coverage?regionId= (Colombia's)
        p.setProperty("region", query(c, "select region_id from country where alpha3 = 'COL'"));
        // a plan in interagency review with its open round (the concurrence page), the first in which the planner's
        // agency takes part
        p.setProperty("plan.review", query(c, "select min(r.plan_id) from concurrence_review r join concurrence_request q"
                + " on q.review_id = r.id where r.closed_at is null and q.agency_id = (select agency_id from app_user"
                + " where username = 'planner')"));
        // a person and a position of the planner's agency (planners see their own agency's people) with assignments
        p.setProperty("workforce.person", query(c, "select min(p.id) from workforce_person p where p.agency_id ="
                + " (select agency_id from app_user where username = 'planner') and exists (select 1 from"
                + " workforce_assignment_load a where a.worker_id = p.id)"));
        p.setProperty("workforce.position", query(c, "select min(p.id) from workforce_position p where p.agency_id ="
                + " (select agency_id from app_user where username = 'planner') and exists (select 1 from"
                + " workforce_assignment a where a.position_id = p.id)"));
        p.setProperty("word.common", "training");
        p.setProperty("word.rare", "hydrography");
        p.setProperty("word.rare.programs", query(c,
                "select count(*) from program where search_vector @@ websearch_to_tsquery('english', 'hydrography')"));
        p.setProperty("word.common.programs", query(c,
                "select count(*) from program where search_vector @@ websearch_to_tsquery('english', 'training')"));
        return p;
    }

    private static void printCounts(Connection c) throws SQLException {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String table : List.of("app_user", "partner_unit", "hr_incident", "country_plan", "plan_objective",
                "plan_outcome", "program", "plan_outcome_program", "program_funding_line", "waiver",
                "congressional_notification", "compliance_finding", "evaluation_indicator", "evaluation_indicator_period",
                "evaluation", "evaluation_evidence", "program_funding_line_aud", "audit_revision", "concurrence_review",
                "concurrence_request", "concurrence_log", "notification", "workforce_person", "workforce_position",
                "workforce_certification", "workforce_training", "workforce_assignment", "workforce_program_workload",
                "portfolio_objective_priority", "portfolio_country_tier", "portfolio_priority_override")) {
            counts.put(table, query(c, "select count(*) from " + table));
        }
        counts.forEach((table, n) -> log("  %-30s %,12d", table, Long.parseLong(n)));
        log("  %-30s %12s", "database size", query(c, "select pg_size_pretty(pg_database_size(current_database()))"));
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void set(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config(?, ?, false)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.execute();
        }
    }

    /** The application's Java migrations (Spring beans there), found on the class path and made here. */
    private static JavaMigration[] javaMigrations() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        return scanner.findCandidateComponents("org.ssaplanner").stream()
                .map(candidate -> BeanUtils.instantiateClass(ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        GenerateData.class.getClassLoader()), JavaMigration.class))
                .toArray(JavaMigration[]::new);
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.US, "BENCH " + format + "%n", args);
    }
}
