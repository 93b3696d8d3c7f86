package org.ssaplanner.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Passkey registration ({@code /webauthn/register/**}, Spring's filters, some of which run before URL
 * authorization) only once the sign-in has proven the second factor it has and replaced a one-time password:
 * a stolen password alone must not be enough to add a passkey.
 */
final class EnrolmentGuardFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/webauthn/register");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SignInStage.of(SecurityContextHolder.getContext().getAuthentication()).reached(SignInStage.ENROLMENT)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
