package org.ssaplanner.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ssaplanner.shared.logging.LogValues;

/**
 * Refuses (400, the application's error page) a request whose host name is not on the allow-list, so that a
 * forged {@code Host} or {@code X-Forwarded-Host} never ends up in a redirect or a link. The host is the one
 * Tomcat resolved, i.e. the proxy's X-Forwarded-Host when the request came through a trusted proxy. The health
 * endpoint is exempt: load balancers and orchestrators probe it by address. Runs in the security filter chain
 * right after the header writer, so the refusal carries the security headers.
 */
class AllowedHostsFilter extends OncePerRequestFilter {

    /** Always allowed: the machine itself. */
    static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "::1");

    private static final Logger log = LoggerFactory.getLogger(AllowedHostsFilter.class);

    private final Set<String> allowed;

    AllowedHostsFilter(Collection<String> configured) {
        Set<String> hosts = new LinkedHashSet<>(LOCAL_HOSTS);
        configured.stream().filter(h -> h != null && !h.isBlank()).forEach(hosts::add);
        this.allowed = hosts.stream().map(AllowedHostsFilter::normalize).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = normalize(request.getServerName());
        if (allowed.contains(host) || isHealthProbe(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused a request for host '{}' (not in ssa.security.allowed-hosts)", LogValues.cut(host));
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static boolean isHealthProbe(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    static String normalize(String host) {
        if (host == null) {
            return "";
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
