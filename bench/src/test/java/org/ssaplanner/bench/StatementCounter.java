package org.ssaplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ssaplanner.bench.Pages.Page;

/**
 * SQL statements per page, from PostgreSQL's pg_stat_statements (preloaded by bench/pages.sh):
 * sign in as the page's role, open the page once, then three times:
 * reset the statistics, open the page, add up the calls. The smallest of the three is the page's count (background
 * work such as the import poller can only add to it). Statements are counted as datasource-proxy counts them: SELECT,
 * INSERT, UPDATE, DELETE (no BEGIN, COMMIT or SET). The statements that took most of the time are kept, so
 * that the floor of each page can be checked against what the page really runs.
 */
final class StatementCounter {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** Statements other than transaction control and session settings, the way datasource-proxy counts them. */
    private static final String NOT_UTILITY = "query !~* '^\\s*(begin|commit|rollback|end|start transaction|set|show|reset"
            + "|savepoint|release|discard|deallocate)\\M'";
    private static final String OURS = " dbid = (select oid from pg_database where datname = current_database())"
            + " and query not like '%pg_stat_statements%'";

    record Count(long statements, long bytes, List<String> top) {
    }

    private final BenchSettings settings;
    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    private final Map<String, CookieManager> cookies = new LinkedHashMap<>();

    StatementCounter(BenchSettings settings) {
        this.settings = settings;
    }

    Map<String, Count> countAll(List<Page> pages) throws Exception {
        Map<String, Count> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "");
                Statement s = db.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            for (Page page : pages) {
                HttpClient client = client(page.role());
                long bytes = get(client, page.path()).getBytes(StandardCharsets.UTF_8).length;
                long fewest = Long.MAX_VALUE;
                List<String> top = List.of();
                for (int i = 0; i < 3; i++) {
                    s.execute("select pg_stat_statements_reset()");
                    get(client, page.path());
                    try (ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements where" + OURS
                            + " and " + NOT_UTILITY)) {
                        rs.next();
                        if (rs.getLong(1) < fewest) {
                            fewest = rs.getLong(1);
                            top = top(s);
                        }
                    }
                }
                counts.put(page.name(), new Count(fewest, bytes, top));
                Floors.log("%-26s %6d SQL statements, %,9d bytes of HTML", page.name(), fewest, bytes);
            }
        }
        return counts;
    }

    private static List<String> top(Statement s) throws SQLException {
        List<String> top = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select calls, round(total_exec_time::numeric, 2), rows,"
                + " regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements"
                + " where" + OURS + " and " + NOT_UTILITY + " order by total_exec_time desc limit 6")) {
            while (rs.next()) {
                top.add(String.format("%4d calls %9s ms %7d rows  %s", rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4)));
            }
        }
        return top;
    }

    private HttpClient client(String role) throws Exception {
        HttpClient client = clients.get(role);
        if (client == null) {
            CookieManager cookieManager = new CookieManager();
            client = HttpClient.newBuilder().cookieHandler(cookieManager)
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            String form = client.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String body = "username=" + enc(role) + "&password=" + enc(settings.password()) + "&_csrf=" + enc(csrf(form));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("action=\"/logout\"")) {
                throw new IllegalStateException("Cannot sign in as " + role + ": HTTP " + response.statusCode());
            }
            clients.put(role, client);
            cookies.put(role, cookieManager);
        }
        return client;
    }

    /** The id of the role's signed-in session in the session store (the SESSION cookie holds it base64-encoded). */
    String sessionId(String role) throws Exception {
        client(role);
        return cookies.get(role).getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(c -> new String(Base64.getDecoder().decode(c.getValue()), StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No SESSION cookie for " + role));
    }

    private String get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("action=\"/login\"")) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
