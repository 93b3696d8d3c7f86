package org.ssaplanner.accounts.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password length limits (NIST SP 800-63B 3.1.1.2): at least {@code min-length} characters (default 12, never
 * fewer than 8), at most {@code max-length} (default and least 128).
 */
@ConfigurationProperties("ssa.security.password")
public record PasswordPolicyProperties(Integer minLength, Integer maxLength) {

    public PasswordPolicyProperties {
        minLength = minLength == null ? 12 : Math.max(minLength, 8);
        maxLength = maxLength == null ? 128 : Math.max(maxLength, Math.max(128, minLength));
    }
}
