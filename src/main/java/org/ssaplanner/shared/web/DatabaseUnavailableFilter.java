package org.ssaplanner.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.ssaplanner.shared.database.DatabaseUnavailable;

/**
 * While the database does not answer, a request ends after the connection pool's timeout with a 503 page that
 * says so ({@code error/database-unavailable}), instead of a 500 page or a stack trace.
 * <p>
 * It runs before the session filter: sessions live in PostgreSQL, so a signed-in request needs the database
 * before any controller runs, and the sign-in page needs it to keep its CSRF token. It renders the page
 * itself, after the session and security filters have unwound, because rendering it through {@code /error}
 * would pass those filters again and wait for the database once more.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String VIEW = "error/database-unavailable";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ViewResolver views;
    private final LocaleResolver locales;

    DatabaseUnavailableFilter(ViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            if (response.isCommitted()) {
                log.warn("Database not answering: {} {} broke off after its response had begun ({})",
                        request.getMethod(), request.getRequestURI(), DatabaseUnavailable.describe(e));
                throw e;
            }
            DatabaseUnavailable.Reason reason = DatabaseUnavailable.reason(e);
            log.warn("Database {}: {} {} answered 503 ({})", reason, request.getMethod(), request.getRequestURI(),
                    DatabaseUnavailable.describe(e));
            respond(request, response, reason);
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, DatabaseUnavailable.Reason reason)
            throws IOException {
        response.resetBuffer(); // keeps the security headers, drops whatever half a page was written
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        Locale locale = locales.resolveLocale(request);
        try {
            View view = views.resolveViewName(VIEW, locale);
            if (view == null) {
                throw new IllegalStateException("No view " + VIEW);
            }
            view.render(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "reason", reason.name(),
                    "retry", "GET".equals(request.getMethod())), request, response);
        } catch (Exception e) {
            log.error("Cannot render {}", VIEW, e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("The database is not answering; nothing was saved. Try again later.");
            }
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
