package org.ssaplanner.bench;

import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the data set that the application itself produces (bench/README.md, "The data set"), run by
 * {@code bench/pages.sh generate} against the app started on the freshly generated database, through the app's own
 * pages as a user would:
 * <ol>
 * <li>as {@code admin}: the SIPRI arms-transfer register vendored for the tests
 * ({@code src/test/resources/data/sipri-arms-transfers}) uploaded on {@code /imports} and imported by the import
 * queue (the competition pages and the assessments' competitor shares read it);</li>
 * <li>as {@code admin}: "compute all" of {@code /portfolio} ({@code POST /portfolio/assess}): the portfolio module's
 * own computation writes {@code portfolio_assessment}, its domains and its funding for every program;</li>
 * <li>a portfolio review of the benchmark plan of 25 programs, opened by its conductor ({@code planner}), and one of
 * a region opened by {@code admin}, each through {@code POST /portfolio/reviews}; decisions on some of their programs
 * through the decision form ({@code POST /portfolio/reviews/{id}/items/{item}}).</li>
 * </ol>
 * The ids of the two reviews are added to {@code bench.properties}.
 */
public final class AppSteps {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern REVIEW = Pattern.compile("/portfolio/reviews/(\\d+)$");

    private final BenchSettings settings;
    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    private AppSteps(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.load();
        new AppSteps(settings).run(Path.of(System.getProperty("bench.sipri",
                "src/test/resources/data/sipri-arms-transfers/trade-register_1990-2023_by-delivery-year.csv")));
    }

    private void run(Path sipri) throws Exception {
        Properties added = new Properties();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "")) {
            long t0 = System.nanoTime();
            String location = postMultipart("admin", "/imports", sipri);
            long importId = Long.parseLong(location.replaceAll(".*/imports/(\\d+).*", "$1"));
            String status;
            do {
                Thread.sleep(1000);
                status = single(db, "select status from interchange_import where id = ?", importId);
            } while (status.equals("QUEUED") || status.equals("RUNNING"));
            if (!status.equals("SUCCEEDED")) {
                throw new IllegalStateException("SIPRI import " + importId + " ended " + status);
            }
            GenerateData.log("%-100s %6.1f s", "SIPRI arms-transfer register imported through /imports ("
                    + single(db, "select count(*) from interchange_arms_transfer") + " deliveries)", seconds(t0));

            // "compute all" runs in the background (a row of portfolio_assessment_run, one plan per transaction):
            // started through the page's form, then followed until it has finished
            t0 = System.nanoTime();
            post("admin", "/portfolio/assess", Map.of());
            String run = single(db, "select max(id) from portfolio_assessment_run");
            String runStatus;
            int polls = 0;
            do {
                Thread.sleep(2000);
                runStatus = single(db, "select status from portfolio_assessment_run where id = ?", Long.parseLong(run));
                if (++polls % 15 == 0) {
                    GenerateData.log("  compute all: %s of %s plans", single(db,
                            "select plans_done + plans_failed from portfolio_assessment_run where id = ?",
                            Long.parseLong(run)), single(db, "select plans_total from portfolio_assessment_run"
                                    + " where id = ?", Long.parseLong(run)));
                }
            } while (runStatus.equals("RUNNING"));
            String failed = single(db, "select plans_failed from portfolio_assessment_run where id = ?",
                    Long.parseLong(run));
            if (!runStatus.equals("FINISHED") || !failed.equals("0")) {
                throw new IllegalStateException("compute all (run " + run + ") ended " + runStatus + " with " + failed
                        + " failed plans (see the app's log)");
            }
            GenerateData.log("%-100s %6.1f s", "portfolio assessments computed by the app (POST /portfolio/assess, run "
                    + run + ", " + single(db, "select count(*) from portfolio_assessment") + " programs)", seconds(t0));

            t0 = System.nanoTime();
            String planReview = review(post("planner", "/portfolio/reviews",
                    Map.of("scope", "PLAN", "planId", settings.get("plan.small"))));
            decide(db, "planner", planReview, 10);
            String regionId = single(db, "select c.region_id from country c where c.alpha2 = 'PH'");
            String regionReview = review(post("admin", "/portfolio/reviews", Map.of("scope", "REGION", "regionId",
                    regionId)));
            decide(db, "admin", regionReview, 20);
            added.setProperty("review.plan", planReview);
            added.setProperty("review.region", regionReview);
            GenerateData.log("%-100s %6.1f s", "portfolio reviews opened (plan " + planReview + ", region "
                    + regionReview + ") and decided in part", seconds(t0));
        }
        Path file = settings.dataSetDirectory().resolve("bench.properties");
        Properties all = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            all.load(in);
        }
        all.putAll(added);
        try (Writer out = Files.newBufferedWriter(file)) {
            all.store(out, "Page benchmark data set (bench/README.md); the password is for every generated account");
        }
    }

    /** Decisions on the first items of a review: as recommended, or (every third) otherwise with a reason. */
    private void decide(Connection db, String user, String reviewId, int count) throws Exception {
        List<String[]> items = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select i.id, i.version, a.recommendation"
                + " from portfolio_review_item i join portfolio_assessment a on a.program_id = i.program_id"
                + " where i.review_id = ? order by i.id limit ?")) {
            s.setLong(1, Long.parseLong(reviewId));
            s.setInt(2, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        String[] kinds = {"SUSTAIN", "REVAMP", "CUT", "EXPERIMENT"};
        for (int i = 0; i < items.size(); i++) {
            String[] item = items.get(i);
            String decision = item[2] != null && i % 3 != 2 ? item[2] : kinds[i % kinds.length];
            Map<String, String> form = new LinkedHashMap<>();
            form.put("version", item[1]);
            form.put("decision", decision);
            form.put("reason", "Decided in the bench portfolio review: the country team's assessment and the"
                    + " partner's budget support this.");
            form.put("owner", "Bench Planner");
            form.put("followUpDate", "2027-03-31");
            form.put("hypothesis", "Mentoring in the partner's own academy raises the share of cases reaching a verdict.");
            form.put("successIndicator", "Cases reaching a verdict within a year");
            form.put("experimentReviewDate", "2027-09-30");
            form.put("stopCriterion", "No improvement after two half-year periods.");
            form.put("closurePlan", "Hand the courses over to the partner academy by the end of the fiscal year.");
            String location = post(user, "/portfolio/reviews/" + reviewId + "/items/" + item[0], form);
            if (!location.endsWith("/portfolio/reviews/" + reviewId)) {
                throw new IllegalStateException("decision on item " + item[0] + " was refused (" + location + ")");
            }
        }
    }

    private static String review(String location) {
        Matcher m = REVIEW.matcher(location);
        if (!m.find()) {
            throw new IllegalStateException("the review was not opened: " + location);
        }
        return m.group(1);
    }

    /** POSTs a form; returns where the app redirected (the address of the page it ended on). */
    private String post(String user, String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(enc(name)).append('=')
                .append(enc(value)));
        HttpResponse<String> response = client(user).send(request(user, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return ended(path, response);
    }

    private String postMultipart(String user, String path, Path file) throws Exception {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client(user).send(request(user, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return ended(path, response);
    }

    private HttpRequest.Builder request(String user, String path) {
        // the computation of the whole portfolio runs inside the request: no time limit
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).timeout(Duration.ofHours(3))
                .header("X-CSRF-TOKEN", tokens.get(user));
    }

    private static String ended(String path, HttpResponse<String> response) {
        String location = response.uri().getPath();
        if (response.statusCode() != 200 || location.equals(path) || location.equals("/login")) {
            throw new IllegalStateException("POST " + path + " answered HTTP " + response.statusCode() + " on "
                    + location);
        }
        return location;
    }

    private HttpClient client(String user) throws Exception {
        HttpClient client = clients.get(user);
        if (client == null) {
            client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            String form = client.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String body = "username=" + enc(user) + "&password=" + enc(settings.password()) + "&_csrf=" + enc(csrf(form));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("action=\"/logout\"")) {
                throw new IllegalStateException("Cannot sign in as " + user + ": HTTP " + response.statusCode());
            }
            // the token of the signed-in session, from the sign-out form of the page signing in ended on
            tokens.put(user, csrf(response.body()));
            clients.put(user, client);
        }
        return client;
    }

    private static String single(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + sql);
                }
                return rs.getString(1);
            }
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
