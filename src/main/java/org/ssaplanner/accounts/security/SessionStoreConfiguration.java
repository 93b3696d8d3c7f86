package org.ssaplanner.accounts.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How sessions are written to PostgreSQL. Spring Session JDBC updates a session's last access time after every
 * request: a durable commit, that is a WAL flush, for every page a signed-in user opens (2 ms a request in the page
 * benchmark, a fifth of the home page's time). The session row is written here only when its id, its user or its
 * timeout changed (sign-in, sign-out, a new session id) or when its last access moved by at least
 * {@code ssa.security.session.last-access-resolution}; between two such writes the update matches no row and
 * commits without writing anything. Attributes are written as Spring Session always writes them.
 */
@Configuration(proxyBeanMethods = false)
public class SessionStoreConfiguration {

    /**
     * Spring Session's update of the session row (same parameters in the same order: session id, last access,
     * timeout, expiry, principal, primary key) that leaves the row alone when only the last access moved, by less
     * than {@code resolution}.
     */
    public static String updateSessionQuery(Duration resolution) {
        return """
                UPDATE %TABLE_NAME% S
                SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                    PRINCIPAL_NAME = V.PRINCIPAL_NAME
                FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
                WHERE S.PRIMARY_ID = V.PRIMARY_ID
                  AND (S.SESSION_ID <> V.SESSION_ID OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                       OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= RESOLUTION_MS)
                """.replace("RESOLUTION_MS", Long.toString(resolution.toMillis()));
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenAtResolution(SessionProperties session) {
        String query = updateSessionQuery(session.lastAccessResolution());
        return repository -> repository.setUpdateSessionQuery(query);
    }
}
