package org.ssaplanner.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at the latest {@code ssa.security.session.absolute-timeout} after the password was given
 * (the issue time of its {@code FACTOR_PASSWORD}), however active it has been: the user signs in again.
 */
final class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    AbsoluteSessionLifetimeFilter(Duration lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Instant signedInAt = authentication == null ? null : authentication.getAuthorities().stream()
                .filter(a -> a instanceof FactorGrantedAuthority f
                        && FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(f.getAuthority()))
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt()).findFirst().orElse(null);
        if (signedInAt != null && signedInAt.plus(lifetime).isBefore(clock.instant())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
