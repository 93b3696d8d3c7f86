package org.ssaplanner.accounts.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session limits: a session ends after {@code idle-timeout} without a request (default 30 minutes; Spring
 * Session's timeout is set from it) and at the latest {@code absolute-timeout} after sign-in (default 12
 * hours). Pages warn {@code warning-before} the idle timeout (default 2 minutes). A session's last access is
 * written to the store when it moved by {@code last-access-resolution} (default 30 seconds; at most a quarter of
 * the warning time), so an idle session may end that much before its timeout, never before the warning.
 */
@ConfigurationProperties("ssa.security.session")
public record SessionProperties(Duration idleTimeout, Duration absoluteTimeout, Duration warningBefore,
        Duration lastAccessResolution) {

    public SessionProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        warningBefore = warningBefore == null ? Duration.ofMinutes(2) : warningBefore;
        if (warningBefore.compareTo(idleTimeout) >= 0) {
            warningBefore = idleTimeout.dividedBy(2);
        }
        lastAccessResolution = lastAccessResolution == null ? Duration.ofSeconds(30) : lastAccessResolution;
        if (lastAccessResolution.compareTo(warningBefore.dividedBy(4)) > 0) {
            lastAccessResolution = warningBefore.dividedBy(4);
        }
    }
}
