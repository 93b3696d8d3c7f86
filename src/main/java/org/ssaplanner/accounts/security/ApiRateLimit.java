package org.ssaplanner.accounts.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Requests per minute per token (token bucket, Bucket4j), kept in this instance's memory: with several instances each
 * allows the limit, which bounds a script without shared state.
 */
final class ApiRateLimit {

    private final int perMinute;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    ApiRateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Empty when the token may make this request; else the seconds to wait before the next one (at least 1). */
    OptionalLong tryRequest(long tokenId) {
        Bucket bucket = buckets.get(tokenId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    int perMinute() {
        return perMinute;
    }
}
