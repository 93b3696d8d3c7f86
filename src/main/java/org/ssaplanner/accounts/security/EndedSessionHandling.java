package org.ssaplanner.accounts.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that comes with a session that no longer exists (idle timeout, lifetime, ended by a change to
 * the account) goes to the sign-in page with "Your session has ended", also when it is a form post whose
 * CSRF token died with the session; without any session it is an ordinary sign-in redirect, or a 403 for a
 * post without a token.
 */
final class EndedSessionHandling {

    static final String ENDED_URL = "/login?expired";

    private EndedSessionHandling() {
    }

    static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    static AuthenticationEntryPoint entryPoint() {
        return new LoginUrlAuthenticationEntryPoint("/login") {
            @Override
            protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException exception) {
                return sessionEnded(request) ? ENDED_URL : super.determineUrlToUseForThisRequest(request, response,
                        exception);
            }
        };
    }

    /** Before the CSRF check: a form posted into a session that has ended (its token ended with it). */
    static Filter postIntoEndedSession() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (!SAFE_METHODS.contains(request.getMethod()) && sessionEnded(request)) {
                    response.sendRedirect(request.getContextPath() + ENDED_URL);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
}
