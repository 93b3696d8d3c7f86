package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRateLimitTests {

    @Test
    void eachTokenHasItsOwnRequestsPerMinuteThenAWait() {
        ApiRateLimit limit = new ApiRateLimit(3);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryRequest(1)).isEmpty();
        }
        assertThat(limit.tryRequest(1).orElseThrow()).isBetween(1L, 61L);
        // another token is not held up by the first
        assertThat(limit.tryRequest(2)).isEmpty();
    }
}
