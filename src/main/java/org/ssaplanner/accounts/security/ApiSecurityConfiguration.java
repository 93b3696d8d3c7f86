package org.ssaplanner.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ssaplanner.accounts.TokenScope;
import org.ssaplanner.accounts.domain.PersonalAccessTokenRepository;
import org.ssaplanner.accounts.domain.UserAccountRepository;

/**
 * The REST API's own filter chain ({@code /api/**}), before the browser's: stateless, no session, no CSRF (no
 * cookie authenticates it), only {@code Authorization: Bearer <personal access token>}. Reading needs a token of any
 * scope, every other method a read-write token; what the user may do is then decided by the services' method
 * security, as in the browser. The OpenAPI document is public: it describes the API, not its data.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String OPENAPI = "/api/v1/openapi.json";
    /** Swagger UI's page; springdoc redirects it to its files under {@link #SWAGGER_UI_FILES}. */
    static final String SWAGGER_UI = "/api/docs";
    static final String SWAGGER_UI_FILES = "/api/swagger-ui/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, PersonalAccessTokenRepository tokenStore,
            UserAccountRepository users, TransactionTemplate transaction, ObjectProvider<Clock> clock,
            @Value("${ssa.api.requests-per-minute:600}") int requestsPerMinute,
            @Value("${ssa.security.allowed-hosts:}") List<String> allowedHosts) throws Exception {
        AccessTokenAuthenticationProvider tokens = new AccessTokenAuthenticationProvider(tokenStore, users,
                transaction, clock);
        AuthenticationFilter bearer = new AuthenticationFilter(new ProviderManager(tokens), ApiSecurityConfiguration::bearer);
        bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        bearer.setSuccessHandler((request, response, authentication) -> {
            // go on to the endpoint
        });
        bearer.setFailureHandler((request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ApiProblemWriter.write(response, 401, "Invalid token", e.getMessage());
        });
        ApiRateLimit limit = new ApiRateLimit(requestsPerMinute);
        http
            .securityMatcher("/api/**")
            .addFilterAfter(new AllowedHostsFilter(allowedHosts), HeaderWriterFilter.class)
            .addFilterBefore(bearer, BasicAuthenticationFilter.class)
            .addFilterAfter(new RateLimitFilter(limit), AuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(OPENAPI, OPENAPI + "/**", SWAGGER_UI, SWAGGER_UI + "/**", SWAGGER_UI_FILES).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyAuthority(TokenScope.READ.authority(),
                        TokenScope.READ_WRITE.authority())
                .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyAuthority(TokenScope.READ.authority(),
                        TokenScope.READ_WRITE.authority())
                .anyRequest().hasAuthority(TokenScope.READ_WRITE.authority()))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .requestCache(AbstractHttpConfigurer::disable)
            .csrf(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                    ApiProblemWriter.write(response, 401, "Token required",
                            "Send a personal access token: Authorization: Bearer <token> (made on My account).");
                })
                .accessDeniedHandler((request, response, e) -> ApiProblemWriter.write(response, 403, "Not allowed",
                        "This token may only read (its scope is read): make a read-write token to change data.")));
        return http.build();
    }

    /** The token of {@code Authorization: Bearer <token>}; no header, no authentication attempt (then 401 below). */
    private static Authentication bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : new AccessTokenAuthentication(token);
    }

    /** 429 with Retry-After once a token has made its requests of the minute. */
    static final class RateLimitFilter extends OncePerRequestFilter {

        private final ApiRateLimit limit;

        RateLimitFilter(ApiRateLimit limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.getDetails() instanceof AccessTokenAuthentication.Details details) {
                OptionalLong wait = limit.tryRequest(details.tokenId());
                if (wait.isPresent()) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
                    ApiProblemWriter.write(response, 429, "Too many requests", "This token may make "
                            + limit.perMinute() + " requests a minute; try again in " + wait.getAsLong() + " s.");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
