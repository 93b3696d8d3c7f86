package org.ssaplanner.bench;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.accounts.security.SessionStoreConfiguration;

/**
 * What the session store costs a request: the work Spring Session JDBC does around every request of a signed-in
 * user, run in a loop by the application's own repository class against the benchmark's database and a real
 * signed-in session (the statement counter's). Per request: read the session row with its attributes, deserialize
 * every attribute (the page reads the security context; reading all of them is the upper bound), set the last
 * access time as the session filter does, save (one UPDATE, in its own transaction). Compared with each page's
 * median time at one user, which already contains this work.
 */
final class SessionCost {

    record Cost(double millisPerRequest, int attributes, long requests) {

        String describe(String how, Map<String, Double> pageMedians) {
            StringBuilder out = new StringBuilder(String.format(Locale.US, "Session store per request, %s (Spring"
                    + " Session JDBC: read the session and its %d attributes, deserialize them, set the last access"
                    + " time, save; %,d requests in a loop on one connection): %.2f ms.", how, attributes, requests,
                    millisPerRequest));
            double worst = 0;
            String worstPage = null;
            for (Map.Entry<String, Double> page : pageMedians.entrySet()) {
                double share = millisPerRequest / page.getValue();
                if (share > worst) {
                    worst = share;
                    worstPage = page.getKey();
                }
            }
            if (worstPage != null) {
                out.append(String.format(Locale.US, " Largest share of a page's median time at 1 user: %.1f%% (%s, p50"
                        + " %.0f ms).", 100 * worst, worstPage, pageMedians.get(worstPage)));
            }
            return out.toString();
        }
    }

    private SessionCost() {
    }

    /**
     * @param updateQuery the session-row update to use: null for Spring Session's own (written after every
     *        request), or the application's ({@link SessionStoreConfiguration#updateSessionQuery})
     */
    static Cost measure(BenchSettings settings, String sessionId, int seconds, String updateQuery) {
        // one physical connection for the loop, as the app's pool lends one
        SingleConnectionDataSource single = new SingleConnectionDataSource(settings.jdbcUrl(), "postgres", "", true);
        try {
            JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(single),
                    new TransactionTemplate(new DataSourceTransactionManager(single)));
            if (updateQuery != null) {
                repository.setUpdateSessionQuery(updateQuery);
            }
            int attributes = oneRequest(repository, sessionId);
            for (int i = 0; i < 200; i++) {
                oneRequest(repository, sessionId);
            }
            long requests = 0;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                oneRequest(repository, sessionId);
                requests++;
            }
            double millis = (System.nanoTime() - start) / 1e6 / requests;
            return new Cost(millis, attributes, requests);
        } finally {
            single.destroy();
        }
    }

    private static <S extends Session> int oneRequest(SessionRepository<S> repository, String sessionId) {
        S session = repository.findById(sessionId);
        if (session == null) {
            throw new IllegalStateException("The signed-in session " + sessionId + " is not in the store");
        }
        int attributes = 0;
        for (String name : session.getAttributeNames()) {
            session.getAttribute(name);
            attributes++;
        }
        session.setLastAccessedTime(Instant.now());
        repository.save(session);
        return attributes;
    }
}
