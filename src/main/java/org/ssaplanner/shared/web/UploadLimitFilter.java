package org.ssaplanner.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart upload whose declared length is over its endpoint's {@link UploadLimit} with 413 before
 * anything reads its body (the security filters read form fields, which makes the server parse the whole
 * request), and notes the endpoint's limit on every multipart request so that the 413 page, wherever it is
 * rendered from, quotes that endpoint's own limit. Registered ahead of the security filters
 * ({@link UploadLimitConfiguration}).
 */
public class UploadLimitFilter extends OncePerRequestFilter {

    private final ObjectProvider<UploadLimit> limits;

    public UploadLimitFilter(ObjectProvider<UploadLimit> limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<UploadLimit> all = limits.orderedStream().toList();
        UploadLimit limit = UploadLimit.find(all, request);
        if (limit != null) {
            request.setAttribute(UploadLimit.REQUEST_ATTRIBUTE, limit);
            if (request.getContentLengthLong() > limit.maxRequestBytes()) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Renders the 413 error page without reading the body: not through {@code sendError}, whose error dispatch keeps
     * the POST, so the CSRF filter would read its form fields and the server wait for the whole upload; the error
     * page is reached as a request without body or parameters instead.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Upload larger than the endpoint's limit");
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }

    /** The refused request as the error page sees it: a GET without body, content type or parameters. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)
                    ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }
    }
}
