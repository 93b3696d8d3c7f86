package org.ssaplanner.accounts.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many failed sign-ins lock an account, and for how long. */
@ConfigurationProperties("ssa.security.lockout")
public record LockoutProperties(Integer maxAttempts, Duration duration) {

    public LockoutProperties {
        if (maxAttempts == null || maxAttempts < 1) {
            maxAttempts = 5;
        }
        if (duration == null) {
            duration = Duration.ofMinutes(15);
        }
    }
}
