package org.ssaplanner.shared;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caching (Caffeine, {@code spring.cache.*}) around the transaction, inside method security: a cached read then
 * opens no transaction at all, and a {@code @CacheEvict} on a write runs after its commit, so no other request
 * can cache the old value again between the eviction and the commit. Security checks still run first.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class CachingConfiguration {
}
